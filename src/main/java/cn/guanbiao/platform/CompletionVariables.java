package cn.guanbiao.platform;

import java.util.Set;

/**
 * The variables a completion of a user task may set beside its form's input fields: those DOMAIN §5 names for
 * completing the task over REST ({@code approved}, {@code comment}, {@code returnForCorrection}). Each capability
 * declares them for the tasks of its processes; a task no one names takes its form's fields only.
 */
public interface CompletionVariables {

    Set<String> of(String processDefinitionKey, String taskDefinitionKey);
}
