package cn.guanbiao.complaint;

import java.util.Set;

import cn.guanbiao.platform.CompletionVariables;
import org.springframework.stereotype.Component;

/** {@code ComplaintVerification} over REST: the boolean {@code confirmed} instead of the form's {@code decision}. */
@Component
class ComplaintCompletionVariables implements CompletionVariables {

    @Override
    public Set<String> of(String processDefinitionKey, String taskDefinitionKey) {
        return ComplaintVariables.PROCESS_KEY.equals(processDefinitionKey) && ComplaintVariables.TASK_KEY.equals(taskDefinitionKey)
                ? Set.of(ComplaintVariables.CONFIRMED) : Set.of();
    }
}
