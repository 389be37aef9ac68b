package cn.guanbiao.award;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.guanbiao.application.FeeKind.CERTIFICATION;
import static cn.guanbiao.award.Money.fen;
import static cn.guanbiao.award.Money.yuan;

/**
 * R4 (004_… 一(三), 不超额奖励): the award never exceeds the fees.
 * <pre>
 * award = min(policyCap − paidByProgramme − capUsingDeclared, countableFees − awardsReceived),
 *         rounded down to the fen, 0 when ≤ 0
 * </pre>
 * <ul>
 *   <li><em>countableFees</em>: certification fees (never consulting) of the first certification cycle, of this
 *       application and of the unit's earlier paid applications, each invoice counted once, ever (an invoice in both
 *       counts with its earlier amount). Invoices another unit claims too or holds are not counted.</li>
 *   <li><em>awardsReceived</em>: every award the unit ever declared, from any level, each once + everything this
 *       programme has ever paid the unit.</li>
 *   <li><em>policyCap</em> is further reduced by the declared awards that use it up as a payment of this programme
 *       would (a {@code MUNICIPAL} award, by the decision table {@code declared-award-cap}).</li>
 * </ul>
 * Plain Java, no state: one instance may be shared.
 */
public final class AwardCalculator {

    /** {@link FeeLine#source()} of a fee listed in the application being computed. */
    public static final String THIS_APPLICATION = "本次申请";

    static final String COUNTED = "首个认证周期认证费，计入";
    static final String CONSULTING = "咨询辅导费不计入（不超额奖励规定）";
    /** Why an invoice another unit claims too does not count, until a person rules whose it is. */
    public static final String DISPUTED = "该发票号另有单位申报，归属核定前不予计入，请核实";
    /** Why an invoice another unit holds (paid with it, or ruled its) never counts. */
    public static final String HELD_BY_OTHER_UNIT = "该发票已归属其他单位，不予计入";
    static final String FULLY_AWARDED = "本项目已足额奖励该单位";

