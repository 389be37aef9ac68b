package cn.guanbiao.review;

import java.util.List;
import java.util.Map;

import cn.guanbiao.application.Applications;
import cn.guanbiao.applicant.Corrections;
import cn.guanbiao.usertask.IdentitySetup;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import cn.guanbiao.application.AwardApplicationVariables;

import static org.assertj.core.api.Assertions.assertThat;

/** Tasklist's cards say which application and unit a task is about (issue 21): the shared filters list the variables. */
@AwardSpringTest
class TaskCardsTest {

    @Autowired AwardDriver driver;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FilterService filterService;
    @Autowired IdentitySetup identitySetup;
    @Autowired Applications applications;
    @Autowired Corrections corrections;

    String callId;

    @BeforeEach
    void openCall() {
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void everySharedFilterShowsApplicationNoUnitAndAwardOnTheCards() {
        // given / when: the filters as the application's start left them
        List<Filter> filters = filterService.createFilterQuery().filterNameLike("%").list().stream()
                .filter(f -> List.of("本组待办", "指定由我办理", "我的任务").contains(f.getName())).toList();

        // then
        assertThat(filters).hasSize(3).allSatisfy(filter -> assertThat(cardVariables(filter))
                .containsSubsequence("cardApplicationNo", "cardOrgName", "cardAwardAmount"));
        assertThat(labels(filters.get(0))).contains("申请编号", "申请单位", "奖励金额（元）");
    }

    @Test
    void filterOfAnEarlierInstallationGetsTheCardVariablesAtStartKeepingItsQuery() {
        // given: 本组待办 as installations before issue 21 saved it, without card variables
        Filter filter = filterService.createFilterQuery().filterName("本组待办").singleResult();
        Map<String, String> query = Map.copyOf(((TaskQueryImpl) filterService.getFilter(filter.getId()).getQuery()).getExpressions());
        filterService.saveFilter(filter.setProperties(Map.of("description", "我所在审核组的待认领和已认领任务", "priority", -10)));
        assertThat(cardVariables(filterService.getFilter(filter.getId()))).isEmpty();

        // when: the application starts again
        identitySetup.setUp();

        // then: one filter of that name, with the cards' variables, the same query
        List<Filter> after = filterService.createFilterQuery().filterName("本组待办").list();
        assertThat(after).hasSize(1);
        assertThat(after.get(0).getId()).isEqualTo(filter.getId());
        assertThat(cardVariables(after.get(0))).contains("cardApplicationNo", "cardOrgName");
        assertThat(after.get(0).getProperties()).containsEntry("priority", -10).containsEntry("autoRefresh", true);
        assertThat(((TaskQueryImpl) after.get(0).getQuery()).getExpressions()).isEqualTo(query).isNotEmpty();
    }

    @Test
    void unitNameOnTheCardIsSetAtSubmissionAndFollowsACorrection() {
        // given
        ObjectNode json = Applicants.enterprise(callId);
        String no = driver.submit(json).applicationNo();
        String instanceId = driver.process(no).getId();
        assertThat(AwardApplicationVariables.of(runtimeService.getVariables(instanceId)).shownOrgName())
                .isEqualTo(json.get("orgName").asText());
        driver.complete(no, "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", true, "comment", "单位名称有误，请更正"));

        // when
        json.put("orgName", "重庆更正后名称科技有限公司");
        corrections.correct(applications.get(no), json);

        // then
        var variables = AwardApplicationVariables.of(runtimeService.getVariables(instanceId));
        assertThat(variables.shownOrgName()).isEqualTo("重庆更正后名称科技有限公司");
        assertThat(variables.shownApplicationNo()).isEqualTo(no);
        // and the next review task carries its card's copies, where a reviewer may read them
        String taskId = driver.task(no, "DistrictReview").getId();
        assertThat(taskService.getVariablesLocal(taskId))
                .containsEntry("cardApplicationNo", no)
                .containsEntry("cardOrgName", "重庆更正后名称科技有限公司")
                .doesNotContainKeys("applicationNo", "orgName");
    }

    @SuppressWarnings("unchecked")
    private static List<String> cardVariables(Filter filter) {
        Object variables = filter.getProperties() == null ? null : filter.getProperties().get("variables");
        return variables == null ? List.of() : ((List<Map<String, Object>>) variables).stream().map(v -> (String) v.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(Filter filter) {
        return ((List<Map<String, Object>>) filter.getProperties().get("variables")).stream().map(v -> (String) v.get("label")).toList();
    }
}
