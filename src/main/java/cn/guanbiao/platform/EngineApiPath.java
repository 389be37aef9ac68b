package cn.guanbiao.platform;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;

/**
 * A request to one of the engine's REST resources, as the resource sees it: the path below the engine
 * ({@code task/42/complete}), whichever of the two places it came through, {@code /engine-rest} (also as
 * {@code /engine-rest/engine/default/…}) or the webapps' {@code /camunda/api/engine/engine/default/…}; or to one of
 * the webapps' own APIs ({@code /camunda/api/admin/auth/…}, Cockpit's plugins), as {@link Surface#WEBAPP}
 * with the path below {@code /camunda/api}.
 *
 * <p>Each segment is read as JAX-RS routes it: matrix parameters ({@code ;x}) dropped, percent-escapes decoded (by
 * Spring's {@link RequestPath}, as {@link RoutedPath} does). A path that cannot be read unambiguously (an empty,
 * {@code .} or {@code ..} segment, an escaped slash, a bad escape) is {@link #UNREADABLE}, which no rule allows.
 */
record EngineApiPath(Surface surface, String method, List<String> segments) {

    enum Surface { ENGINE, WEBAPP }

    static final EngineApiPath UNREADABLE = new EngineApiPath(Surface.ENGINE, "", List.of("\u0000"));
    /** The list of engines, {@code GET /engine-rest/engine}: below no engine, open to anyone. */
    static final List<String> ENGINE_LIST = List.of();

    /** The API a request addresses, or empty when it is none of them (a page, a script). */
    static Optional<EngineApiPath> of(HttpServletRequest request) {
        List<String> segments = segments(request);
        if (segments == null) {
            return Optional.of(UNREADABLE);
        }
        String method = request.getMethod();
        if (startsWith(segments, "engine-rest")) {
            List<String> below = segments.subList(1, segments.size());
            return Optional.of(startsWith(below, "engine") ? belowEngine(method, below) : new EngineApiPath(Surface.ENGINE, method, below));
        }
        if (startsWith(segments, "camunda", "api", "engine")) {
            List<String> below = segments.subList(3, segments.size());
            return Optional.of(startsWith(below, "engine") ? belowEngine(method, below) : UNREADABLE);
        }
        if (startsWith(segments, "camunda", "api")) {
            return Optional.of(new EngineApiPath(Surface.WEBAPP, method, segments.subList(2, segments.size())));
        }
        return Optional.empty();
    }

    /** {@code engine} lists the engines; {@code engine/default/x} is resource {@code x} of engine {@code default}. */
    private static EngineApiPath belowEngine(String method, List<String> segments) {
        if (segments.size() == 1) {
            return new EngineApiPath(Surface.ENGINE, method, ENGINE_LIST);
        }
        return new EngineApiPath(Surface.ENGINE, method, segments.subList(2, segments.size()));
    }

    /** As Spring reads a path ({@link RoutedPath}), or null where JAX-RS might read it otherwise. */
    private static List<String> segments(HttpServletRequest request) {
        List<PathContainer.Element> elements;
        try {
            elements = RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication().elements();
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof PathContainer.PathSegment segment) {
                String value = segment.valueToMatch();
                boolean trailing = i == elements.size() - 1 && value.isEmpty();
                if (!trailing && (value.isEmpty() || value.equals(".") || value.equals("..") || value.contains("/"))) {
                    return null;
                }
                if (!trailing) {
                    segments.add(value);
                }
            }
        }
        return segments;
    }

    private static boolean startsWith(List<String> segments, String... prefix) {
        if (segments.size() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!segments.get(i).equals(prefix[i])) {
                return false;
            }
        }
        return true;
    }

    /** The query string's parameters (never the body's: reading those would consume a form post before its resource). */
    static Map<String, String[]> query(HttpServletRequest request) {
        Map<String, String[]> parameters = new HashMap<>();
        String query = request.getQueryString();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decodeParameter(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decodeParameter(pair.substring(equals + 1));
            if (name != null && value != null) {
                parameters.merge(name, new String[] {value}, (a, b) -> a);
            }
        }
        return parameters;
    }

    private static String decodeParameter(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
    }

    String segment(int index) {
        return segments.get(index);
    }

    /**
     * Matches {@code task/{id}/complete}: a literal per segment, any one segment for {@code {…}}, any number of
     * segments (at least one) for a final {@code **}.
     */
    boolean matches(String template) {
        String[] parts = template.isEmpty() ? new String[0] : template.split("/");
        if (parts.length > 0 && parts[parts.length - 1].equals("**")) {
            return segments.size() >= parts.length
                    && new EngineApiPath(surface, method, segments.subList(0, parts.length - 1))
                            .matches(template.substring(0, Math.max(0, template.length() - 3)));
        }
        if (parts.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].startsWith("{") && !parts[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return method + " " + (surface == Surface.WEBAPP ? "camunda/api/" : "") + String.join("/", segments);
    }
}
