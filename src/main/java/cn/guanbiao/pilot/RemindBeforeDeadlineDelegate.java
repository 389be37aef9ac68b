package cn.guanbiao.pilot;

import java.time.Clock;
import java.util.Date;

import cn.guanbiao.usertask.ReviewerNotices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The pilot's reminder (non-interrupting timer before a deadline): whoever holds the task is reminded, unless its
 * deadline has passed already — a batch or a year's data recorded after the fact (a 2023 list entered in 2026) gets the
 * escalation only, not a “due soon” after it.
 */
@Component("remindBeforeDeadline")
class RemindBeforeDeadlineDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RemindBeforeDeadlineDelegate.class);

    private final ReviewerNotices notices;
    private final TaskService taskService;
    private final Clock clock;

    RemindBeforeDeadlineDelegate(ReviewerNotices notices, TaskService taskService, Clock clock) {
        this.notices = notices;
        this.taskService = taskService;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date now = Date.from(clock.instant());
        boolean stillDue = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list().stream()
                .anyMatch(task -> task.getDueDate() == null || task.getDueDate().after(now));
        if (stillDue) {
            notices.remind(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
        } else {
            log.info("No reminder for {}: its deadline has passed", execution.getProcessBusinessKey());
        }
    }
}
