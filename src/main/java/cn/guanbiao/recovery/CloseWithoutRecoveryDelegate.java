package cn.guanbiao.recovery;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.StatusChanges;
import cn.guanbiao.application.StatusMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 不予追回结案: a unit a spot check put under 抽查中 goes back to 已拨付 and is told why; one that never learnt of
 * the suspicion (a complaint) is left as it is.
 */
@Component("closeWithoutRecovery")
class CloseWithoutRecoveryDelegate implements JavaDelegate {

    private final Applications applications;
    private final StatusChanges statusChanges;

    CloseWithoutRecoveryDelegate(Applications applications, StatusChanges statusChanges) {
        this.applications = applications;
        this.statusChanges = statusChanges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        if (applications.get(applicationNo).status() == ApplicationStatus.UNDER_SPOT_CHECK) {
            var variables = RecoveryVariables.of(execution);
            statusChanges.changeOnOccasion(applicationNo, ApplicationStatus.PAID, variables.decidedBy(), variables.comment(),
                    StatusMail.Occasion.RECOVERY_DROPPED);
        }
    }
}
