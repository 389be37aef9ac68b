package cn.guanbiao.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class PublicRateLimitTest {

    private final PublicRateLimit limit = new PublicRateLimit(3);

    @Test
    void fourthSubmissionWithinAMinuteIsRefusedWithRetryAfterAndNeverReachesTheApplication() throws Exception {
        // given
        for (int i = 0; i < 3; i++) {
            assertThat(post("/api/applications", "10.1.1.1").getStatus()).isEqualTo(HttpServletResponse.SC_OK);
        }

        // when
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse refused = new MockHttpServletResponse();
        limit.doFilter(request("POST", "/api/applications", "10.1.1.1"), refused, chain);

        // then
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentAsString()).contains("提交过于频繁");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void eachClientHasItsOwnBudget() throws Exception {
        // given
        for (int i = 0; i < 3; i++) {
            post("/api/public/notices/GB-2026-000001/objections", "10.1.1.2");
        }

        // when / then
        assertThat(post("/api/public/notices/GB-2026-000001/objections", "10.1.1.2").getStatus()).isEqualTo(429);
        assertThat(post("/api/public/notices/GB-2026-000001/objections", "10.1.1.3").getStatus()).isEqualTo(200);
    }

    @Test
    void complaintsAreLimitedByTheFilterAsRegisteredForTheApplication() throws Exception {
        // given: the filter as the application registers it, with a budget of 3 a minute
        FilterRegistrationBean<PublicRateLimit> registration = new RestAuthentication().publicRateLimit(3);
        PublicRateLimit registered = registration.getFilter();
        for (int i = 0; i < 3; i++) {
            MockHttpServletResponse accepted = new MockHttpServletResponse();
            registered.doFilter(request("POST", "/api/public/complaints", "10.1.1.5"), accepted, new MockFilterChain());
            assertThat(accepted.getStatus()).isEqualTo(HttpServletResponse.SC_OK);
        }

        // when
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse refused = new MockHttpServletResponse();
        registered.doFilter(request("POST", "/api/public/complaints", "10.1.1.5"), refused, chain);

        // then: refused before the controller, and the servlet mapping sends complaints through the filter
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(chain.getRequest()).isNull();
        assertThat(registration.getUrlPatterns()).anySatisfy(pattern -> assertThat("/api/public/complaints")
                .startsWith(pattern.replace("/*", "/")));
    }

    /** Spring MVC routes each of these to the same controller as the plain path (or, {@code //} and {@code /} at the end, to none). */
    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource({
            "/api/applications, /api/applications;x",
            "/api/applications, /api/applications;jsessionid=1",
            "/api/applications, /api/%61pplications",
            "/api/applications, /api;x/applications",
            "/api/applications, /api/applications/",
            "/api/applications, //api//applications",
            "/api/applications/GB-2026-000001, /api/applications/GB-2026-000001;x",
            "/api/applications/GB-2026-000001/attachments, /api/applications/GB-2026-000001;x/%61ttachments;y",
            "/api/public/notices/GB-2026-000001/objections, /api/public/notices/GB-2026-000001/objections;x",
            "/api/public/notices/GB-2026-000001/objections, /api/public/notices/GB-2026-000001/%6Fbjections",
            "/api/public/complaints, /api/public/complaints;jsessionid=1"})
    void anotherSpellingOfALimitedPathIsLimitedLikeThePathItself(String plain, String spelling) throws Exception {
        // given: the client's budget spent on the plain path
        String client = "10.2.0.1";
        for (int i = 0; i < 3; i++) {
            assertThat(post(plain, client).getStatus()).isEqualTo(HttpServletResponse.SC_OK);
        }

        // when
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request("POST", spelling, client), response, chain);

        // then
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aSpellingCountsAgainstTheBudgetOfThePlainPath() throws Exception {
        // given: the budget spent on other spellings
        post("/api/applications;x", "10.1.1.6");
        post("/api/%61pplications", "10.1.1.6");
        post("/api/applications;jsessionid=1", "10.1.1.6");

        // when / then
        assertThat(post("/api/applications", "10.1.1.6").getStatus()).isEqualTo(429);
    }

    @Test
    void readingIsNotLimited() throws Exception {
        // given
        MockHttpServletResponse response = null;

        // when
        for (int i = 0; i < 10; i++) {
            response = new MockHttpServletResponse();
            limit.doFilter(request("GET", "/api/applications/GB-2026-000001", "10.1.1.4"), response, new MockFilterChain());
        }

        // then
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse post(String uri, String client) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request("POST", uri, client), response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest request(String method, String uri, String client) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setRemoteAddr(client);
        return request;
    }
}
