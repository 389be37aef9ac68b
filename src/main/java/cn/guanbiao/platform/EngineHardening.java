package cn.guanbiao.platform;

import java.util.Set;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * What the engine may do with input, set in code because no installation should choose otherwise:
 * <ul>
 * <li>An {@code Object} variable names the class it is read into, and Camunda builds whatever class it names
 * (calling its setters and, for a view, its getters): a reviewer who stored {@code DriverManagerDataSource} with an
 * H2 URL ran an operating-system command. Only the classes in {@link #DESERIALIZABLE} are built; the project keeps
 * no object variables of its own (money and lists are Strings and JSON), so these are the JSON shapes of Java's
 * basic values and collections. Java serialization stays off (Camunda's default).</li>
 * <li>A task's candidates may claim and complete it ({@code TASK_WORK}), not change it ({@code UPDATE}: due date,
 * priority, candidates, assignee, variables). Who reassigns a task: administrators ({@code camunda-admin}).</li>
 * </ul>
 */
@Component
class EngineHardening extends AbstractProcessEnginePlugin {

    static final Set<String> DESERIALIZABLE = Set.of(
            "java.lang.String", "java.lang.Boolean", "java.lang.Integer", "java.lang.Long", "java.lang.Short",
            "java.lang.Double", "java.util.ArrayList", "java.util.LinkedHashMap", "java.util.HashMap");

    static boolean mayBuild(String className) {
        return className != null && DESERIALIZABLE.contains(className);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setDeserializationTypeValidator(EngineHardening::mayBuild);
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
    }
}
