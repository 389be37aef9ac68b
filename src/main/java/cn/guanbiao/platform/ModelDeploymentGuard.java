package cn.guanbiao.platform;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps an administrator's models and filters from being code (issue 19, finding 7): every new deployment passes
 * {@link DeployedModelCheck}, every saved task filter {@link CheckedFilterManager}, and the engine has no script engine
 * ({@link NoScriptEngines}). What is allowed is {@link ModelExpressionPolicy}.
 */
@Component
class ModelDeploymentGuard extends AbstractProcessEnginePlugin {

    private final ModelExpressionPolicy policy;

    ModelDeploymentGuard(ListableBeanFactory beans) {
        this.policy = new ModelExpressionPolicy(new SpringBeans(beans));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        configuration.getCustomPreDeployers().add(DeployedModelCheck.onEngine(policy));
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(CheckedFilterManager.factory(policy));
        configuration.setScriptEngineResolver(new NoScriptEngines());
        configuration.setEnableFetchScriptEngineFromProcessApplication(false);
    }

    /** The application's beans, as the engine's expressions reach them by name; delegates are this project's own. */
    record SpringBeans(ListableBeanFactory factory) implements ModelExpressionPolicy.Beans {

        @Override
        public boolean isBean(String name) {
            return factory.containsBean(name);
        }

        @Override
        public boolean isDelegate(String name) {
            if (!factory.containsBean(name)) {
                return false;
            }
            Class<?> type = factory.getType(name, false);
            return type != null && isProjectDelegate(type);
        }
    }

    static boolean isProjectDelegate(Class<?> type) {
        return type.getName().startsWith("cn.guanbiao.")
                && (JavaDelegate.class.isAssignableFrom(type) || TaskListener.class.isAssignableFrom(type)
                || ExecutionListener.class.isAssignableFrom(type));
    }
}
