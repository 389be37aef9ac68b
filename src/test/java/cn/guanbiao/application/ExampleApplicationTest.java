package cn.guanbiao.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample application the README's walk posts (docs/examples/application.json) is accepted as it is. */
@AwardSpringTest
class ExampleApplicationTest {

    static final Path EXAMPLE = Path.of("docs/examples/application.json");

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired Applications applications;

    @Test
    void theSampleApplicationIsAcceptedForAnOpenCall() throws IOException {
        // given: the file as it is, with the call set as the README's jq does ('.callId = $call')
        ObjectNode example = (ObjectNode) new ObjectMapper().readTree(Files.readString(EXAMPLE));
        String callId = driver.openCall("1000000").callId();
        example.put("callId", callId);

        // when
        ApiClient.Response answer = new ApiClient(port).post("/api/applications", example);

        // then
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String no = answer.json().path("applicationNo").asText();
        assertThat(answer.json().path("trackingToken").asText()).isNotBlank();
        assertThat(applications.get(no).form().orgName()).isEqualTo(example.path("orgName").asText());

        // and: turned down at 区县初审, so that the unit may apply again in the README's walk of this test run (run
        // after that walk, the pre-check ends it by itself: its invoices are paid)
        driver.runJobs(driver.process(no).getId());
        if (driver.task(no, "DistrictReview") != null) {
            driver.complete(no, "DistrictReview", "reviewer-500112",
                    Map.of("approved", false, "returnForCorrection", false, "comment", "测试：示例申请不予通过"));
        }
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void theSampleApplicationWithoutACallNamesTheCall() throws IOException {
        // given: the file as it is, its callId a placeholder for the walk's own call
        String example = Files.readString(EXAMPLE);

        // when
        ApiClient.Response answer = new ApiClient(port).post("/api/applications", new ObjectMapper().readTree(example));

        // then: refused for the call alone: every other field is valid
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactly("callId");
    }
}
