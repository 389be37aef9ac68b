package cn.guanbiao.platform;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodyLimitTest {

    private final RequestBodyLimit limit = new RequestBodyLimit(100);

    @Test
    void bodyOverTheLimitIsRefusedWith413NamingTheBodyAndNeverReachesTheApplication() throws Exception {
        // given
        MockHttpServletRequest request = post("x".repeat(101), false);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        // when
        limit.doFilter(request, response, chain);

        // then
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"field\":\"body\"", "提交的内容过大");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void bodyOverTheLimitWithoutALengthIsRefusedToo() throws Exception {
        // given: chunked, the length is known only by reading
        MockHttpServletRequest request = post("x".repeat(101), true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        // when
        limit.doFilter(request, response, chain);

        // then
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void bodyAtTheLimitWithoutALengthReachesTheApplicationWhole() throws Exception {
        // given
        String body = "{\"reason\":\"" + "异".repeat(29) + "\"}";
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(100);
        MockHttpServletRequest request = post(body, true);
        MockFilterChain chain = new MockFilterChain();

        // when
        limit.doFilter(request, new MockHttpServletResponse(), chain);

        // then
        assertThat(chain.getRequest()).isNotNull();
        assertThat(chain.getRequest().getInputStream().readAllBytes()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
        assertThat(chain.getRequest().getContentLengthLong()).isEqualTo(100);
    }

    @Test
    void uploadsAreLeftToTheMultipartLimits() throws Exception {
        // given
        MockHttpServletRequest request = post("x".repeat(1000), false);
        request.setContentType("multipart/form-data; boundary=x");
        MockFilterChain chain = new MockFilterChain();

        // when
        limit.doFilter(request, new MockHttpServletResponse(), chain);

        // then
        assertThat(chain.getRequest()).isSameAs(request);
    }

    private static MockHttpServletRequest post(String body, boolean chunked) {
        MockHttpServletRequest request = chunked ? new MockHttpServletRequest("POST", "/api/applications") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        } : new MockHttpServletRequest("POST", "/api/applications");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
