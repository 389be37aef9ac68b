package cn.guanbiao.platform;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On PostgreSQL, Tasklist's task queries are planned for the values they are sent with, as index lookups. Camunda
 * joins each open task to the authorizations that grant it (one per task and candidate group) with
 * {@code RESOURCE_ID_ IN (task, definition key, '*')} and a condition on permission bits sent as parameters.
 * <ul>
 * <li>Once a connection has run the same query five times PostgreSQL may keep a generic plan, which cannot know that
 * nearly every authorization matches and compares every open task of the group with every authorization: 0.7 s for
 * a district with 2,300 waiting. Planned for the values (with the statistics of {@link EngineSchemaAdditions}):
 * 50 ms.</li>
 * <li>Even so, between about 1,000 and 2,000 waiting the default costs (made for disks) still prefer comparing all
 * pairs (230 ms at 1,165) to looking each task's authorizations up in the index (25 ms); the authorizations are a
 * small, cached table, so index lookups are costed as such ({@code random_page_cost} 1.1, the usual setting for
 * SSDs).</li>
 * </ul>
 * The request runs in one read-only use of a transaction that the engine's commands join, with both settings local
 * to it: only these requests plan every time, and nothing else is planned differently.
 */
@Component
public class TaskQueryPlans extends OncePerRequestFilter {

    /** A filter's page and count, and the task query, over both REST paths (any method: they only read). */
    static final Pattern TASK_QUERIES = Pattern.compile(
            "/(engine-rest|camunda/api/engine/engine/[^/]+)/(filter/[^/]+/(list|count)|task(/count)?)");

    /** Tasklist's filter list with each filter's count: read with GET (a POST there creates a filter). */
    static final Pattern FILTER_LIST = Pattern.compile("/(engine-rest|camunda/api/engine/engine/[^/]+)/filter");

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public TaskQueryPlans(TransactionTemplate transactions, JdbcTemplate jdbc, DatabaseProduct database) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.postgres = database.isPostgres();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !postgres || !(TASK_QUERIES.matcher(path).matches()
                || "GET".equals(request.getMethod()) && FILTER_LIST.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.queryForList("SELECT set_config('plan_cache_mode', 'force_custom_plan', true), "
                        + "set_config('random_page_cost', '1.1', true)");
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new ChainFailure(e);
                }
                // nothing to commit (these requests only read), and a query the engine refused, which the REST API
                // has already answered, must not fail the request a second time at commit
                status.setRollbackOnly();
            });
        } catch (ChainFailure failure) {
            if (failure.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) failure.getCause();
        }
    }

    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }
    }
}
