package cn.guanbiao.recovery;

import java.math.BigDecimal;

import org.camunda.bpm.engine.BadUserRequestException;

/** Reads the yuan amounts officials type into the recovery forms (numbers or text, at most two decimals). */
final class RecoveryAmounts {

    private RecoveryAmounts() {
    }

    /** The amount in {@code value}, checked to be more than zero and at most {@code limit}. */
    static BigDecimal read(Object value, String field, String label, BigDecimal limit) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(value.toString().trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new BadUserRequestException("请填写" + label + "（" + field + "），单位为元");
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new BadUserRequestException(label + "（" + field + "）须大于零、最多两位小数");
        }
        if (amount.compareTo(limit) > 0) {
            throw new BadUserRequestException(label + "（" + field + "）不能超过 " + limit.toPlainString() + " 元");
        }
        return amount.setScale(2);
    }
}
