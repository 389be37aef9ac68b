package cn.guanbiao.complaint;

import java.util.Map;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Complaints to send and awards to complain about: a paid award walks the whole application process. */
@Component
class ComplaintFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AwardDriver driver;
    private final HistoryService historyService;

    ComplaintFixtures(AwardDriver driver, HistoryService historyService) {
        this.driver = driver;
        this.historyService = historyService;
    }

    /** A new unit's application, reviewed, in notice, released and paid (25,000 yuan). */
    String paidAward() {
        String callId = driver.openCall("1000000").callId();
        String applicationNo = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.passReviews(applicationNo);
        driver.decideCall(callId);
        driver.fireTimer(driver.process(applicationNo).getId(), "Event_NoticePeriodOver");
        driver.complete(applicationNo, "FundReleaseApproval", "finance", Map.of("approved", true, "comment", "同意拨付"));
        return applicationNo;
    }

    static ObjectNode aboutAward(String applicationNo) {
        ObjectNode json = JSON.createObjectNode();
        json.put("subject", "AWARD");
        json.put("applicationNo", applicationNo);
        json.put("content", "该单位的认证审核未到现场，审核记录系咨询机构代写。\n证据：审核日当天该单位停工。");
        json.put("contactName", "李四");
        json.put("contactEmail", "complainant-" + System.nanoTime() + "@example.com");
        json.put("contactPhone", "13900000000");
        return json;
    }

    /** Anonymous: no contact at all. */
    static ObjectNode aboutBody(String certificationBody) {
        ObjectNode json = JSON.createObjectNode();
        json.put("subject", "CERTIFICATION_BODY");
        json.put("certificationBody", certificationBody);
        json.put("content", "该认证机构既为企业提供贯标辅导，又为同一企业出具认证证书，并按奖励金额收取返点。");
        return json;
    }

    /** The complaint's process instance, running or ended (camunda-bpm-assert reads history for ended ones). */
    ProcessInstance process(String referenceNo) {
        String id = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(referenceNo)
                .processDefinitionKey(ComplaintVariables.PROCESS_KEY).singleResult().getId();
        ExecutionEntity instance = new ExecutionEntity();
        instance.setId(id);
        instance.setProcessInstanceId(id);
        return instance;
    }
}
