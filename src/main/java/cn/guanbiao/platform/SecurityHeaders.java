package cn.guanbiao.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on the programme's own pages and APIs. Camunda's webapps ({@code /camunda/**}) set their own
 * (camunda.bpm.webapp.header-security) and are left alone.
 * <p>
 * The pages' scripts and styles are files under {@code /assets/} (and Chart.js under {@code /webjars/}): the policy
 * allows no inline script, no inline style and no {@code style=""} attribute, so markup slipped into a page runs
 * nothing. HSTS is sent when the site is served over https only ({@code app.security.hsts}, on in profile postgres).
 */
public class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** One year; browsers ignore it on plain http. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private final boolean hsts;

    public SecurityHeaders(boolean hsts) {
        this.hsts = hsts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        if (hsts) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        if (response.getHeader("Content-Security-Policy") == null) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        chain.doFilter(request, response);
    }
}
