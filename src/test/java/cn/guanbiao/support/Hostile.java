package cn.guanbiao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that must be refused, built from a valid JSON body by one {@link Defect}: it keeps why it is wrong,
 * which field the answer has to name and which status it has to have, so that a failing case explains itself.
 */
public record Hostile(String kind, String defect, String field, int status, String contentType, byte[] body) {

    public static final String JSON = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /**
     * One way to make a valid body invalid. It is applied to a copy of the valid body: as a change of the JSON
     * tree, or as an edit of its text (for what a tree cannot hold: malformed JSON, duplicate keys).
     */
    public record Defect(String kind, String what, String field, int status, String contentType, UnaryOperator<byte[]> render) {

        public Defect(String what, String field, int status, String contentType, UnaryOperator<byte[]> render) {
            this("", what, field, status, contentType, render);
        }

        /** The same defect, filed under a kind (for statistics). */
        public Defect ofKind(String kind) {
            return new Defect(kind, what, field, status, contentType, render);
        }

        /** The same defect, answered with another status. */
        public Defect answeredWith(int status) {
            return new Defect(kind, what, field, status, contentType, render);
        }

        /** A change of the JSON tree that the answer must report as a {@code 400} naming {@code field}. */
        public static Defect change(String what, String field, Consumer<ObjectNode> change) {
            return new Defect(what, field, 400, JSON, json -> {
                ObjectNode tree = read(json);
                change.accept(tree);
                return write(tree);
            });
        }

        /** An edit of the JSON text (UTF-8). */
        public static Defect text(String what, String field, int status, String contentType, UnaryOperator<String> edit) {
            return new Defect(what, field, status, contentType,
                    json -> edit.apply(new String(json, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        }

        public Hostile on(ObjectNode valid) {
            return new Hostile(kind, what, field, status, contentType, render.apply(write(valid)));
        }
    }

    /** Sends the body with its content type (none if null); {@code headers} are name/value pairs. */
    public ApiClient.Response send(int port, String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiClient.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(this + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The answer refuses the request as it must: the expected status (never a 5xx), as
     * {@code application/problem+json}, with an {@code errors} item naming the field, each item with a message;
     * or, where there is no field to name (a body not sent as JSON: 415), with a {@code detail} saying what to do.
     */
    public void assertRefusedBy(ApiClient.Response response) {
        String context = this + System.lineSeparator() + "← " + response;
        assertThat(response.status()).as(context).isEqualTo(status);
        assertThat(response.contentType()).as(context).startsWith("application/problem+json");
        if (field == null) {
            assertThat(response.json().path("detail").asText()).as(context).isNotBlank();
            return;
        }
        assertThat(response.errorFields()).as(context).contains(field);
        assertThat(response.json().path("errors")).as(context)
                .allSatisfy(error -> assertThat(error.path("message").asText()).isNotBlank());
    }

    /** The expected answer in a few words, for jqwik's statistics: {@code 400 certificationFees[i].amount}. */
    public String expected() {
        return status + " " + (field == null ? "(no field)" : field.replaceAll("\\[\\d+]", "[i]"));
    }

    /** What jqwik prints for a falsified sample: the kind, the defect, the expected answer, the start of the body. */
    @Override
    public String toString() {
        String text = new String(body, StandardCharsets.UTF_8);
        String shown = text.length() > 400 ? text.substring(0, 400) + "…(" + body.length + " bytes)" : text;
        return "[" + kind + "] " + defect + " → " + status + (field == null ? "" : " naming '" + field + "'")
                + " [" + contentType + "] " + shown;
    }

    public static ObjectNode read(byte[] json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree as UTF-8 JSON; a lone surrogate (which UTF-8 cannot encode) is written as its escape. */
    public static byte[] write(ObjectNode tree) {
        try {
            String text = MAPPER.writeValueAsString(tree);
            StringBuilder json = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (pair) {
                    json.append(c).append(text.charAt(++i));
                } else if (Character.isSurrogate(c)) {
                    json.append("\\u%04X".formatted((int) c));
                } else {
                    json.append(c);
                }
            }
            return json.toString().getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
