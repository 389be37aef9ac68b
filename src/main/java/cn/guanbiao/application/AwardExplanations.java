package cn.guanbiao.application;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.guanbiao.award.AwardAssessment;
import cn.guanbiao.award.AwardCalculator;
import cn.guanbiao.award.AwardComputation;
import cn.guanbiao.award.AwardInput;
import cn.guanbiao.award.AwardPolicy;
import cn.guanbiao.award.ClaimedFee;
import cn.guanbiao.award.FeeLine;
import cn.guanbiao.award.Money;
import cn.guanbiao.payment.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How the applicant's award was computed (R4), for the status page: the amount, the arithmetic step by step and
 * every fee, counted or not and why. Only once an amount was fixed (from {@code AWAITING_DECISION} on), so that
 * following an application under review costs nothing.
 * <p>
 * Before the payment this is {@link AwardAssessment} as it stands. Once paid, the ledger holds this payment
 * too, which the award must not be measured against: then the unit's history is taken as it was before it.
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
    private final AwardPolicy policy;
    private final Applications applications;
    private final Ledger ledger;
    private final JdbcClient jdbc;
    private final AwardCalculator calculator = new AwardCalculator();

    public AwardExplanations(AwardAssessment assessment, AwardPolicy policy, Applications applications, Ledger ledger,
            JdbcClient jdbc) {
        this.assessment = assessment;
        this.policy = policy;
        this.applications = applications;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    public Optional<AwardView> of(Application application) {
        if (application.awardAmount() == null || ApplicationStatus.UNDER_REVIEW.contains(application.status())) {
            return Optional.empty();
        }
        AwardComputation computation = ledger.payment(application.applicationNo())
                .map(payment -> asBefore(application, payment.bookedAt()))
                .orElseGet(() -> assessment.assess(application).computation());
        List<String> steps = new ArrayList<>(computation.steps());
        if (computation.amount().compareTo(application.awardAmount()) != 0) {
            steps.add("核定的奖励金额为 " + Money.yuan(application.awardAmount())
                    + "；此后奖励政策或相关数据有变化，以上是按现有数据的复算，以核定金额为准");
        }
        return Optional.of(new AwardView(application.awardAmount(), steps,
                computation.lines().stream().map(FeeView::of).toList()));
    }

    /** R4 with what the unit had received and claimed before this application's own payment was booked. */
    private AwardComputation asBefore(Application application, LocalDateTime paidAt) {
        ApplicationForm form = application.form();
        AwardPolicy.Decision decision = policy.decide(form.applicantType(), HonourLevel.highestOf(form.honours()));
        List<LedgerRow> earlierLedger = jdbc.sql("SELECT application_no, kind, amount FROM ledger_entry "
                        + "WHERE credit_code = ? AND application_no <> ? AND booked_at < ?")
                .params(form.creditCode(), application.applicationNo(), paidAt).query(LedgerRow.class).list();
        BigDecimal paidBefore = earlierLedger.stream()
                .map(row -> "PAYMENT".equals(row.kind()) ? row.amount() : row.amount().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add).max(BigDecimal.ZERO);
        List<String> paidApplications = earlierLedger.stream().filter(row -> "PAYMENT".equals(row.kind()))
                .map(LedgerRow::applicationNo).toList();
        List<ClaimedFee> earlierPaidFees = new ArrayList<>();
        Map<String, String> earlierClaims = new LinkedHashMap<>();
        for (Application earlier : applications.ofUnit(form.creditCode(), application.applicationNo())) {
            if (!earlier.submittedAt().isBefore(application.submittedAt())) {
                continue;
            }
            for (ApplicationForm.Fee fee : earlier.form().certificationFees()) {
                earlierClaims.putIfAbsent(fee.invoiceNo(), earlier.applicationNo());
                if (paidApplications.contains(earlier.applicationNo())) {
                    earlierPaidFees.add(claimed(fee));
                }
            }
        }
        List<String> invoices = form.certificationFees().stream().map(ApplicationForm.Fee::invoiceNo).toList();
        return calculator.compute(new AwardInput(decision.cap(), paidBefore,
                form.certificationFees().stream().map(AwardExplanations::claimed).toList(), earlierPaidFees,
                earlierClaims, new HashSet<>(applications.invoicesClaimedByOthers(form.creditCode(), invoices)),
                form.priorAwards().stream().map(ApplicationForm.PriorAward::amount).toList()));
    }

    private static ClaimedFee claimed(ApplicationForm.Fee fee) {
        return new ClaimedFee(fee.invoiceNo(), fee.amount(), fee.cycle(), fee.stage(), fee.kind());
    }

    private record LedgerRow(String applicationNo, String kind, BigDecimal amount) {
    }
}
