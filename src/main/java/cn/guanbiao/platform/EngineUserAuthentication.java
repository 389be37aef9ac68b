package cn.guanbiao.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The programme's own protected pages and APIs: HTTP Basic against the engine's users, members of the given
 * groups only. The authenticated user is set on the engine for the request, so what an administrator starts
 * is attributed to them.
 */
public class EngineUserAuthentication extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final Set<String> allowedGroups;
    private final String realm;

    public EngineUserAuthentication(IdentityService identityService, String realm, Set<String> allowedGroups) {
        this.identityService = identityService;
        this.realm = realm;
        this.allowedGroups = allowedGroups;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] credentials = basicCredentials(request.getHeader("Authorization"));
        if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "需要登录", "请使用有权限的账号（HTTP Basic）登录。");
            return;
        }
        List<String> groups = identityService.createGroupQuery().groupMember(credentials[0]).list()
                .stream().map(Group::getId).toList();
        if (groups.stream().noneMatch(allowedGroups::contains)) {
            problem(response, HttpServletResponse.SC_FORBIDDEN, "无权访问", "您的账号无权访问此页面或接口。");
            return;
        }
        identityService.setAuthentication(credentials[0], groups);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"title\":\"" + title + "\",\"detail\":\"" + detail + "\"}");
    }
}
