package cn.guanbiao.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;

/**
 * The path a request reaches a controller by, for filters that decide by path. The raw URI is not it: Spring MVC
 * matches each segment decoded and without its {@code ;parameters}, so {@code /api/applications;x} and
 * {@code /api/%61pplications} reach the same controller as {@code /api/applications}. Here also empty segments
 * ({@code //}) and a trailing slash are dropped, which Spring would not route: a filter that limits such a path too
 * errs on the safe side.
 */
public final class RoutedPath {

    private RoutedPath() {
    }

    /** The path within the application, segment by segment as Spring MVC matches it, e.g. {@code /api/applications}. */
    public static String of(HttpServletRequest request) {
        PathContainer path;
        try {
            path = RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication();
        } catch (IllegalArgumentException notDecodable) {
            // no controller gets it either (Tomcat refuses such a URI before any filter)
            return request.getRequestURI().substring(request.getContextPath().length());
        }
        StringBuilder routed = new StringBuilder();
        for (PathContainer.Element element : path.elements()) {
            if (element instanceof PathContainer.PathSegment segment && !segment.valueToMatch().isEmpty()) {
                routed.append('/').append(segment.valueToMatch());
            }
        }
        return routed.isEmpty() ? "/" : routed.toString();
    }
}
