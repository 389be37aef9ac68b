package cn.guanbiao.award;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Yuan amounts as the reviewer reads them. Awards are rounded down to the fen (R4), and so is what is
 * shown: {@code yuan(new BigDecimal("10000.009"))} is {@code "10,000.00 元"}, never rounded up.
 */
public final class Money {

    private Money() {
    }

    /** The amount rounded down (towards zero) to the fen: two decimals, {@link RoundingMode#DOWN}. */
    public static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.DOWN);
    }

    /** {@code 30000} → {@code "30,000.00 元"}; negative amounts keep their sign ({@code "-5,000.00 元"}). */
    public static String yuan(BigDecimal amount) {
        BigDecimal fen = fen(amount);
        String plain = fen.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(integer.charAt(i));
        }
        return (fen.signum() < 0 ? "-" : "") + grouped + plain.substring(dot) + " 元";
    }
}
