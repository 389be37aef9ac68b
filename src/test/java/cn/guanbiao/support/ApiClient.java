package cn.guanbiao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The project's HTTP interface as an outside client sees it (DOMAIN §5): plain {@link HttpClient} against the
 * test server's random port, optionally with HTTP Basic credentials. Never follows redirects, never retries.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** What came back: status, media type and body (text and, if it is JSON, parsed). */
    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }

        /** The {@code field} of every item of a problem's {@code errors} array, in order. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(error -> fields.add(error.path("field").asText(null)));
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    private final String baseUrl;
    private final String authorization;

    public ApiClient(int port) {
        this("http://localhost:" + port, null);
    }

    private ApiClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** The same client sending HTTP Basic credentials. */
    public ApiClient as(String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(baseUrl, "Basic " + credentials);
    }

    /** GET; {@code headers} are name/value pairs. */
    public Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** POST of a JSON body: a {@link JsonNode}, or a String sent as it is (to send what is not JSON). */
    public Response post(String path, Object body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json").POST(body(body)));
    }

    public Response put(String path, Object body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json").PUT(body(body)));
    }

    /** Any method, with a JSON body (a {@link JsonNode} or a String) or none ({@code null}). */
    public Response send(String method, String path, Object body, String... headers) {
        HttpRequest.Builder request = request(path, headers);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body(body)));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        try {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
