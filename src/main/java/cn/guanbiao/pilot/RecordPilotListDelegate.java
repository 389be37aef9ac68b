package cn.guanbiao.pilot;

import cn.guanbiao.platform.CommonVariables;
import java.util.List;

import cn.guanbiao.notification.PilotMail;
import cn.guanbiao.pilot.PilotEnterprises.PilotEnterprise;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 登记试点名单: both approved. The enterprises on the list are piloted in the batch's year, keep the contact person the
 * district named, and each starts its own {@code pilot-participation}; its contact person is told by e-mail. Runs as its own job (asyncBefore); run again, it
 * starts nobody twice.
 */
@Component("recordPilotList")
class RecordPilotListDelegate implements JavaDelegate {

    private final PilotBatches batches;
    private final PilotEnterprises enterprises;
    private final PilotParticipations participations;
    private final RuntimeService runtimeService;
    private final PilotMails mails;

    RecordPilotListDelegate(PilotBatches batches, PilotEnterprises enterprises, PilotParticipations participations,
            RuntimeService runtimeService, PilotMails mails) {
        this.mails = mails;
        this.batches = batches;
        this.enterprises = enterprises;
        this.participations = participations;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = PilotBatchVariables.of(execution);
        String batchNo = variables.batchNo();
        int year = variables.pilotYear();
        List<PilotBatches.Entry> selected = batches.selected(batchNo);
        enterprises.markPiloted(selected.stream().map(PilotBatches.Entry::creditCode).toList(), year);
        for (PilotBatches.Entry entry : selected) {
            enterprises.updateContact(entry.creditCode(), entry.contactName(), entry.contactPhone(), entry.contactEmail());
            if (participations.begin(entry.creditCode(), batchNo, year)) {
                PilotEnterprise enterprise = enterprises.find(entry.creditCode()).orElseThrow();
                String id = runtimeService.startProcessInstanceByKey(PilotVariables.PARTICIPATION_PROCESS,
                        PilotParticipations.businessKey(year, entry.creditCode()), Variables.createVariables()
                                .putValue(CommonVariables.CREDIT_CODE, entry.creditCode())
                                .putValue(CommonVariables.ORG_NAME, enterprise.name())
                                .putValue(CommonVariables.DISTRICT_CODE, enterprise.districtCode())
                                .putValue(PilotVariables.PILOT_YEAR, year)
                                .putValue(PilotVariables.BATCH_NO, batchNo)).getId();
                participations.processStarted(entry.creditCode(), id);
                mails.send(PilotMail.Kind.PILOTED, PilotParticipations.businessKey(year, entry.creditCode()), entry.creditCode(),
                        year, null);
            }
        }
        batches.approved(batchNo);
    }
}
