package cn.guanbiao.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webapps' own session login, as the browser does it: a reviewer gets into Tasklist but not into Cockpit or Admin;
 * CSRF protection stays on for what a logged-in session posts.
 */
@AwardSpringTest
class WebappLoginTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired TaskService taskService;

    @Test
    void districtReviewerLogsIntoTasklistButNotIntoCockpitOrAdmin() {
        // when
        HttpResponse<String> tasklist = new WebappSession("tasklist").login("reviewer-500112", "demo");
        HttpResponse<String> cockpit = new WebappSession("cockpit").login("reviewer-500112", "demo");
        HttpResponse<String> admin = new WebappSession("admin").login("reviewer-500112", "demo");

        // then
        assertThat(tasklist.statusCode()).as(tasklist.body()).isEqualTo(200);
        assertThat(tasklist.body()).contains("\"userId\":\"reviewer-500112\"", "tasklist");
        assertThat(cockpit.statusCode()).as(cockpit.body()).isEqualTo(403);
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(403);
    }

    @Test
    void administratorLogsIntoEveryWebapp() {
        for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
            HttpResponse<String> login = new WebappSession(app).login("admin", "admin");
            assertThat(login.statusCode()).as(app + ": " + login.body()).isEqualTo(200);
        }
    }

    @Test
    void postWithoutTheCsrfTokenIsRefusedAndEndsTheSession() {
        // given: a reviewer logged into Tasklist has claimed a task of the reviewer's group, as Tasklist does it
        String callId = driver.openCall("1000000").callId();
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String taskPath = "/camunda/api/engine/engine/default/task/" + driver.task(no, "DistrictReview").getId();
        WebappSession session = new WebappSession("tasklist");
        assertThat(session.login("reviewer-500112", "demo").statusCode()).isEqualTo(200);
        HttpResponse<String> claim = session.postJson(taskPath + "/claim", "{\"userId\":\"reviewer-500112\"}", true);
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);

        // when: the same session posts without the X-XSRF-TOKEN header (what a forged cross-site form does)
        HttpResponse<String> forged = session.postJson(taskPath + "/unclaim", "", false);

        // then: refused, nothing changed, and the session is over
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
        assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(no).singleResult().getAssignee())
                .isEqualTo("reviewer-500112");
        assertThat(session.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
    }

    /** A browser's view of one webapp: its cookies (session, XSRF-TOKEN) and the token it sends back in a header. */
    private final class WebappSession {

        private final String app;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http;

        WebappSession(String app) {
            this.app = app;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        /**
         * Opens the app (which hands out a session and its XSRF-TOKEN cookie) and logs in as the page does. A login
         * starts a new session, whose token the next GET hands out.
         */
        HttpResponse<String> login(String user, String password) {
            get("/camunda/app/" + app + "/default/");
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> login = send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/" + app))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-XSRF-TOKEN", token())
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            get("/camunda/api/admin/auth/user/default");
            return login;
        }

        HttpResponse<String> postJson(String path, String json, boolean withToken) {
            HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            if (withToken) {
                request.header("X-XSRF-TOKEN", token());
            }
            return send(request);
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(url(path)).GET());
        }

        private String token() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
                    .map(HttpCookie::getValue).reduce((first, last) -> last)
                    .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie: " + cookies.getCookieStore().getCookies()));
        }

        private URI url(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
