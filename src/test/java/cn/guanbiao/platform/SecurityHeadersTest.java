package cn.guanbiao.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import cn.guanbiao.support.AwardSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

@AwardSpringTest
class SecurityHeadersTest {

    @LocalServerPort int port;

    @ParameterizedTest
    @ValueSource(strings = {"/public/notices", "/api/public/notices", "/api/applications/GB-2026-999999", "/admin/dashboard"})
    void everyPageAndApiAnswerCarriesTheSecurityHeaders(String path) throws Exception {
        // when
        HttpResponse<String> response = get(path);

        // then
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'").contains("object-src 'none'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/public/notices", "/public/complaints", "/public/spot-checks", "/applications/new", "/admin/dashboard"})
    void pagesMayRunNoInlineScriptOrStyle(String path) throws Exception {
        // when
        HttpResponse<String> response = get(path);

        // then: scripts and styles from the site's own files only
        Map<String, String> policy = directives(response.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(policy).containsEntry("script-src", "'self'").containsEntry("style-src", "'self'");
        assertThat(policy.values()).noneMatch(sources -> sources.contains("'unsafe-inline'"));
    }

    @Test
    void hstsIsSentWhenTurnedOn() throws Exception {
        // given: the filter as profile postgres configures it (app.security.hsts=true)
        SecurityHeaders filter = new SecurityHeaders(true);
        MockHttpServletResponse page = new MockHttpServletResponse();
        MockHttpServletResponse api = new MockHttpServletResponse();

        // when
        filter.doFilter(new MockHttpServletRequest("GET", "/public/notices"), page, new MockFilterChain());
        filter.doFilter(new MockHttpServletRequest("POST", "/api/applications"), api, new MockFilterChain());

        // then
        assertThat(page.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        assertThat(api.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void hstsIsNotSentWhenOff() throws Exception {
        // given
        SecurityHeaders filter = new SecurityHeaders(false);
        MockHttpServletResponse response = new MockHttpServletResponse();

        // when
        filter.doFilter(new MockHttpServletRequest("GET", "/public/notices"), response, new MockFilterChain());

        // then
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    private static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";")).map(String::strip).filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.contains(" ") ? d.split(" ", 2)[1] : ""));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
