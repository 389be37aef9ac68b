package cn.guanbiao.platform;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP Basic goes with any site's form post: a browser's post from elsewhere to the admin pages and APIs is refused. */
class CrossSiteRequestGuardTest {

    private final CrossSiteRequestGuard guard = new CrossSiteRequestGuard();

    @Test
    void aPostFromAnotherSiteIsRefusedAndNeverReachesTheApplication() throws Exception {
        assertThat(status("POST", "Sec-Fetch-Site", "cross-site")).isEqualTo(403);
        assertThat(status("POST", "Sec-Fetch-Site", "same-site")).isEqualTo(403);
        assertThat(status("DELETE", "Origin", "https://evil.example")).isEqualTo(403);
        assertThat(status("POST", "Origin", "null")).isEqualTo(403);
    }

    @Test
    void thePagesOwnPostsReadsAndClientsThatAreNoBrowserPass() throws Exception {
        assertThat(status("POST", "Sec-Fetch-Site", "same-origin")).isEqualTo(200);
        assertThat(status("POST", "Origin", "http://localhost:8080")).isEqualTo(200);
        assertThat(status("POST", null, null)).isEqualTo(200);
        assertThat(status("GET", "Sec-Fetch-Site", "cross-site")).isEqualTo(200);
    }

    private int status(String method, String header, String value) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/admin/honour-register/import");
        request.addHeader("Host", "localhost:8080");
        if (header != null) {
            request.addHeader(header, value);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        guard.doFilter(request, response, chain);
        return chain.getRequest() == null ? response.getStatus() : 200;
    }
}
