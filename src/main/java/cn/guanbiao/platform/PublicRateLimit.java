package cn.guanbiao.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits on what anyone may post without logging in (submissions, objections, complaints, uploads): a
 * token bucket per client address. Over the limit: {@code 429} with {@code Retry-After}, nothing done. Which posts
 * count is decided on the path as Spring MVC routes it ({@link RoutedPath}), so that another spelling of the same
 * path ({@code /api/applications;x}, {@code /api/%61pplications}) counts like the path itself.
 */
public class PublicRateLimit extends OncePerRequestFilter {

    static final Pattern LIMITED = Pattern.compile(
            "/api/applications(/[^/]+(/attachments)?)?|/api/public/notices/[^/]+/objections|/api/public/complaints");
    /** Forget idle clients beyond this many, so that the map cannot grow without bound. */
    static final int MAX_CLIENTS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long perMinute;

    public PublicRateLimit(long perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("POST".equals(method) || "PUT".equals(method))
                || !LIMITED.matcher(RoutedPath.of(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), client -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":429,\"title\":\"提交过于频繁\",\"detail\":\"请 " + seconds + " 秒后再试。\"}");
    }
}
