package cn.guanbiao.pilot;

import cn.guanbiao.platform.CommonVariables;
import java.util.ArrayList;
import java.util.List;

import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.reference.Districts;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a year's batch (市知识产权局 and 市经济信息委 together, 003_… 三(二)) for one district or for every district
 * with eligible enterprises: one {@code pilot-batch} process each, with the year's deadline. All or nothing.
 */
@Service
public class PilotBatchOpening {

    public record Opened(String batchNo, String districtCode, String processInstanceId) {
    }

    /** A district left out of an opening for all districts, and why. */
    public record Skipped(String districtCode, String reason) {
    }

    public record Result(List<Opened> opened, List<Skipped> skipped) {
    }

    private final PilotBatches batches;
    private final PilotEnterprises enterprises;
    private final PilotYears years;
    private final Districts districts;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    PilotBatchOpening(PilotBatches batches, PilotEnterprises enterprises, PilotYears years, Districts districts,
            RuntimeService runtimeService, IdentityService identityService) {
        this.batches = batches;
        this.enterprises = enterprises;
        this.years = years;
        this.districts = districts;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    /**
     * {@code districtCode} null: every district that has eligible enterprises and no batch of the year yet, except those
     * whose earlier list is still undecided (skipped, with the reason). One district: refused (400) for those reasons.
     */
    @Transactional
    public Result open(int year, String districtCode) {
        if (!years.isPilotYear(year)) {
            throw new InvalidInputException("year", "试点年度须为 " + years.firstYear() + " 至 " + years.lastYear() + " 年");
        }
        List<String> codes = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        if (districtCode != null) {
            if (!districts.exists(districtCode)) {
                throw new InvalidInputException("districtCode", "未知的区县行政区划代码");
            }
            List<FieldError> errors = problems(year, districtCode);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            codes.add(districtCode);
        } else {
            enterprises.all().stream().map(PilotEnterprises.PilotEnterprise::districtCode).distinct().forEach(code -> {
                List<FieldError> errors = problems(year, code);
                if (errors.isEmpty()) {
                    codes.add(code);
                } else if (batches.find(PilotBatches.batchNo(year, code)).isEmpty()) {
                    skipped.add(new Skipped(code, errors.get(0).message()));
                }
            });
        }
        List<Opened> opened = new ArrayList<>();
        for (String code : codes) {
            opened.add(start(year, code));
        }
        return new Result(opened, skipped);
    }

    private List<FieldError> problems(int year, String districtCode) {
        List<FieldError> errors = new ArrayList<>();
        if (batches.find(PilotBatches.batchNo(year, districtCode)).isPresent()) {
            errors.add(new FieldError("year", districtCode + " 的 " + year + " 年试点批次已开启"));
        }
        batches.undecided(districtCode).stream().filter(b -> b.pilotYear() < year).findFirst().ifPresent(b -> errors.add(
                new FieldError("districtCode", districtCode + " 的 " + b.pilotYear() + " 年试点名单尚未审定（" + b.batchNo() + "）")));
        return errors;
    }

    private Opened start(int year, String districtCode) {
        String batchNo = PilotBatches.batchNo(year, districtCode);
        Authentication who = identityService.getCurrentAuthentication();
        batches.open(batchNo, year, districtCode, years.deadline(year), who == null ? null : who.getUserId());
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PilotVariables.BATCH_PROCESS, batchNo,
                Variables.createVariables()
                        .putValue(PilotVariables.BATCH_NO, batchNo)
                        .putValue(PilotVariables.PILOT_YEAR, year)
                        .putValue(CommonVariables.DISTRICT_CODE, districtCode)
                        .putValue(PilotVariables.DEADLINE, years.overdueAt(year))
                        .putValue(PilotVariables.REMINDER_AT, years.reminderAt(year)));
        batches.processStarted(batchNo, instance.getId());
        return new Opened(batchNo, districtCode, instance.getId());
    }
}
