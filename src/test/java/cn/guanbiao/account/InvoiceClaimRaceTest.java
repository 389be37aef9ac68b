package cn.guanbiao.account;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import cn.guanbiao.applicant.ApplicationIntake;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Race;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty units claim one invoice at the same instant, each writing it its own way (issue 20): the register holds one
 * row for it and lets it count for none of them until a person rules, then for exactly the one ruled for. On H2 and,
 * in the PostgreSQL run, on PostgreSQL.
 */
@AwardSpringTest
class InvoiceClaimRaceTest {

    static final int UNITS = 20;

    @Autowired AwardDriver driver;
    @Autowired ApplicationIntake intake;
    @Autowired InvoiceRegister invoices;
    @Autowired JdbcClient jdbc;

    @Test
    void twentyUnitsClaimingOneInvoiceAtOnceNeverMakeItCountTwice() {
        // given
        String callId = driver.openCall("100000000").callId();
        String invoice = "RACE" + System.nanoTime();
        List<String> units = new ArrayList<>();
        List<Callable<String>> claims = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            String creditCode = Applicants.newCreditCode();
            units.add(creditCode);
            ObjectNode json = Applicants.enterprise(callId);
            json.put("creditCode", creditCode);
            String written = i % 3 == 0 ? invoice : i % 3 == 1 ? spaced(invoice) : fullWidth(invoice);
            json.putArray("certificationFees").add(Applicants.fee(written, "20000.00", 1, "INITIAL", "CERTIFICATION"));
            claims.add(() -> intake.submit(json).applicationNo());
        }

        // when
        List<String> accepted = Race.run(claims);

        // then: every submission stood, one register row, twenty claims, and it counts for nobody
        assertThat(accepted).hasSize(UNITS).doesNotContainNull();
        String key = InvoiceKeys.of(invoice);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM invoice_register WHERE invoice_key = ?").param(key).query(Long.class).single())
                .isEqualTo(1);
        assertThat(invoices.claimantsOf(invoice)).containsExactlyInAnyOrderElementsOf(units);
        assertThat(invoices.holderOf(invoice)).isEmpty();
        assertThat(units).allSatisfy(unit -> assertThat(invoices.holdings(unit)).singleElement()
                .satisfies(holding -> assertThat(holding.standing()).isEqualTo(InvoiceRegister.Standing.DISPUTED)));

        // when: a person rules for one of them
        invoices.rule(invoice, units.get(7), "经税务机关核实，发票属该单位", "municipal", java.time.LocalDateTime.now());

        // then: it counts for that one alone
        assertThat(units).allSatisfy(unit -> assertThat(invoices.holdings(unit).get(0).standing())
                .isEqualTo(unit.equals(units.get(7)) ? InvoiceRegister.Standing.HELD : InvoiceRegister.Standing.OTHER_UNITS));
    }

    private static String spaced(String invoice) {
        return invoice.substring(0, 4) + " " + invoice.substring(4, 10) + "-" + invoice.substring(10);
    }

    private static String fullWidth(String invoice) {
        StringBuilder wide = new StringBuilder();
        invoice.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
        return wide.toString();
    }
}
