package cn.guanbiao.review;

import cn.guanbiao.application.AwardApplicationVariables;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.StatusChanges;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("checkQualification")
class CheckQualificationDelegate implements JavaDelegate {

    private final Applications applications;
    private final QualificationCheck check;
    private final StatusChanges statusChanges;

    CheckQualificationDelegate(Applications applications, QualificationCheck check, StatusChanges statusChanges) {
        this.applications = applications;
        this.check = check;
        this.statusChanges = statusChanges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        QualificationCheck.Result result = check.check(applications.get(applicationNo));
        var variables = AwardApplicationVariables.of(execution);
        variables.setQualified(result.qualified());
        if (result.qualified()) {
            statusChanges.change(execution, ApplicationStatus.IN_REVIEW, "资格预审通过，进入审核", null);
        } else {
            variables.setRejectionReason("资格预审未通过：" + result.reason());
        }
    }
}
