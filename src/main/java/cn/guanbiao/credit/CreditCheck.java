package cn.guanbiao.credit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.account.PaymentBlock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R5: serious dishonesty or joint punishment → no award; other records → a person decides. Checked after the reviews,
 * again at the call's decision, and again right before money moves, in the payment's transaction: a unit listed
 * after its first check is not paid.
 * <p>
 * The checks of an application take its row lock first, the lock {@link CreditRecords#add} takes on every application
 * of the unit before it adds a record: a record being added meanwhile either commits first and is seen, or waits
 * until the check (and the payment it decides) has committed.
 */
@Service
public class CreditCheck implements PaymentBlock {

    public enum Outcome { CLEAR, REVIEW, BLOCKED }

    public record Result(Outcome outcome, String reason, List<CreditRecords.CreditRecord> records) {
    }

    private final CreditRecords records;
    private final CreditClearances clearances;
    private final Applications applications;

    public CreditCheck(CreditRecords records, CreditClearances clearances, Applications applications) {
        this.records = records;
        this.clearances = clearances;
        this.applications = applications;
    }

    public Result check(String creditCode) {
        List<CreditRecords.CreditRecord> found = records.of(creditCode);
        List<CreditRecords.CreditRecord> blocking = found.stream().filter(r -> r.listType().blocksAward()).toList();
        if (!blocking.isEmpty()) {
            return new Result(Outcome.BLOCKED, "信用核查不通过：申请单位列入" + describe(blocking) + "，依规不予奖励", found);
        }
        if (!found.isEmpty()) {
            return new Result(Outcome.REVIEW, "申请单位有信用记录：" + describe(found) + "，需人工研判", found);
        }
        return new Result(Outcome.CLEAR, null, found);
    }

    /** The first check (after the reviews): as {@link #check}, remembering which records it took into account. */
    @Transactional
    public Result checkApplication(String applicationNo) {
        String creditCode = applications.lock(applicationNo).creditCode();
        Result result = check(creditCode);
        clearances.record(applicationNo, highestId(result.records()));
        return result;
    }

    /**
     * The check right before money moves: any record that bars an award → BLOCKED; a record the earlier checks have
     * not taken into account (listed since) → REVIEW, and it is taken into account from now on (a person decides on it
     * before payment); otherwise CLEAR. Run it in the payment's transaction.
     */
    @Transactional
    public Result recheckBeforePayment(String applicationNo) {
        Result result = beforePayment(applicationNo);
        if (result.outcome() == Outcome.REVIEW) {
            clearances.record(applicationNo, highestId(result.records()));
        }
        return result;
    }

    /** Why the application may not be paid now (as {@link #recheckBeforePayment}, recording nothing), if it may not. */
    @Override
    @Transactional
    public Optional<String> whyNotPayable(String applicationNo) {
        Result result = beforePayment(applicationNo);
        return result.outcome() == Outcome.CLEAR ? Optional.empty() : Optional.of(result.reason());
    }

    /**
     * At the call's decision: the applications of the call awaiting it whose unit has been listed on a list that bars
     * an award since its first check (which would have rejected it otherwise), with the reason; application number →
     * reason. A record added while the decision runs is caught before payment.
     */
    public Map<String, String> blockedInCall(String callId) {
        Map<String, List<CreditRecords.CreditRecord>> byApplication = records.blockingOfCall(callId,
                        ApplicationStatus.AWAITING_DECISION).stream()
                .collect(Collectors.groupingBy(CreditRecords.ApplicationRecord::applicationNo, LinkedHashMap::new,
                        Collectors.mapping(CreditRecords.ApplicationRecord::record, Collectors.toList())));
        Map<String, String> reasons = new LinkedHashMap<>();
        byApplication.forEach((applicationNo, blocking) -> reasons.put(applicationNo,
                "审定奖励名单时信用核查不通过：申请单位在信用核查后列入" + describe(blocking) + "，依规不予奖励"));
        return reasons;
    }

    private Result beforePayment(String applicationNo) {
        String creditCode = applications.lock(applicationNo).creditCode();
        List<CreditRecords.CreditRecord> found = records.of(creditCode);
        List<CreditRecords.CreditRecord> blocking = found.stream().filter(r -> r.listType().blocksAward()).toList();
        if (!blocking.isEmpty()) {
            return new Result(Outcome.BLOCKED, "拨付前信用复核不通过：申请单位列入" + describe(blocking) + "，依规不予奖励",
                    blocking);
        }
        long checkedThrough = clearances.checkedThrough(applicationNo).orElse(0L);
        List<CreditRecords.CreditRecord> since = found.stream().filter(r -> r.id() > checkedThrough).toList();
        if (!since.isEmpty()) {
            return new Result(Outcome.REVIEW, "拨付前信用复核：申请单位在信用核查后新增信用记录：" + describe(since)
                    + "，需人工研判后方可拨付", since);
        }
        return new Result(Outcome.CLEAR, null, List.of());
    }

    private static long highestId(List<CreditRecords.CreditRecord> records) {
        return records.stream().mapToLong(CreditRecords.CreditRecord::id).max().orElse(0L);
    }

    private static String describe(List<CreditRecords.CreditRecord> records) {
        return records.stream().map(r -> r.listType().label() + "（" + r.source() + "）").distinct()
                .collect(Collectors.joining("、"));
    }
}
