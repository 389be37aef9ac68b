package cn.guanbiao.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.guanbiao.platform.ModelExpressionPolicy.Place;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.FilterManager;

/**
 * A task filter Tasklist keeps is a query whose expressions ({@code ${currentUser()}}) the engine evaluates, with
 * every bean in reach, each time anyone opens it: as much code as a deployed model. Saving one (Tasklist's filter
 * dialog, {@code POST /engine-rest/filter/create}, {@code PUT …/filter/{id}}) is refused unless its expressions use
 * only {@link ModelExpressionPolicy#FILTER_FUNCTIONS}.
 */
class CheckedFilterManager extends FilterManager {

    private final ModelExpressionPolicy policy;

    CheckedFilterManager(ModelExpressionPolicy policy) {
        this.policy = policy;
    }

    /** Opens this manager where the engine asks for its {@link FilterManager}. */
    static SessionFactory factory(ModelExpressionPolicy policy) {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return FilterManager.class;
            }

            @Override
            public Session openSession() {
                return new CheckedFilterManager(policy);
            }
        };
    }

    @Override
    public Filter insertOrUpdateFilter(Filter filter) {
        for (String expression : expressionsOf(filter.getQuery())) {
            Optional<String> violation = policy.violation(expression, Place.FILTER);
            if (violation.isPresent()) {
                throw new BadUserRequestException("过滤器被拒绝：过滤器 " + filter.getName() + " 的表达式 " + expression + " "
                        + violation.get() + "；过滤器的表达式只允许 " + String.join("、",
                        ModelExpressionPolicy.FILTER_FUNCTIONS.stream().sorted().map(f -> "${" + f + "()}").toList()) + "。");
            }
        }
        return super.insertOrUpdateFilter(filter);
    }

    private static List<String> expressionsOf(AbstractQuery<?, ?> query) {
        List<String> expressions = new ArrayList<>();
        if (query instanceof TaskQueryImpl taskQuery) {
            // the query itself first, then each "or" query
            taskQuery.getQueries().forEach(q -> expressions.addAll(q.getExpressions().values()));
        } else if (query != null) {
            expressions.addAll(query.getExpressions().values());
        }
        return expressions;
    }
}
