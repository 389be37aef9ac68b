package cn.guanbiao.spotcheck;

import java.util.ArrayList;
import java.util.List;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drawn inspectors find their inspection in Tasklist, the others do not. Tasklist lists tasks through its
 * filters ({@code POST /engine-rest/filter/{id}/list}) with the user's authorizations: this is what it sees.
 */
@AwardSpringTest
class InspectorTasklistTest {

    private static final String NAMED_FOR_ME = "指定由我办理";

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired SpotCheckDriver spotChecks;

    @Test
    void drawnInspectorsSeeTheirInspectionInTheirFilterAndOthersDoNot() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);
        String campaignNo = spotChecks.start(paid.callId(), null, null, 41L);
        List<String> drawn = spotChecks.inspectors(campaignNo, paid.first());
        String notDrawn = List.of("inspector1", "inspector2", "inspector3", "inspector4", "inspector5", "inspector6").stream()
                .filter(i -> !drawn.contains(i)).findFirst().orElseThrow();
        String taskId = spotChecks.inspection(campaignNo, paid.first()).getId();

        // when
        List<String> seenByDrawn = filterList(drawn.get(0), NAMED_FOR_ME);
        List<String> seenBySecondDrawn = filterList(drawn.get(1), NAMED_FOR_ME);
        List<String> seenByOther = filterList(notDrawn, NAMED_FOR_ME);
        List<String> groupFilterOfDrawn = filterList(drawn.get(0), "本组待办");

        // then
        assertThat(seenByDrawn).contains(taskId);
        assertThat(seenBySecondDrawn).contains(taskId);
        assertThat(seenByOther).doesNotContain(taskId);
        assertThat(groupFilterOfDrawn).as("not a group task: the group filter alone would hide it").doesNotContain(taskId);
    }

    @Test
    void drawnInspectorCanOpenTheFormOfTheInspection() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);
        String campaignNo = spotChecks.start(paid.callId(), null, null, 42L);
        String inspector = spotChecks.inspectors(campaignNo, paid.first()).get(0);
        String taskId = spotChecks.inspection(campaignNo, paid.first()).getId();
        ApiClient client = new ApiClient(port).as(inspector, "demo");

        // when
        ApiClient.Response form = client.get("/engine-rest/task/" + taskId + "/form");
        ApiClient.Response variables = client.get("/engine-rest/task/" + taskId + "/form-variables");

        // then
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.json().path("camundaFormRef").path("key").asText()).isEqualTo("spot-check-inspection");
        assertThat(variables.status()).as(variables.toString()).isEqualTo(200);
        assertThat(variables.json().path("applicationNo").path("value").asText()).isEqualTo(paid.first());
        assertThat(variables.json().path("inspectorNames").path("value").asText()).contains(inspector);
        assertThat(variables.json().path("campaignNo").path("value").asText()).isEqualTo(campaignNo);
    }

    private List<String> filterList(String user, String filterName) {
        ApiClient client = new ApiClient(port).as(user, "demo");
        ApiClient.Response filters = client.get("/engine-rest/filter?resourceType=Task");
        assertThat(filters.status()).as(filters.toString()).isEqualTo(200);
        String filterId = null;
        for (JsonNode filter : filters.json()) {
            if (filterName.equals(filter.path("name").asText())) {
                filterId = filter.path("id").asText();
            }
        }
        assertThat(filterId).as("filter " + filterName + " visible to " + user).isNotNull();
        ApiClient.Response tasks = client.post("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=200", "{}");
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        tasks.json().forEach(task -> ids.add(task.path("id").asText()));
        return ids;
    }
}
