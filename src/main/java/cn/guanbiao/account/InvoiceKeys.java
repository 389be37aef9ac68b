package cn.guanbiao.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An invoice number as the register compares it (R4: each invoice counted once, ever, across all units): the same
 * invoice written with spaces or hyphens, in full-width digits or letters, in lower case, or as the old two-part
 * number (发票代码 and 发票号码 side by side, however separated) has one key. Full-width characters become their
 * half-width forms (Unicode compatibility normalization, NFKC); what separates groups of digits is dropped.
 */
public final class InvoiceKeys {

    /** White space of any script (also the ideographic space) and every kind of dash or hyphen, after NFKC. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\p{Pd}\\u2010-\\u2015\\u2212\\u00AD\\u30FC]+");

    private InvoiceKeys() {
    }

    public static String of(String invoiceNo) {
        if (invoiceNo == null) {
            return "";
        }
        String halfWidth = Normalizer.normalize(invoiceNo, Normalizer.Form.NFKC);
        return SEPARATORS.matcher(halfWidth).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