    public AwardComputation compute(AwardInput in) {
        Map<String, String> otherUnits = in.notTheUnits();
        Map<String, String> earlierClaims = new HashMap<>();
        in.earlierClaims().forEach((invoice, applicationNo) ->
                earlierClaims.putIfAbsent(ClaimedFee.invoiceKey(invoice), applicationNo));

        Map<String, Counted> counted = new LinkedHashMap<>();
        List<FeeLine> lines = new ArrayList<>();
        Set<String> flags = new LinkedHashSet<>();

        for (ClaimedFee fee : in.earlierPaidFees()) {
            String applicationNo = earlierClaims.get(fee.key());
            String source = (applicationNo == null ? "此前申请" : "申请 " + applicationNo) + "（已奖励）";
            String excluded = exclusion(fee, otherUnits, flags);
            if (excluded != null) {
                lines.add(line(fee, false, excluded, source));
            } else if (counted.containsKey(fee.key())) {
                lines.add(line(fee, false, "同一发票号已在此前申请中计入一次，不重复计算", source));
            } else {
                counted.put(fee.key(), new Counted(fee, source, false));
                lines.add(line(fee, true, COUNTED, source));
            }
        }

        Set<String> seenInThisApplication = new HashSet<>();
        for (ClaimedFee fee : in.fees()) {
            String earlierApplication = earlierClaims.get(fee.key());
            if (earlierApplication != null) {
                flags.add(flagged(fee, "发票已在申请 " + earlierApplication + " 中申报，按同一笔费用计一次"));
            }
            if (!seenInThisApplication.add(fee.key())) {
                flags.add(flagged(fee, "同一发票号在本次申请中重复填写，按同一笔费用计一次"));
            }
            String excluded = exclusion(fee, otherUnits, flags);
            Counted earlier = counted.get(fee.key());
            if (excluded != null) {
                lines.add(line(fee, false, excluded, THIS_APPLICATION));
            } else if (earlier != null) {
                String reason = earlier.thisApplication()
                        ? "同一发票号在本次申请中重复填写，按同一笔费用计一次，不重复计算"
                        : "发票已在" + earlier.source() + "中计入，按同一笔费用计一次，不重复计算";
                lines.add(line(fee, false, reason, THIS_APPLICATION));
                if (earlier.fee().amount().compareTo(fee.amount()) != 0) {
                    flags.add(flagged(fee, "本次填写金额 " + yuan(fee.amount()) + " 与" + earlier.source() + "中的 "
                            + yuan(earlier.fee().amount()) + " 不一致，按 " + yuan(earlier.fee().amount())
                            + " 计一次，请核实"));
                }
            } else {
                counted.put(fee.key(), new Counted(fee, THIS_APPLICATION, true));
                String reason = earlierApplication == null
                        ? COUNTED
                        : COUNTED + "（曾在申请 " + earlierApplication + " 中申报但未获奖励，本次计一次）";
                lines.add(line(fee, true, reason, THIS_APPLICATION));
            }
        }

        BigDecimal countableFees = counted.values().stream()
                .map(c -> c.fee().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal declared = in.declaredPriorAwards().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal awardsReceived = declared.add(in.paidByProgramme());
        BigDecimal capRemaining = in.policyCap().subtract(in.paidByProgramme()).subtract(in.capUsingDeclared());
        BigDecimal feeRoom = countableFees.subtract(awardsReceived);
        BigDecimal smaller = capRemaining.min(feeRoom);
        BigDecimal amount = smaller.signum() > 0 ? fen(smaller) : BigDecimal.ZERO.setScale(2);

        List<String> steps = new ArrayList<>();
        steps.add(in.capUsingDeclared().signum() == 0
                ? "政策上限 " + yuan(in.policyCap()) + " − 本项目已奖励 " + yuan(in.paidByProgramme()) + " = " + yuan(capRemaining)
                : "政策上限 " + yuan(in.policyCap()) + " − 本项目已奖励 " + yuan(in.paidByProgramme())
                        + " − 申报的市级奖励（即本项目此前在系统外发放的奖励） " + yuan(in.capUsingDeclared()) + " = " + yuan(capRemaining));
        steps.add(countableStep(counted.values(), countableFees));
        steps.add("已获奖励 = 申报的各级奖励 " + yuan(declared) + " + 本项目已奖励 " + yuan(in.paidByProgramme())
                + " = " + yuan(awardsReceived));
        steps.add("可计入认证费 " + yuan(countableFees) + " − 已获奖励 " + yuan(awardsReceived)
                + " = " + yuan(feeRoom));
        steps.add(conclusion(amount, smaller, capRemaining, feeRoom, countableFees, awardsReceived));

        return new AwardComputation(amount, in.policyCap(), in.paidByProgramme(), capRemaining, countableFees,
                awardsReceived, feeRoom, lines, new ArrayList<>(flags), steps);
    }

    /** Why a fee is not counted whatever else is true of it, or null; flags an invoice another unit claims or holds. */
    private static String exclusion(ClaimedFee fee, Map<String, String> otherUnits, Set<String> flags) {
        String otherUnit = otherUnits.get(fee.key());
        if (otherUnit != null) {
            flags.add(flagged(fee, otherUnit));
            return otherUnit;
        }
        if (fee.kind() != CERTIFICATION) {
            return CONSULTING;
        }
        if (fee.cycle() != 1) {
            return "非首个认证周期的费用不计入（第 " + fee.cycle() + " 认证周期）";
        }
        return null;
    }

    private static String countableStep(Iterable<Counted> counted, BigDecimal total) {
        List<String> parts = new ArrayList<>();
        for (Counted c : counted) {
            parts.add("发票 " + c.fee().invoiceNo() + " " + yuan(c.fee().amount()));
        }
        if (parts.isEmpty()) {
            return "可计入认证费 = " + yuan(total) + "（没有可计入的首个认证周期认证费）";
        }
        return "可计入认证费 = " + String.join(" + ", parts) + " = " + yuan(total)
                + "（首个认证周期认证费，每张发票只计一次）";
    }

    private static String conclusion(BigDecimal amount, BigDecimal smaller, BigDecimal capRemaining,
                                     BigDecimal feeRoom, BigDecimal countableFees, BigDecimal awardsReceived) {
        if (amount.signum() > 0) {
            return "奖励金额 = 两者较小值 " + yuan(amount) + "（按分舍去）";
        }
        List<String> why = new ArrayList<>();
        if (capRemaining.signum() <= 0) {
            why.add(FULLY_AWARDED);
        }
        if (feeRoom.signum() <= 0) {
            why.add(countableFees.signum() == 0
                    ? "没有可计入的认证费"
                    : "已获奖励 " + yuan(awardsReceived) + " 已达到可计入认证费 " + yuan(countableFees)
                      + "，不超额奖励");
        }
        if (why.isEmpty() && smaller.signum() > 0) {
            why.add("两者较小值不足一分，按分舍去");
        }
        return "奖励金额 = " + yuan(amount) + "：" + String.join("；", why);
    }

    private static String flagged(ClaimedFee fee, String message) {
        return "发票 " + fee.invoiceNo() + "：" + message;
    }

    private static FeeLine line(ClaimedFee fee, boolean counted, String reason, String source) {
        return new FeeLine(fee.invoiceNo(), fee.amount(), fee.cycle(), fee.stage(), fee.kind(), counted, reason,
                source);
    }

    private record Counted(ClaimedFee fee, String source, boolean thisApplication) {
    }
}
