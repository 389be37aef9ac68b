package cn.guanbiao.platform;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On PostgreSQL, Tasklist's task queries are planned for the values they are sent with. Camunda joins each open
 * task to the authorizations that grant it (one per task and candidate group) with a condition on permission bits
 * whose values arrive as parameters. Once a connection has run the same query five times PostgreSQL may keep a
 * generic plan, which cannot know that nearly every authorization matches and compares every open task of the
 * group with every authorization: 0.7 s for a district with 2,300 waiting, against 50 ms planned for the values
 * (with the statistics of {@link EngineSchemaAdditions}). The request runs in one transaction that the engine's
 * commands join, with {@code SET LOCAL plan_cache_mode}: only these requests pay for planning every time.
 */
@Component
public class TaskQueryPlans extends OncePerRequestFilter {

    /** Tasklist's filter list with counts, a filter's page and count, and the task query, over both REST paths. */
    static final Pattern TASK_QUERIES = Pattern.compile(
            "/(engine-rest|camunda/api/engine/engine/[^/]+)/(filter(/[^/]+/(list|count))?|task(/count)?)");

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public TaskQueryPlans(TransactionTemplate transactions, JdbcTemplate jdbc, @Value("${spring.datasource.url:}") String url) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !postgres || !TASK_QUERIES.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.execute("SET LOCAL plan_cache_mode = force_custom_plan");
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new ChainFailure(e);
                }
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
