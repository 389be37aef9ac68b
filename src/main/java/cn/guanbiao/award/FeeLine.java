package cn.guanbiao.award;

import cn.guanbiao.application.AuditStage;
import cn.guanbiao.application.FeeKind;

import java.math.BigDecimal;

/**
 * One fee as the reviewer sees it in the award computation: whether it counts towards the fees (R4) and why.
 *
 * @param reason Chinese, why it is counted or not
 * @param source {@value AwardCalculator#THIS_APPLICATION} or "申请 X（已奖励）"
 */
public record FeeLine(String invoiceNo, BigDecimal amount, int cycle, AuditStage stage, FeeKind kind,
                      boolean counted, String reason, String source) {
}
