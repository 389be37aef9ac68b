package cn.guanbiao.platform;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request that changes something (POST, PUT, PATCH, DELETE) when a browser sent it from another site. The
 * admin pages and APIs log in with HTTP Basic, which a browser sends along with any site's form post (an upload to the
 * honour register, say) once the user has logged in. Browsers say where a request comes from ({@code Sec-Fetch-Site};
 * older ones only {@code Origin}); clients that are not browsers (curl, scripts) send neither and pass.
 */
public class CrossSiteRequestGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossSiteRequestGuard.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && crossSite(request)) {
            log.info("Cross-site {} {} refused (Sec-Fetch-Site {}, Origin {}) / 已拒绝跨站请求", request.getMethod(),
                    request.getRequestURI(), request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"));
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":403,\"title\":\"跨站请求被拒绝\","
                    + "\"detail\":\"此操作只能在本系统自己的页面上或通过接口客户端进行。\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            // "none": the user's own navigation (address bar, bookmark), never another site's
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority == null || !(authority.equalsIgnoreCase(request.getHeader("Host"))
                    || authority.equalsIgnoreCase(request.getHeader("X-Forwarded-Host")));
        } catch (IllegalArgumentException notAnOrigin) {
            return true;
        }
    }
}
