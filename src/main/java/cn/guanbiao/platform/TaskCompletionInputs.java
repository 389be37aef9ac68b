package cn.guanbiao.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a completion of a user task may set: the input fields of the task's Camunda Form (every component with a
 * {@code key} that is not disabled: those are what Tasklist submits) and the variables its capability names for REST
 * ({@link CompletionVariables}). Nothing else: which application, unit or district a process is about is never a
 * reviewer's input.
 */
@Component
class TaskCompletionInputs {

    private final TaskService taskService;
    private final FormService formService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final List<CompletionVariables> declared;
    private final ObjectMapper json;

    TaskCompletionInputs(TaskService taskService, FormService formService, RepositoryService repositoryService,
            IdentityService identityService, List<CompletionVariables> declared, ObjectMapper json) {
        this.taskService = taskService;
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.declared = declared;
        this.json = json;
    }

    /** The task as the signed-in user may see it; empty when there is no such task (any more) for them. */
    Optional<Task> task(String taskId) {
        return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
    }

    Set<String> of(Task task) {
        Set<String> inputs = new LinkedHashSet<>(formInputs(task));
        if (task.getProcessDefinitionId() != null) {
            String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
            declared.forEach(names -> inputs.addAll(names.of(processKey, task.getTaskDefinitionKey())));
        }
        return inputs;
    }

    private Set<String> formInputs(Task task) {
        if (task.getCamundaFormRef() == null) {
            return Set.of();
        }
        try (InputStream form = WithoutAuthorization.call(identityService, () -> formService.getDeployedTaskForm(task.getId()))) {
            Set<String> keys = new LinkedHashSet<>();
            collectInputs(json.readTree(form), keys);
            return keys;
        } catch (IOException e) {
            throw new IllegalStateException("The form of task " + task.getId() + " cannot be read", e);
        }
    }

    static void collectInputs(JsonNode component, Set<String> keys) {
        if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
            keys.add(component.get("key").asText());
        }
        component.path("components").forEach(child -> collectInputs(child, keys));
    }
}
