package cn.guanbiao.award;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the R4 arithmetic needs about one application and the unit's history.
 *
 * @param policyCap             cap of this programme per unit, from the policy table (≥ 0)
 * @param paidByProgramme       everything this system has already paid this unit (ledger, ≥ 0)
 * @param fees                  the fees listed in THIS application
 * @param earlierPaidFees       fees listed in the unit's earlier applications that were paid
 * @param earlierClaims         invoiceNo → applicationNo for every earlier claim by this unit (any outcome)
 * @param invoicesOfOtherUnits  invoice numbers that other units have claimed
 * @param declaredPriorAwards   awards from any level that the applicant declares in this application
 */
public record AwardInput(
        BigDecimal policyCap,
        BigDecimal paidByProgramme,
        List<ClaimedFee> fees,
        List<ClaimedFee> earlierPaidFees,
        Map<String, String> earlierClaims,
        Set<String> invoicesOfOtherUnits,
        List<BigDecimal> declaredPriorAwards) {

    public AwardInput {
        Objects.requireNonNull(policyCap, "policyCap");
        Objects.requireNonNull(paidByProgramme, "paidByProgramme");
        if (policyCap.signum() < 0) {
            throw new IllegalArgumentException("policyCap must not be negative: " + policyCap);
        }
        if (paidByProgramme.signum() < 0) {
            throw new IllegalArgumentException("paidByProgramme must not be negative: " + paidByProgramme);
        }
        fees = fees == null ? List.of() : List.copyOf(fees);
        earlierPaidFees = earlierPaidFees == null ? List.of() : List.copyOf(earlierPaidFees);
        earlierClaims = earlierClaims == null ? Map.of() : Map.copyOf(earlierClaims);
        invoicesOfOtherUnits = invoicesOfOtherUnits == null ? Set.of() : Set.copyOf(invoicesOfOtherUnits);
        declaredPriorAwards = declaredPriorAwards == null ? List.of() : List.copyOf(declaredPriorAwards);
        for (BigDecimal award : declaredPriorAwards) {
            if (award.signum() < 0) {
                throw new IllegalArgumentException("a declared prior award must not be negative: " + award);
            }
        }
    }
}
