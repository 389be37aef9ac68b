package cn.guanbiao.award;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guanbiao.account.DeclaredAwards;
import cn.guanbiao.account.InvoiceRegister;
import cn.guanbiao.application.Application;
import cn.guanbiao.application.ApplicationForm;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.HonourLevel;
import cn.guanbiao.account.Ledger;
import org.springframework.stereotype.Service;

/**
 * Computes an application's award (R4) from the unit's award account, never from the current form alone: every invoice
 * the unit ever proved (and whether it counts for the unit, {@link InvoiceRegister}), every award it ever declared
 * ({@link DeclaredAwards}), every payment of this programme ({@link Ledger}).
 */
@Service
public class AwardAssessment {

    public record Assessment(AwardPolicy.Decision policy, AwardComputation computation) {
    }

    private final AwardPolicy policy;
    private final DeclaredAwardCap declaredAwardCap;
    private final AwardCalculator calculator = new AwardCalculator();
    private final Applications applications;
    private final InvoiceRegister invoices;
    private final DeclaredAwards declaredAwards;
    private final Ledger ledger;

    public AwardAssessment(AwardPolicy policy, DeclaredAwardCap declaredAwardCap, Applications applications,
            InvoiceRegister invoices, DeclaredAwards declaredAwards, Ledger ledger) {
        this.policy = policy;
        this.declaredAwardCap = declaredAwardCap;
        this.applications = applications;
        this.invoices = invoices;
        this.declaredAwards = declaredAwards;
        this.ledger = ledger;
    }

    public Assessment assess(Application application) {
        return assess(application, null);
    }

    /**
     * As the account stood before {@code before} (null: now), the application's own payment aside: what the award of a
     * paid application was measured against.
     */
    public Assessment assess(Application application, LocalDateTime before) {
        ApplicationForm form = application.form();
        AwardPolicy.Decision decision = policy.decide(form.applicantType(), HonourLevel.highestOf(form.honours()));
        String applicationNo = application.applicationNo();

        Map<String, String> notTheUnits = new HashMap<>();
        List<ClaimedFee> earlierPaidFees = new ArrayList<>();
        for (InvoiceRegister.Holding holding : invoices.holdings(form.creditCode())) {
            switch (holding.standing()) {
                case DISPUTED -> notTheUnits.put(holding.invoiceKey(), AwardCalculator.DISPUTED);
                case OTHER_UNITS -> notTheUnits.put(holding.invoiceKey(), AwardCalculator.HELD_BY_OTHER_UNIT);
                case HELD -> { }
            }
            if (!holding.applicationNo().equals(applicationNo) && holding.state() == InvoiceRegister.ClaimState.CONSUMED
                    && (before == null || holding.claimedAt().isBefore(before))) {
                earlierPaidFees.add(new ClaimedFee(holding.invoiceNo(), holding.amount(), holding.cycle(), holding.stage(),
                        holding.kind()));
            }
        }
        Map<String, String> earlierClaims = new LinkedHashMap<>();
        for (Application earlier : applications.ofUnit(form.creditCode(), applicationNo)) {
            if (before == null || earlier.submittedAt().isBefore(application.submittedAt())) {
                earlier.form().certificationFees().forEach(fee -> earlierClaims.putIfAbsent(fee.invoiceNo(), earlier.applicationNo()));
            }
        }
        List<DeclaredAwards.Declared> declared = declaredAwards.of(form.creditCode()).stream()
                .filter(award -> before == null || award.declaredAt().isBefore(before)).toList();
        BigDecimal capUsing = declared.stream().filter(award -> declaredAwardCap.usesCap(award.level()))
                .map(DeclaredAwards.Declared::amount).reduce(BigDecimal.ZERO, BigDecimal::add);

        AwardInput input = new AwardInput(decision.cap(), ledger.paymentsTo(form.creditCode(), applicationNo, before),
                form.certificationFees().stream().map(AwardAssessment::claimed).toList(), earlierPaidFees, earlierClaims,
                notTheUnits, declared.stream().map(DeclaredAwards.Declared::amount).toList(), capUsing);
        return new Assessment(decision, calculator.compute(input));
    }

    /**
     * What of this programme's cap a unit has used up: everything it was ever paid, and the declared awards that count
     * as this programme's (R2: 3万元/家, once).
     */
    public CapUsed capUsed(String creditCode) {
        BigDecimal declared = declaredAwards.of(creditCode).stream().filter(award -> declaredAwardCap.usesCap(award.level()))
                .map(DeclaredAwards.Declared::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CapUsed(ledger.paymentsTo(creditCode, "", null), declared);
    }

    public record CapUsed(BigDecimal paid, BigDecimal declared) {

        public BigDecimal total() {
            return paid.add(declared);
        }
    }

    private static ClaimedFee claimed(ApplicationForm.Fee fee) {
        return new ClaimedFee(fee.invoiceNo(), fee.amount(), fee.cycle(), fee.stage(), fee.kind());
    }
}
