package cn.guanbiao.platform;

import java.net.http.HttpResponse;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.WebappSession;
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
        HttpResponse<String> tasklist = new WebappSession(port, "tasklist").login("reviewer-500112", "demo");
        HttpResponse<String> cockpit = new WebappSession(port, "cockpit").login("reviewer-500112", "demo");
        HttpResponse<String> admin = new WebappSession(port, "admin").login("reviewer-500112", "demo");

        // then
        assertThat(tasklist.statusCode()).as(tasklist.body()).isEqualTo(200);
        assertThat(tasklist.body()).contains("\"userId\":\"reviewer-500112\"", "tasklist");
        assertThat(cockpit.statusCode()).as(cockpit.body()).isEqualTo(403);
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(403);
    }

    @Test
    void administratorLogsIntoEveryWebapp() {
        for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
            HttpResponse<String> login = new WebappSession(port, app).login("admin", "admin");
            assertThat(login.statusCode()).as(app + ": " + login.body()).isEqualTo(200);
        }
    }

    @Test
    void postWithoutTheCsrfTokenIsRefusedAndEndsTheSession() {
        // given: a reviewer logged into Tasklist has claimed a task of the reviewer's group, as Tasklist does it
        String callId = driver.openCall("1000000").callId();
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String taskPath = "/camunda/api/engine/engine/default/task/" + driver.task(no, "DistrictReview").getId();
        WebappSession session = new WebappSession(port, "tasklist");
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
}
