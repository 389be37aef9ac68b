package cn.guanbiao.credit;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/** R5: serious dishonesty or joint punishment → no award; other records → a person decides. */
@Service
public class CreditCheck {

    public enum Outcome { CLEAR, REVIEW, BLOCKED }

    public record Result(Outcome outcome, String reason, List<CreditRecords.CreditRecord> records) {
    }

    private final CreditRecords records;

    public CreditCheck(CreditRecords records) {
        this.records = records;
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

    private static String describe(List<CreditRecords.CreditRecord> records) {
        return records.stream().map(r -> r.listType().label() + "（" + r.source() + "）").distinct()
                .collect(Collectors.joining("、"));
    }
}
