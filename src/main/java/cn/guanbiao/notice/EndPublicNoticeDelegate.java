package cn.guanbiao.notice;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.StatusChanges;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("endPublicNotice")
class EndPublicNoticeDelegate implements JavaDelegate {

    private final PublicNotices notices;
    private final StatusChanges statusChanges;

    EndPublicNoticeDelegate(PublicNotices notices, StatusChanges statusChanges) {
        this.notices = notices;
        this.statusChanges = statusChanges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.end(ProcessVariables.applicationNo(execution));
        statusChanges.change(execution, ApplicationStatus.APPROVED_FOR_PAYMENT, "公示期满无异议（或异议不成立），待拨付", null);
    }
}
