package cn.guanbiao.spotcheck;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import cn.guanbiao.support.AwardDriver;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Starts campaigns as the administrator and completes inspections as the drawn inspectors, jobs run by hand. */
@Component
class SpotCheckDriver {

    private final SpotCheckCampaigns campaigns;
    private final SpotCheckRecords records;
    private final AwardDriver driver;
    private final TaskService taskService;

    SpotCheckDriver(SpotCheckCampaigns campaigns, SpotCheckRecords records, AwardDriver driver, TaskService taskService) {
        this.campaigns = campaigns;
        this.records = records;
        this.driver = driver;
        this.taskService = taskService;
    }

    /** Starts a campaign over the paid awards of {@code callId} and runs it up to the inspections. */
    String start(String callId, String rate, Integer inspectorsPerUnit, Long seed) {
        AtomicReference<String> campaignNo = new AtomicReference<>();
        driver.as("admin", () -> campaignNo.set(campaigns.start(
                new SpotCheckDrawing.Request(rate == null ? null : new BigDecimal(rate), inspectorsPerUnit, seed, callId))));
        driver.runJobs(processInstanceId(campaignNo.get()));
        return campaignNo.get();
    }

    String processInstanceId(String campaignNo) {
        return records.campaign(campaignNo).orElseThrow().processInstanceId();
    }

    /** The campaign's process instance, running or ended (camunda-bpm-assert reads history for ended ones). */
    ProcessInstance process(String campaignNo) {
        ExecutionEntity instance = new ExecutionEntity();
        instance.setId(processInstanceId(campaignNo));
        instance.setProcessInstanceId(processInstanceId(campaignNo));
        return instance;
    }

    /** The open inspection of one drawn unit. */
    Task inspection(String campaignNo, String applicationNo) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId(campaignNo))
                .taskDefinitionKey("SpotCheckInspection").list().stream()
                .filter(task -> applicationNo.equals(SpotCheckVariables.of(taskService.getVariables(task.getId())).applicationNo()))
                .findFirst().orElseThrow(() -> new AssertionError("No open inspection of " + applicationNo + " in " + campaignNo));
    }

    SpotCheckRecords records() {
        return records;
    }

    List<String> inspectors(String campaignNo, String applicationNo) {
        return records.inspectors(campaignNo, applicationNo);
    }

    /** Completes the unit's inspection as {@code user}, then runs what follows. */
    void inspect(String campaignNo, String applicationNo, String user, Map<String, Object> form) {
        Task task = inspection(campaignNo, applicationNo);
        driver.as(user, () -> taskService.complete(task.getId(), form));
        driver.runJobs(processInstanceId(campaignNo));
    }

    /** As the first inspector drawn for the unit. */
    void inspect(String campaignNo, String applicationNo, Map<String, Object> form) {
        inspect(campaignNo, applicationNo, inspectors(campaignNo, applicationNo).get(0), form);
    }

    /** What the form submits: every checklist item ticked except {@code unmet}, the conclusion and the findings. */
    static Map<String, Object> checklist(SpotCheckConclusion conclusion, String findings, InspectionChecklist.Item... unmet) {
        Map<String, Object> form = new HashMap<>();
        List<InspectionChecklist.Item> notMet = Arrays.asList(unmet);
        for (InspectionChecklist.Item item : InspectionChecklist.Item.values()) {
            form.put(item.key(), !notMet.contains(item));
        }
        form.put(InspectionChecklist.CONCLUSION, conclusion.name());
        form.put(InspectionChecklist.FINDINGS, findings);
        return form;
    }
}
