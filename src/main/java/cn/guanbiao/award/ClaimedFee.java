package cn.guanbiao.award;

import cn.guanbiao.account.InvoiceKeys;

import cn.guanbiao.application.AuditStage;
import cn.guanbiao.application.FeeKind;

import java.math.BigDecimal;
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

    /** The invoice number as the register compares it ({@link InvoiceKeys}): one invoice, one fee, however written. */
    public static String invoiceKey(String invoiceNo) {
        return InvoiceKeys.of(invoiceNo);
    }

    String key() {
        return invoiceKey(invoiceNo);
    }
}
