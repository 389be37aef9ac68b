package cn.guanbiao.award;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the R4 arithmetic needs about one application and the unit's history.
 *
 * @param policyCap             cap of this programme per unit, from the policy table (≥ 0)
 * @param paidByProgramme       everything this system has ever paid this unit (ledger payments, ≥ 0; a recovery
 *                              does not give the unit its "once" back)
 * @param fees                  the fees listed in THIS application
 * @param earlierPaidFees       fees of the unit's earlier applications that were paid (its consumed invoices)
 * @param earlierClaims         invoiceNo → applicationNo for every earlier claim by this unit (any outcome)
 * @param notTheUnits           invoice key ({@code InvoiceKeys}) → why it does not count for this unit: another unit
 *                              claims it too (disputed), or holds it
 * @param declaredPriorAwards   every award from any level the unit ever declared, each once
 * @param capUsingDeclared      of those, what uses up this programme's cap as a payment would (≥ 0)
 */
public record AwardInput(
        BigDecimal policyCap,
        BigDecimal paidByProgramme,
        List<ClaimedFee> fees,
        List<ClaimedFee> earlierPaidFees,
        Map<String, String> earlierClaims,
        Map<String, String> notTheUnits,
        List<BigDecimal> declaredPriorAwards,
        BigDecimal capUsingDeclared) {

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
        notTheUnits = notTheUnits == null ? Map.of() : Map.copyOf(notTheUnits);
        capUsingDeclared = capUsingDeclared == null ? BigDecimal.ZERO : capUsingDeclared;
        if (capUsingDeclared.signum() < 0) {
            throw new IllegalArgumentException("capUsingDeclared must not be negative: " + capUsingDeclared);
        }
        declaredPriorAwards = declaredPriorAwards == null ? List.of() : List.copyOf(declaredPriorAwards);
        for (BigDecimal award : declaredPriorAwards) {
            if (award.signum() < 0) {
                throw new IllegalArgumentException("a declared prior award must not be negative: " + award);
            }
        }
    }
}
