package cn.guanbiao.pilot;

import java.util.List;

import cn.guanbiao.pilot.PilotEnterprises.PilotEnterprise;
import cn.guanbiao.platform.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 测算应选数量: the district's share of the year ({@link PilotShare}) as the proposal the district starts from. */
@Component("proposePilotShare")
class ProposePilotShareDelegate implements JavaDelegate {

    private final PilotEnterprises enterprises;
    private final PilotBatches batches;
    private final PilotYears years;
    private final JsonVariables json;

    ProposePilotShareDelegate(PilotEnterprises enterprises, PilotBatches batches, PilotYears years, JsonVariables json) {
        this.enterprises = enterprises;
        this.batches = batches;
        this.years = years;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = PilotBatchVariables.of(execution);
        String batchNo = variables.batchNo();
        String districtCode = variables.districtCode();
        int year = variables.pilotYear();
        List<PilotEnterprise> district = enterprises.ofDistrict(districtCode);
        List<String> proposed = PilotShare.propose(years.batchNumber(year), years.batches(), district).stream()
                .map(PilotEnterprise::creditCode).toList();
        List<String> selectable = district.stream().filter(e -> !e.piloted()).sorted(PilotShare.PROPOSAL_ORDER)
                .map(PilotEnterprise::creditCode).toList();
        batches.propose(batchNo, district.size(), proposed, selectable);
        variables.proposed(!selectable.isEmpty(), json.of(proposed));
    }
}
