package cn.guanbiao.award;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of the R4 arithmetic with everything a reviewer needs to check it.
 *
 * @param amount          the award: min(capRemaining, feeRoom) rounded down to the fen, never below 0.00
 * @param capRemaining    policyCap − paidByProgramme (may be ≤ 0)
 * @param countableFees   first-cycle certification fees, each invoice once
 * @param awardsReceived  declared prior awards + paidByProgramme
 * @param feeRoom         countableFees − awardsReceived (may be ≤ 0)
 * @param lines           every fee of this application and every earlier paid fee, counted or not and why
 * @param flags           what the reviewer must look at (invoices claimed twice or by other units)
 * @param steps           the arithmetic in short Chinese sentences, the last one the conclusion
 */
public record AwardComputation(BigDecimal amount, BigDecimal policyCap, BigDecimal paidByProgramme,
                               BigDecimal capRemaining, BigDecimal countableFees, BigDecimal awardsReceived,
                               BigDecimal feeRoom, List<FeeLine> lines, List<String> flags, List<String> steps) {

    public AwardComputation {
        lines = List.copyOf(lines);
        flags = List.copyOf(flags);
        steps = List.copyOf(steps);
    }

    /** Whether there is anything to award at all. */
    public boolean positive() {
        return amount.signum() > 0;
    }

    /** The last step: the award and, when it is nothing, why. */
    public String conclusion() {
        return steps.isEmpty() ? "" : steps.get(steps.size() - 1);
    }
}
