package cn.guanbiao.platform;

import cn.guanbiao.support.AwardSpringTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@AwardSpringTest
class SecurityHeadersTest {

    @LocalServerPort int port;

    @ParameterizedTest
    @ValueSource(strings = {"/public/notices", "/api/public/notices", "/api/applications/GB-2026-999999", "/admin/dashboard"})
    void everyPageAndApiAnswerCarriesTheSecurityHeaders(String path) throws Exception {
        // given
        HttpClient client = HttpClient.newHttpClient();

        // when
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'").contains("object-src 'none'"));
    }
}
