package cn.guanbiao.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** One invoice, one key, however it is written (issue 20, finding 5). */
class InvoiceKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"INV20260001", "inv20260001", " INV 2026 0001 ", "INV-2026-0001", "ＩＮＶ２０２６０００１",
            "INV２０２６-０００１", "INV\u30002026\u30000001", "INV\u20142026\u20130001", "INV\t2026\n0001", "INV－２０２６－０００１"})
    void everySpellingOfOneInvoiceHasOneKey(String written) {
        assertThat(InvoiceKeys.of(written)).isEqualTo("INV20260001");
    }

    @ParameterizedTest
    @CsvSource({"'5000231130 12345678', 500023113012345678", "'5000231130-12345678', 500023113012345678",
            "'５０００２３１１３０　１２３４５６７８', 500023113012345678"})
    void theOldTwoPartNumberIsCodeAndNumberTogether(String written, String key) {
        assertThat(InvoiceKeys.of(written)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"INV20260001, INV20260002", "12345678, 123456780"})
    void differentInvoicesStayDifferent(String one, String other) {
        assertThat(InvoiceKeys.of(one)).isNotEqualTo(InvoiceKeys.of(other));
    }
}
