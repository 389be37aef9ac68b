package cn.guanbiao.award;

import cn.guanbiao.application.AwardApplicationVariables;
import cn.guanbiao.application.Application;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.StatusChanges;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R4: computes the award; a positive one waits for the call's decision, none ends the application. */
@Component("computeAward")
class ComputeAwardDelegate implements JavaDelegate {

    private final Applications applications;
    private final AwardAssessment assessment;
    private final StatusChanges statusChanges;

    ComputeAwardDelegate(Applications applications, AwardAssessment assessment, StatusChanges statusChanges) {
        this.applications = applications;
        this.assessment = assessment;
        this.statusChanges = statusChanges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        Application application = applications.get(applicationNo);
        AwardComputation award = assessment.assess(application).computation();
        var variables = AwardApplicationVariables.of(execution);
        variables.setAwardPositive(award.positive());
        if (award.positive()) {
            applications.updateAwardAmount(applicationNo, award.amount());
            variables.setAwardAmount(award.amount());
            statusChanges.change(execution, ApplicationStatus.AWAITING_DECISION,
                    "核定拟奖励金额 " + Money.yuan(award.amount()) + "，等待本批次奖励名单审定", null);
        } else {
            variables.setRejectionReason("不超额奖励：" + award.conclusion());
        }
    }
}
