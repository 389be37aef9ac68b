package cn.guanbiao.award;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0           | 0.00 元
            5           | 5.00 元
            999.9       | 999.90 元
            1000        | 1,000.00 元
            30000       | 30,000.00 元
            1234567.891 | 1,234,567.89 元
            10000.009   | 10,000.00 元
            -5000       | -5,000.00 元
            -0.009      | 0.00 元
            """)
    void yuan_groups_thousands_and_cuts_to_the_fen(String amount, String shown) {
        assertThat(Money.yuan(new BigDecimal(amount))).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} rounds down to {1}")
    @CsvSource({"10000.009, 10000.00", "0.999, 0.99", "12, 12.00", "-1.239, -1.23"})
    void fen_rounds_down_to_two_decimals(String amount, String fen) {
        assertThat(Money.fen(new BigDecimal(amount))).isEqualTo(new BigDecimal(fen));
    }
}
