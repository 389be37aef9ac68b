package cn.guanbiao.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A {@code multipart/form-data} post as a browser's form sends it (a file and text fields), optionally with HTTP Basic
 * credentials and extra headers ({@code Sec-Fetch-Site}, {@code Origin}). Test helper; never follows redirects.
 */
public final class MultipartPost {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String url;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String fileName;
    private byte[] file;

    private MultipartPost(String url) {
        this.url = url;
    }

    public static MultipartPost to(int port, String path) {
        return new MultipartPost("http://localhost:" + port + path);
    }

    public MultipartPost as(String user, String password) {
        return header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public MultipartPost header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The form's {@code file} field. */
    public MultipartPost file(String name, byte[] content) {
        this.fileName = name;
        this.file = content;
        return this;
    }

    public MultipartPost field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    public ApiClient.Response send() {
        String boundary = "----guanbiao" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        if (file != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(file);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiClient.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
