package cn.guanbiao.usertask;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links into Camunda Tasklist for the e-mails to officials. */
@Component
class TasklistLinks {

    private final String tasklistUrl;

    TasklistLinks(@Value("${app.tasklist-url:${app.public-base-url}/camunda/app/tasklist/default/}") String tasklistUrl) {
        this.tasklistUrl = tasklistUrl;
    }

    String list() {
        return tasklistUrl;
    }

    String task(String taskId) {
        return tasklistUrl + "#/?task=" + taskId;
    }
}
