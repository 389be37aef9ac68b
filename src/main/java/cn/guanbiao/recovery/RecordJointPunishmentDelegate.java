package cn.guanbiao.recovery;

import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.credit.CreditListType;
import cn.guanbiao.credit.CreditRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 情节严重: the unit goes on the joint-punishment list, so the credit check rejects its next application (R5, R7). */
@Component("recordJointPunishment")
class RecordJointPunishmentDelegate implements JavaDelegate {

    private final CreditRecords creditRecords;

    RecordJointPunishmentDelegate(CreditRecords creditRecords) {
        this.creditRecords = creditRecords;
    }

    @Override
    public void execute(DelegateExecution execution) {
        creditRecords.addIfAbsent(RecoveryVariables.of(execution).creditCode(), CreditListType.JOINT_PUNISHMENT,
                "骗取贯标认证奖励，追回资金（" + ProcessVariables.applicationNo(execution) + "）");
    }
}
