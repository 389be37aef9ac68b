package cn.guanbiao.platform;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Issue 19, finding 5: failed logins are throttled per client address, whatever user they try. */
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    /** 3 failed logins within 10 minutes block the address for 15. */
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(10), Duration.ofMinutes(15), clock);
    /** How many requests got past the throttle to the password check. */
    private final AtomicInteger checked = new AtomicInteger();

    @Test
    void failedLoginsBeyondTheLimitBlockTheAddressForAnyUserBeforeThePasswordCheck() throws Exception {
        // given: three wrong passwords for one user from one address
        for (int i = 0; i < 3; i++) {
            assertThat(basicLogin("10.0.0.1", "mallory-target", false).getStatus()).isEqualTo(401);
        }
        checked.set(0);

        // when: another user, with the right password, from that address
        MockHttpServletResponse response = basicLogin("10.0.0.1", "economy", true);

        // then
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo(String.valueOf(15 * 60));
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("登录失败次数过多", "15 分钟");
        assertThat(checked).hasValue(0);
    }

    @Test
    void otherAddressesLogInAsBefore() throws Exception {
        // given
        for (int i = 0; i < 3; i++) {
            basicLogin("10.0.0.2", "someone", false);
        }

        // when / then
        assertThat(basicLogin("10.0.0.3", "someone", true).getStatus()).isEqualTo(200);
    }

    @Test
    void successfulLoginsAreNotCountedAndForgiveNothing() throws Exception {
        // given: two failures, with many successful logins around them
        basicLogin("10.0.0.4", "someone", false);
        for (int i = 0; i < 10; i++) {
            assertThat(basicLogin("10.0.0.4", "economy", true).getStatus()).isEqualTo(200);
        }
        basicLogin("10.0.0.4", "someone", false);
        assertThat(basicLogin("10.0.0.4", "economy", true).getStatus()).isEqualTo(200);

        // when: the third failure
        basicLogin("10.0.0.4", "someone", false);

        // then
        assertThat(basicLogin("10.0.0.4", "economy", true).getStatus()).isEqualTo(429);
    }

    @Test
    void theBlockEndsAfterItsTime() throws Exception {
        // given
        for (int i = 0; i < 3; i++) {
            basicLogin("10.0.0.5", "someone", false);
        }
        clock.move(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(basicLogin("10.0.0.5", "economy", true).getStatus()).isEqualTo(429);

        // when
        clock.move(Duration.ofSeconds(1));

        // then: let in, and the count starts afresh
        assertThat(basicLogin("10.0.0.5", "economy", true).getStatus()).isEqualTo(200);
        basicLogin("10.0.0.5", "someone", false);
        assertThat(basicLogin("10.0.0.5", "economy", true).getStatus()).isEqualTo(200);
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() throws Exception {
        // given: two failures, then the window passes
        basicLogin("10.0.0.6", "someone", false);
        basicLogin("10.0.0.6", "someone", false);
        clock.move(Duration.ofMinutes(10));

        // when
        basicLogin("10.0.0.6", "someone", false);

        // then
        assertThat(basicLogin("10.0.0.6", "economy", true).getStatus()).isEqualTo(200);
    }

    @Test
    void theWebappsLoginFormCountsLikeHttpBasic() throws Exception {
        // given: three wrong passwords in Tasklist's login form, one spelled with a path parameter
        for (String path : new String[] {"/camunda/api/admin/auth/user/default/login/tasklist",
                "/camunda/api/admin/auth/user/default/login/cockpit", "/camunda/api/admin/auth/user/default/login;x/admin"}) {
            assertThat(formLogin("10.0.0.7", path, false).getStatus()).isEqualTo(401);
        }

        // when
        MockHttpServletResponse response = formLogin("10.0.0.7", "/camunda/api/admin/auth/user/default/login/tasklist", true);

        // then
        assertThat(response.getStatus()).isEqualTo(429);
    }

    @Test
    void requestsWithoutCredentialsAreNotCounted() throws Exception {
        // given: a browser's first visits to a page behind HTTP Basic, answered with the challenge
        for (int i = 0; i < 10; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/dashboard");
            request.setRemoteAddr("10.0.0.8");
            throttle.doFilter(request, new MockHttpServletResponse(), answering(false));
        }

        // when / then
        assertThat(basicLogin("10.0.0.8", "municipal", true).getStatus()).isEqualTo(200);
    }

    @Test
    void blockedAddressesAreListedWithTheEndOfTheirBlock() throws Exception {
        // given
        for (int i = 0; i < 3; i++) {
            basicLogin("10.0.0.10", "someone", false);
        }
        basicLogin("10.0.0.11", "someone", false);

        // when / then
        assertThat(throttle.blockedAddresses()).containsExactly(entry("10.0.0.10", clock.instant().plus(Duration.ofMinutes(15))));
    }

    @Test
    void aBlockedAddressIsLoggedForTheAdministrators(CapturedOutput output) throws Exception {
        // when
        for (int i = 0; i < 3; i++) {
            basicLogin("10.0.0.9", "someone", false);
        }

        // then
        assertThat(output).contains("WARN", "Logins from 10.0.0.9 refused until", "after 3 failed logins");
    }

    private MockHttpServletResponse basicLogin(String address, String user, boolean rightPassword) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
        request.setRemoteAddr(address);
        String password = rightPassword ? "right" : "wrong";
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(request, response, answering(rightPassword));
        return response;
    }

    private MockHttpServletResponse formLogin(String address, String path, boolean rightPassword) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(address);
        request.setContentType("application/x-www-form-urlencoded");
        request.setContent(("username=someone&password=" + (rightPassword ? "right" : "wrong")).getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(request, response, answering(rightPassword));
        return response;
    }

    /** The authentication behind the throttle: 200 for the right password, 401 otherwise. */
    private FilterChain answering(boolean rightPassword) {
        return (request, response) -> {
            checked.incrementAndGet();
            ((HttpServletResponse) response).setStatus(rightPassword ? 200 : 401);
        };
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-07T08:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
