package cn.guanbiao.applicant;

import cn.guanbiao.application.AuditStage;
import cn.guanbiao.application.Application;
import cn.guanbiao.application.FeeKind;
import cn.guanbiao.application.ApplicationStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.guanbiao.award.AwardAssessment;
import cn.guanbiao.award.AwardComputation;
import cn.guanbiao.award.FeeLine;
import cn.guanbiao.award.Money;
import cn.guanbiao.account.Ledger;
import org.springframework.stereotype.Service;

/**
 * How the applicant's award was computed (R4), for the status page: the amount, the arithmetic step by step and
 * every fee, counted or not and why. Only once an amount was fixed (from {@code AWAITING_DECISION} on), so that
 * following an application under review costs nothing.
 * <p>
 * Before the payment this is {@link AwardAssessment} as it stands. Once paid, the account holds this payment
 * too, which the award must not be measured against: then the unit's account is taken as it was before it.
 */
@Service
public class AwardExplanations {

    public record AwardView(BigDecimal amount, List<String> steps, List<FeeView> fees) {
    }

    public record FeeView(String invoiceNo, BigDecimal amount, boolean counted, String reason, String source, int cycle,
            AuditStage stage, String stageLabel, FeeKind kind, String kindLabel) {

        static FeeView of(FeeLine line) {
            return new FeeView(line.invoiceNo(), line.amount(), line.counted(), line.reason(), line.source(),
                    line.cycle(), line.stage(), line.stage() == null ? null : line.stage().label(), line.kind(),
                    line.kind().label());
        }
    }

    private final AwardAssessment assessment;
    private final Ledger ledger;

    public AwardExplanations(AwardAssessment assessment, Ledger ledger) {
        this.assessment = assessment;
        this.ledger = ledger;
    }

    public Optional<AwardView> of(Application application) {
        if (application.awardAmount() == null || ApplicationStatus.UNDER_REVIEW.contains(application.status())) {
            return Optional.empty();
        }
        AwardComputation computation = ledger.payment(application.applicationNo())
                .map(payment -> assessment.assess(application, payment.bookedAt()).computation())
                .orElseGet(() -> assessment.assess(application).computation());
        List<String> steps = new ArrayList<>(computation.steps());
        if (computation.amount().compareTo(application.awardAmount()) != 0) {
            steps.add("核定的奖励金额为 " + Money.yuan(application.awardAmount())
                    + "；此后奖励政策或相关数据有变化，以上是按现有数据的复算，以核定金额为准");
        }
        return Optional.of(new AwardView(application.awardAmount(), steps,
                computation.lines().stream().map(FeeView::of).toList()));
    }
}
