package cn.guanbiao.award;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.Application;
import cn.guanbiao.application.ApplicationForm;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.HonourLevel;
import cn.guanbiao.payment.Ledger;
import org.springframework.stereotype.Service;

/** Gathers what R4 needs about a unit from the ledger and its earlier applications, and computes the award. */
@Service
public class AwardAssessment {

    public record Assessment(AwardPolicy.Decision policy, AwardComputation computation) {
    }

    private final AwardPolicy policy;
    private final AwardCalculator calculator = new AwardCalculator();
    private final Applications applications;
    private final Ledger ledger;

    public AwardAssessment(AwardPolicy policy, Applications applications, Ledger ledger) {
        this.policy = policy;
        this.applications = applications;
        this.ledger = ledger;
    }

    public Assessment assess(Application application) {
        ApplicationForm form = application.form();
        AwardPolicy.Decision decision = policy.decide(form.applicantType(), HonourLevel.highestOf(form.honours()));
        List<String> paidApplications = ledger.paidApplicationsOf(form.creditCode());
        List<ClaimedFee> earlierPaidFees = new ArrayList<>();
        Map<String, String> earlierClaims = new LinkedHashMap<>();
        for (Application earlier : applications.ofUnit(form.creditCode(), application.applicationNo())) {
            for (ApplicationForm.Fee fee : earlier.form().certificationFees()) {
                earlierClaims.putIfAbsent(fee.invoiceNo(), earlier.applicationNo());
                if (paidApplications.contains(earlier.applicationNo())) {
                    earlierPaidFees.add(claimed(fee));
                }
            }
        }
        List<String> invoices = form.certificationFees().stream().map(ApplicationForm.Fee::invoiceNo).toList();
        AwardInput input = new AwardInput(decision.cap(), ledger.paidTo(form.creditCode()),
                form.certificationFees().stream().map(AwardAssessment::claimed).toList(), earlierPaidFees, earlierClaims,
                new HashSet<>(applications.invoicesClaimedByOthers(form.creditCode(), invoices)),
                form.priorAwards().stream().map(ApplicationForm.PriorAward::amount).toList());
        return new Assessment(decision, calculator.compute(input));
    }

    private static ClaimedFee claimed(ApplicationForm.Fee fee) {
        return new ClaimedFee(fee.invoiceNo(), fee.amount(), fee.cycle(), fee.stage(), fee.kind());
    }
}
