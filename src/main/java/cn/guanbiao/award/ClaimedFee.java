package cn.guanbiao.award;

import cn.guanbiao.application.AuditStage;
import cn.guanbiao.application.FeeKind;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/** One fee a unit claims, proven by an invoice (DOMAIN §3, §5 {@code certificationFees}). */
public record ClaimedFee(String invoiceNo, BigDecimal amount, int cycle, AuditStage stage, FeeKind kind) {

    public ClaimedFee {
        Objects.requireNonNull(invoiceNo, "invoiceNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("fee amount must not be negative: " + invoiceNo + " " + amount);
        }
    }

    /**
     * The invoice number as it is compared: without any white space, upper case. "1234 5678" and
     * "12345678" are the same invoice, so the same fee (R4: each invoice counted once, ever).
     */
    public static String invoiceKey(String invoiceNo) {
        return invoiceNo == null ? "" : invoiceNo.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    String key() {
        return invoiceKey(invoiceNo);
    }
}
