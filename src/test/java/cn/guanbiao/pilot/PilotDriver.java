package cn.guanbiao.pilot;

import cn.guanbiao.platform.CommonVariables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import cn.guanbiao.application.CreditCode;
import cn.guanbiao.pilot.PilotEnterprises.IpHonour;
import cn.guanbiao.pilot.PilotEnterprises.PilotEnterprise;
import cn.guanbiao.reference.CsvFile;
import cn.guanbiao.support.AwardDriver;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Drives the pilot in tests. Each test takes a district of its own ({@link #freshDistrict()}: the one-third arithmetic
 * counts a whole district, and the tests share one database), never one of the demo districts of
 * {@code config/reference/pilot-enterprises.csv}.
 */
@Component
public class PilotDriver {

    private static final Set<String> DEMO_DISTRICTS = CsvFile.read(Path.of("config/reference/pilot-enterprises.csv")).stream()
            .map(row -> row.get("districtCode")).collect(Collectors.toSet());
    private static final List<String> FREE_DISTRICTS = CsvFile.read(Path.of("config/reference/districts.csv")).stream()
            .map(row -> row.get("code")).filter(code -> !DEMO_DISTRICTS.contains(code)).toList();
    private static final AtomicInteger NEXT_DISTRICT = new AtomicInteger();
    private static final AtomicInteger NEXT_ENTERPRISE = new AtomicInteger();

    private final PilotEnterprises enterprises;
    private final PilotBatchOpening opening;
    private final AwardDriver driver;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    PilotDriver(PilotEnterprises enterprises, PilotBatchOpening opening, AwardDriver driver, RuntimeService runtimeService,
            TaskService taskService) {
        this.enterprises = enterprises;
        this.opening = opening;
        this.driver = driver;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    public static String freshDistrict() {
        int i = NEXT_DISTRICT.getAndIncrement();
        if (i >= FREE_DISTRICTS.size()) {
            throw new IllegalStateException("No district left for another pilot test");
        }
        return FREE_DISTRICTS.get(i);
    }

    public static String reviewerOf(String district) {
        return "reviewer-" + district;
    }

    /** {@code n} eligible enterprises not yet piloted in the district, each with a contact person. */
    public List<String> enterprises(String district, int n) {
        return enterprises(district, n, null);
    }

    public List<String> enterprises(String district, int n, Integer pilotYear) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = NEXT_ENTERPRISE.incrementAndGet();
            String code = CreditCode.withCheckCharacter("91" + district + "PT" + String.format("%07d", k));
            IpHonour honour = k % 3 == 0 ? null : k % 3 == 1 ? IpHonour.NATIONAL_ADVANTAGE : IpHonour.NATIONAL_DEMONSTRATION;
            enterprises.save(new PilotEnterprise(code, "重庆试点测试企业" + k + "有限公司", district, honour, honour == null || k % 2 == 0,
                    "联系人" + k, "1390000" + String.format("%04d", k % 10000), "pilot" + k + "@example.com", pilotYear));
            codes.add(code);
        }
        return codes;
    }

    public PilotBatchOpening.Opened open(int year, String district) {
        PilotBatchOpening.Opened opened = opening.open(year, district).opened().get(0);
        driver.runJobs(opened.processInstanceId());
        return opened;
    }

    public ProcessInstance instance(String batchNo) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(batchNo)
                .processDefinitionKey(PilotVariables.BATCH_PROCESS).singleResult();
    }

    public Task task(String businessKey, String taskKey) {
        return driver.task(businessKey, taskKey);
    }

    /** The district sends the list: the given credit codes, each with its contact line, and the reason (may be null). */
    public void select(String batchNo, String district, List<String> codes, String reason) {
        driver.complete(batchNo, "DistrictPilotSelection", reviewerOf(district), Map.of(
                PilotVariables.SELECTED, SpinValues.jsonValue(json(codes)).create(),
                PilotVariables.CONTACTS, codes.stream().map(c -> c + ",王联络,13912345678,liaison@example.com")
                        .collect(Collectors.joining("\n")),
                PilotVariables.ADJUSTMENT_REASON, reason == null ? "" : reason));
    }

    /** The district sends the proposal as it is. */
    public List<String> sendProposal(String batchNo, String district) {
        List<String> proposed = proposed(batchNo);
        select(batchNo, district, proposed, null);
        return proposed;
    }

    public List<String> proposed(String batchNo) {
        Object value = PilotBatchVariables.of(runtimeService.getVariables(instance(batchNo).getId())).selectedEntered();
        List<String> codes = new ArrayList<>();
        readJson(value).forEach(n -> codes.add(n.asText()));
        return codes;
    }

    public void decide(String batchNo, String taskKey, String decision, String comment) {
        String user = "MunicipalPilotApproval".equals(taskKey) ? "municipal" : "economy";
        driver.complete(batchNo, taskKey, user, Map.of(CommonVariables.DECISION, decision, CommonVariables.COMMENT, comment));
    }

    public void approveBoth(String batchNo) {
        decide(batchNo, "MunicipalPilotApproval", "APPROVE", "同意");
        decide(batchNo, "EconomyPilotApproval", "APPROVE", "同意");
    }

    /** A district whose {@code n} enterprises are on an approved list of the year: their participations' business keys. */
    public List<String> piloted(String district, int n, int year) {
        List<String> codes = enterprises(district, n);
        String batchNo = open(year, district).batchNo();
        select(batchNo, district, codes, codes.size() == proposed(batchNo).size() && proposed(batchNo).containsAll(codes)
                ? null : "测试：全部纳入");
        approveBoth(batchNo);
        return codes.stream().map(c -> PilotParticipations.businessKey(year, c)).toList();
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(value.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(List<String> codes) {
        return codes.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
