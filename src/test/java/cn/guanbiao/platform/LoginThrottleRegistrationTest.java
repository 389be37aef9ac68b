package cn.guanbiao.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.IntSupplier;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.AwardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 5: the login throttle, as the application registers it, sees every login there is (the test
 * profile's limit is too high to reach: {@link LoginThrottleTest} tries the limit). A wrong password anywhere is one
 * failed login for it; a right one is none. The user tried does not exist, so no real user's attempts are counted.
 */
@AwardSpringTest
class LoginThrottleRegistrationTest {

    @LocalServerPort int port;
    @Autowired @Qualifier("loginThrottle") FilterRegistrationBean<LoginThrottle> registration;

    @Test
    void aWrongPasswordOverHttpBasicIsCountedWherePasswordsAreChecked() {
        ApiClient stranger = new ApiClient(port).as("nobody-" + System.nanoTime(), "guess");
        ApiClient admin = new ApiClient(port).as("admin", "admin");
        for (String path : new String[] {"/engine-rest/version", "/api/admin/complaints", "/admin/dashboard",
                "/review/attachments/999999999"}) {
            assertThat(failedLoginsDuring(() -> stranger.get(path).status())).as(path).isEqualTo(1);
            assertThat(failedLoginsDuring(() -> admin.get(path).status())).as(path).isZero();
        }
    }

    @Test
    void aWrongPasswordInTheWebappsLoginFormIsCounted() {
        assertThat(failedLoginsDuring(() -> webappLogin("nobody-" + System.nanoTime(), "guess"))).isEqualTo(1);
        assertThat(failedLoginsDuring(() -> webappLogin("admin", "admin"))).isZero();
    }

    /** How many failed logins the throttle counted while {@code login} ran; fails unless it was answered 401 or 2xx–404. */
    private long failedLoginsDuring(IntSupplier login) {
        long before = registration.getFilter().failedLogins();
        int status = login.getAsInt();
        assertThat(status).isBetween(200, 404);
        return registration.getFilter().failedLogins() - before;
    }

    /** Tasklist's login form, as the browser sends it (with the session's XSRF token). */
    private int webappLogin(String user, String password) {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            http.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.discarding());
            String token = cookies.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
            return http.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
