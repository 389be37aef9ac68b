package cn.guanbiao.call;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.StatusChanges;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("markNotFunded")
class MarkNotFundedDelegate implements JavaDelegate {

    private final StatusChanges statusChanges;

    MarkNotFundedDelegate(StatusChanges statusChanges) {
        this.statusChanges = statusChanges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        statusChanges.change(execution, ApplicationStatus.NOT_FUNDED,
                "本批次预算已按择优顺序用完，未能列入奖励名单，可在下一批次再次申报", null);
    }
}
