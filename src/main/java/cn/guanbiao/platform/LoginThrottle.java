package cn.guanbiao.platform;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failed logins per client address, in front of every login (registered on the login paths in
 * {@link RestAuthentication}): after {@code maxFailures} failed logins from one address within {@code window}, every
 * login from there, whatever the user and the password, gets {@code 429} with {@code Retry-After} for
 * {@code blockFor}, and never reaches the engine's password check (so it counts against no user either). A failed
 * login is a request that carried credentials (HTTP Basic, or the webapps' login form) and was answered {@code 401};
 * a successful login is not counted and forgives nothing. Counted in memory, per node.
 */
public class LoginThrottle extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    /** The webapps' session login: {@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}. */
    static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";
    /** Forget addresses that are not blocked beyond this many, so that the map cannot grow without bound. */
    static final int MAX_CLIENTS = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Duration blockFor;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final AtomicLong failedLogins = new AtomicLong();

    public LoginThrottle(int maxFailures, Duration window, Duration blockFor, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.blockFor = blockFor;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        return !basic && !("POST".equals(request.getMethod()) && RoutedPath.of(request).startsWith(WEBAPP_LOGIN));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        Failures current = failures.get(address);
        if (current != null && current.blocks(clock.instant())) {
            refuse(response, Duration.between(clock.instant(), current.blockedUntil()));
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            failed(address);
        }
    }

    /** The addresses this node refuses logins from now, each with the end of its block. */
    public Map<String, Instant> blockedAddresses() {
        Instant now = clock.instant();
        Map<String, Instant> blocked = new TreeMap<>();
        failures.forEach((address, f) -> {
            if (f.blocks(now)) {
                blocked.put(address, f.blockedUntil());
            }
        });
        return blocked;
    }

    /** Failed logins this node has seen since it started, from any address. */
    long failedLogins() {
        return failedLogins.get();
    }

    private void failed(String address) {
        failedLogins.incrementAndGet();
        Instant now = clock.instant();
        if (failures.size() > MAX_CLIENTS) {
            failures.values().removeIf(f -> !f.blocks(now));
        }
        boolean[] blockedNow = {false};
        Failures updated = failures.compute(address, (key, before) -> {
            if (before != null && before.blocks(now)) {
                return before;
            }
            boolean fresh = before == null || before.blockedUntil() != null || !now.isBefore(before.since().plus(window));
            int count = (fresh ? 0 : before.count()) + 1;
            if (count < maxFailures) {
                return new Failures(fresh ? now : before.since(), count, null);
            }
            blockedNow[0] = true;
            return new Failures(now, 0, now.plus(blockFor));
        });
        if (blockedNow[0]) {
            LOG.warn("Logins from {} refused until {} after {} failed logins within {} (该地址登录失败次数过多，暂停登录)",
                    address.replaceAll("[^0-9A-Za-z:.%-]", "?"), updated.blockedUntil(), maxFailures, window);
        }
    }

    private static void refuse(HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        long minutes = (seconds + 59) / 60;
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":429,\"title\":\"登录失败次数过多\",\"detail\":\"此地址登录失败次数过多，请 "
                + minutes + " 分钟后再试。\"}");
    }

    /** Failed logins from one address since {@code since}; or, with {@code blockedUntil}, blocked until then. */
    private record Failures(Instant since, int count, Instant blockedUntil) {

        boolean blocks(Instant now) {
            return blockedUntil != null && now.isBefore(blockedUntil);
        }
    }
}
