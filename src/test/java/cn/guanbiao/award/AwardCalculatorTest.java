package cn.guanbiao.award;

import cn.guanbiao.application.AuditStage;
import cn.guanbiao.application.FeeKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.guanbiao.application.AuditStage.INITIAL;
import static cn.guanbiao.application.AuditStage.RECERTIFICATION;
import static cn.guanbiao.application.AuditStage.SURVEILLANCE_1;
import static cn.guanbiao.application.AuditStage.SURVEILLANCE_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** R4 (不超额奖励): the award never exceeds the fees, never exceeds the cap, and is never negative. */
class AwardCalculatorTest {

    private final AwardCalculator calculator = new AwardCalculator();

    // ---------------------------------------------------------------- the table

    record Case(String behaviour, Given given, String expectedAward) {
        @Override
        public String toString() {
            return behaviour;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("fees below the cap are awarded in full",
                        given().cap("30000").fees(cert("A", "25000.00", 1, INITIAL)), "25000.00"),
                new Case("fees above the cap are awarded up to the cap",
                        given().cap("30000").fees(cert("A", "40000.00", 1, INITIAL)), "30000.00"),
                new Case("consulting fees are ignored",
                        given().cap("30000").fees(cert("A", "20000.00", 1, INITIAL), consulting("C", "15000.00")),
                        "20000.00"),
                new Case("surveillance fees of the first cycle count",
                        given().cap("30000").fees(cert("A", "18000.00", 1, INITIAL),
                                cert("S1", "6000.00", 1, SURVEILLANCE_1), cert("S2", "5000.00", 1, SURVEILLANCE_2)),
                        "29000.00"),
                new Case("fees of the second cycle do not count",
                        given().cap("30000").fees(cert("A", "20000.00", 1, INITIAL),
                                cert("R", "15000.00", 2, RECERTIFICATION), cert("S", "6000.00", 2, SURVEILLANCE_1)),
                        "20000.00"),
                new Case("declared prior awards reduce the award (district 10,000 on 25,000 fees)",
                        given().cap("30000").fees(cert("A", "25000.00", 1, INITIAL)).declared("10000.00"),
                        "15000.00"),
                new Case("DOMAIN example: paid 25,000 earlier, new invoice B 8,000 plus A again gives 5,000",
                        given().cap("30000").paid("25000.00")
                                .earlierPaid("GB-2025-001", cert("A", "25000.00", 1, INITIAL))
                                .fees(cert("B", "8000.00", 1, SURVEILLANCE_1), cert("A", "25000.00", 1, INITIAL)),
                        "5000.00"),
                new Case("a second application after the full award gets nothing",
                        given().cap("30000").paid("30000.00")
                                .earlierPaid("GB-2025-001", cert("A", "32000.00", 1, INITIAL))
                                .fees(cert("B", "8000.00", 1, SURVEILLANCE_1)),
                        "0.00"),
                // issue 20: the unit's account, across its applications and time
                new Case("a declaration is never forgotten: district 10,000 declared before, paid 15,000 on 25,000, "
                        + "a new 8,000 invoice and nothing declared gives 8,000 (was 15,000)",
                        given().cap("30000").paid("15000.00").declared("10000.00")
                                .earlierPaid("GB-2025-001", cert("A", "25000.00", 1, INITIAL))
                                .fees(cert("B", "8000.00", 1, SURVEILLANCE_1)),
                        "8000.00"),
                new Case("a declared municipal award of 30,000 is this programme's award paid outside it: nothing more",
                        given().cap("30000").declared("30000.00").capUsing("30000.00")
                                .fees(cert("A", "40000.00", 1, INITIAL)),
                        "0.00"),
                new Case("a declared municipal award of 10,000 leaves 20,000 of the cap",
                        given().cap("30000").declared("10000.00").capUsing("10000.00")
                                .fees(cert("A", "40000.00", 1, INITIAL)),
                        "20000.00"),
                new Case("another unit's invoice written with spaces or in full-width digits does not count again",
                        given().cap("30000").otherUnitsHold("INV-2026 0001")
                                .fees(cert("ＩＮＶ２０２６０００１", "25000.00", 1, INITIAL)),
                        "0.00"),
                new Case("an invoice two units claim counts for neither until a person rules",
                        given().cap("30000").otherUnitsClaimed("A")
                                .fees(cert("A", "25000.00", 1, INITIAL), cert("B", "5000.00", 1, SURVEILLANCE_1)),
                        "5000.00"),
                new Case("after a recovery the recovered application's invoice stays consumed and its award received",
                        given().cap("30000").paid("25000.00")
                                .earlierPaid("GB-2025-001", cert("A", "25000.00", 1, INITIAL))
                                .fees(cert("A", "25000.00", 1, INITIAL)),
                        "0.00"),
                new Case("an invoice listed twice in one application counts once",
                        given().cap("30000").fees(cert("A", "12000.00", 1, INITIAL), cert("A", "12000.00", 1, INITIAL)),
                        "12000.00"),
                new Case("an invoice listed again after a paid application counts once (its earlier amount)",
                        given().cap("30000").paid("10000.00")
                                .earlierPaid("GB-2025-001", cert("A", "10000.00", 1, INITIAL))
                                .fees(cert("A", "19000.00", 1, INITIAL)),
                        "0.00"),
                new Case("an invoice of an earlier unpaid application counts now, once",
                        given().cap("30000").earlierUnpaid("GB-2025-007", "A")
                                .fees(cert("A", "20000.00", 1, INITIAL)),
                        "20000.00"),
                new Case("invoice numbers differing only in spaces or case are the same invoice",
                        given().cap("30000").paid("20000.00")
                                .earlierPaid("GB-2025-001", cert("0440 0123", "20000.00", 1, INITIAL))
                                .fees(cert("04400123", "20000.00", 1, INITIAL), cert("b-9", "4000.00", 1, SURVEILLANCE_1)),
                        "4000.00"),
                new Case("an invoice another unit claimed is not counted",
                        given().cap("30000").otherUnitsClaimed("A")
                                .fees(cert("A", "25000.00", 1, INITIAL), cert("B", "5000.00", 1, SURVEILLANCE_1)),
                        "5000.00"),
                new Case("the cap side is rounded down to the fen (cap 10,000.009)",
                        given().cap("10000.009").fees(cert("A", "25000.00", 1, INITIAL)), "10000.00"),
                new Case("the fee side is rounded down to the fen (fees 12,345.67, declared 1,000.001)",
                        given().cap("30000").fees(cert("A", "12345.67", 1, INITIAL)).declared("1000.001"),
                        "11345.66"),
                new Case("awards exceeding the fees give zero, not a negative award",
                        given().cap("30000").fees(cert("A", "20000.00", 1, INITIAL)).declared("15000.00", "10000.00"),
                        "0.00"),
                new Case("a cap lowered below what was paid gives zero, not a negative award",
                        given().cap("20000").paid("30000.00")
                                .earlierPaid("GB-2025-001", cert("A", "40000.00", 1, INITIAL))
                                .fees(cert("B", "8000.00", 1, SURVEILLANCE_1)),
                        "0.00"),
                new Case("an application with only consulting fees gets nothing",
                        given().cap("30000").fees(consulting("C", "25000.00")), "0.00"),
                new Case("a programme with cap zero awards nothing",
                        given().cap("0").fees(cert("A", "25000.00", 1, INITIAL)), "0.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void award_follows_R4(Case c) {
        // given
        AwardInput input = c.given().input();

        // when
        AwardComputation result = calculator.compute(input);

        // then
        assertThat(result.amount()).isEqualByComparingTo(c.expectedAward());
        assertThat(result.amount().scale()).isEqualTo(2);
        assertThat(result.amount()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(result.amount()).isLessThanOrEqualTo(input.policyCap());
        assertThat(result.amount().add(result.awardsReceived()))
                .as("all awards together never exceed the countable fees")
                .satisfiesAnyOf(
                        total -> assertThat(result.amount()).isZero(),
                        total -> assertThat(total).isLessThanOrEqualTo(result.countableFees()));
        assertThat(result.positive()).isEqualTo(result.amount().signum() > 0);
    }

    // ---------------------------------------------------------------- explanation for the reviewer

    @Nested
    @DisplayName("the DOMAIN example, explained")
    class DomainExample {

        // given: the unit was paid 25,000 on invoice A; it now lists a new invoice B of 8,000 and A again
        AwardInput input = given().cap("30000").paid("25000.00")
                .earlierPaid("GB-2025-001", cert("A", "25000.00", 1, INITIAL))
                .fees(cert("B", "8000.00", 1, SURVEILLANCE_1), cert("A", "25000.00", 1, INITIAL))
                .input();

        // when
        AwardComputation result = new AwardCalculator().compute(input);

        // then (each test below)

        @Test
        void gives_every_intermediate_number() {
            assertThat(result.amount()).isEqualByComparingTo("5000.00");
            assertThat(result.policyCap()).isEqualByComparingTo("30000");
            assertThat(result.paidByProgramme()).isEqualByComparingTo("25000");
            assertThat(result.capRemaining()).isEqualByComparingTo("5000");
            assertThat(result.countableFees()).isEqualByComparingTo("33000");
            assertThat(result.awardsReceived()).isEqualByComparingTo("25000");
            assertThat(result.feeRoom()).isEqualByComparingTo("8000");
            assertThat(result.positive()).isTrue();
        }

        @Test
        void lines_explain_each_fee_and_where_it_comes_from() {
            assertThat(result.lines())
                    .extracting(FeeLine::invoiceNo, FeeLine::source, FeeLine::counted)
                    .containsExactly(
                            tuple("A", "申请 GB-2025-001（已奖励）", true),
                            tuple("B", "本次申请", true),
                            tuple("A", "本次申请", false));
            assertThat(result.lines().get(0).reason()).isEqualTo("首个认证周期认证费，计入");
            assertThat(result.lines().get(1).reason()).isEqualTo("首个认证周期认证费，计入");
            assertThat(result.lines().get(2).reason()).contains("申请 GB-2025-001", "按同一笔费用计一次");
            assertThat(result.lines().get(1))
                    .extracting(FeeLine::amount, FeeLine::cycle, FeeLine::stage, FeeLine::kind)
                    .containsExactly(new BigDecimal("8000.00"), 1, SURVEILLANCE_1, FeeKind.CERTIFICATION);
        }

        @Test
        void flags_the_invoice_claimed_again() {
            assertThat(result.flags()).containsExactly("发票 A：发票已在申请 GB-2025-001 中申报，按同一笔费用计一次");
        }

        @Test
        void steps_show_the_arithmetic_with_the_numbers() {
            assertThat(result.steps()).contains(
                    "政策上限 30,000.00 元 − 本项目已奖励 25,000.00 元 = 5,000.00 元",
                    "可计入认证费 = 发票 A 25,000.00 元 + 发票 B 8,000.00 元 = 33,000.00 元（首个认证周期认证费，每张发票只计一次）",
                    "已获奖励 = 申报的各级奖励 0.00 元 + 本项目已奖励 25,000.00 元 = 25,000.00 元",
                    "可计入认证费 33,000.00 元 − 已获奖励 25,000.00 元 = 8,000.00 元");
            assertThat(result.conclusion()).isEqualTo("奖励金额 = 两者较小值 5,000.00 元（按分舍去）");
        }
    }

    @Test
    void lines_say_why_consulting_second_cycle_and_other_units_fees_are_not_counted() {
        // given
        AwardInput input = given().cap("30000").otherUnitsClaimed("X")
                .fees(cert("A", "20000.00", 1, INITIAL), consulting("C", "9000.00"),
                        cert("R", "15000.00", 2, RECERTIFICATION), cert("X", "3000.00", 1, SURVEILLANCE_1))
                .input();

        // when
        AwardComputation result = calculator.compute(input);

        // then
        assertThat(result.lines())
                .extracting(FeeLine::invoiceNo, FeeLine::counted, FeeLine::reason)
                .containsExactly(
                        tuple("A", true, "首个认证周期认证费，计入"),
                        tuple("C", false, "咨询辅导费不计入（不超额奖励规定）"),
                        tuple("R", false, "非首个认证周期的费用不计入（第 2 认证周期）"),
                        tuple("X", false, "该发票号另有单位申报，归属核定前不予计入，请核实"));
        assertThat(result.flags()).containsExactly("发票 X：该发票号另有单位申报，归属核定前不予计入，请核实");
        assertThat(result.countableFees()).isEqualByComparingTo("20000.00");
    }

    @Test
    void second_application_after_full_award_says_the_unit_is_fully_awarded() {
        // given
        AwardInput input = given().cap("30000").paid("30000.00")
                .earlierPaid("GB-2025-001", cert("A", "32000.00", 1, INITIAL))
                .fees(cert("B", "8000.00", 1, SURVEILLANCE_1)).input();

        // when
        AwardComputation result = calculator.compute(input);

        // then
        assertThat(result.amount()).isEqualByComparingTo("0.00");
        assertThat(result.positive()).isFalse();
        assertThat(result.capRemaining()).isEqualByComparingTo("0");
        assertThat(result.steps()).contains("政策上限 30,000.00 元 − 本项目已奖励 30,000.00 元 = 0.00 元");
        assertThat(result.conclusion()).startsWith("奖励金额 = 0.00 元").contains("本项目已足额奖励该单位");
    }

    @Test
    void awards_exceeding_the_fees_are_explained_not_made_negative() {
        // given
        AwardInput input = given().cap("30000").fees(cert("A", "20000.00", 1, INITIAL))
                .declared("15000.00", "10000.00").input();

        // when
        AwardComputation result = calculator.compute(input);

        // then
        assertThat(result.amount()).isEqualByComparingTo("0.00");
        assertThat(result.feeRoom()).isEqualByComparingTo("-5000.00");
        assertThat(result.steps()).contains(
                "已获奖励 = 申报的各级奖励 25,000.00 元 + 本项目已奖励 0.00 元 = 25,000.00 元",
                "可计入认证费 20,000.00 元 − 已获奖励 25,000.00 元 = -5,000.00 元");
        assertThat(result.conclusion()).contains("不超额奖励").doesNotContain("本项目已足额奖励该单位");
    }

    @Test
    void invoice_of_an_earlier_unpaid_application_is_flagged_and_counted_once() {
        // given
        AwardInput input = given().cap("30000").earlierUnpaid("GB-2025-007", "A")
                .fees(cert("A", "20000.00", 1, INITIAL), cert("A", "20000.00", 1, INITIAL)).input();

        // when
        AwardComputation result = calculator.compute(input);

        // then
        assertThat(result.countableFees()).isEqualByComparingTo("20000.00");
        assertThat(result.lines()).extracting(FeeLine::counted).containsExactly(true, false);
        assertThat(result.lines().get(0).reason()).contains("计入", "申请 GB-2025-007");
        assertThat(result.flags()).containsExactly(
                "发票 A：发票已在申请 GB-2025-007 中申报，按同一笔费用计一次",
                "发票 A：同一发票号在本次申请中重复填写，按同一笔费用计一次");
    }

    @Test
    void invoice_claimed_again_with_another_amount_counts_the_earlier_amount_and_is_flagged() {
        // given
        AwardInput input = given().cap("30000").paid("10000.00")
                .earlierPaid("GB-2025-001", cert("A", "10000.00", 1, INITIAL))
                .fees(cert("A", "19000.00", 1, INITIAL)).input();

        // when
        AwardComputation result = calculator.compute(input);

        // then
        assertThat(result.countableFees()).isEqualByComparingTo("10000.00");
        assertThat(result.flags()).contains(
                "发票 A：本次填写金额 19,000.00 元 与申请 GB-2025-001（已奖励）中的 10,000.00 元 不一致，按 10,000.00 元 计一次，请核实");
    }

    @Test
    void rounding_down_to_the_fen_is_shown_in_the_conclusion() {
        // given
        AwardInput input = given().cap("10000.009").fees(cert("A", "25000.00", 1, INITIAL)).input();

        // when
        AwardComputation result = calculator.compute(input);

        // then
        assertThat(result.amount()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(result.conclusion()).isEqualTo("奖励金额 = 两者较小值 10,000.00 元（按分舍去）");
    }

    @Test
    void input_rejects_a_negative_cap_or_prior_award() {
        assertThatThrownBy(() -> given().cap("-1").input()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> given().declared("-5.00").input()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cert("A", "-5.00", 1, INITIAL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void input_treats_missing_lists_as_empty() {
        // given
        AwardInput input = new AwardInput(new BigDecimal("30000"), BigDecimal.ZERO, null, null, null, null, null, null);

        // when
        AwardComputation result = calculator.compute(input);

        // then
        assertThat(result.amount()).isEqualByComparingTo("0.00");
        assertThat(result.lines()).isEmpty();
        assertThat(result.conclusion()).contains("没有可计入的认证费");
    }

    // ---------------------------------------------------------------- fixtures

    static Given given() {
        return new Given();
    }

    static ClaimedFee cert(String invoiceNo, String amount, int cycle, AuditStage stage) {
        return new ClaimedFee(invoiceNo, new BigDecimal(amount), cycle, stage, FeeKind.CERTIFICATION);
    }

    static ClaimedFee consulting(String invoiceNo, String amount) {
        return new ClaimedFee(invoiceNo, new BigDecimal(amount), 1, INITIAL, FeeKind.CONSULTING);
    }

    /** The unit's situation, read like a sentence: given().cap("30000").paid("25000").fees(...). */
    static final class Given {
        private BigDecimal cap = new BigDecimal("30000");
        private BigDecimal paid = BigDecimal.ZERO;
        private final List<ClaimedFee> fees = new ArrayList<>();
        private final List<ClaimedFee> earlierPaidFees = new ArrayList<>();
        private final Map<String, String> earlierClaims = new LinkedHashMap<>();
        private final Map<String, String> otherUnits = new LinkedHashMap<>();
        private BigDecimal capUsing = BigDecimal.ZERO;
        private final List<BigDecimal> declared = new ArrayList<>();

        Given cap(String amount) {
            cap = new BigDecimal(amount);
            return this;
        }

        Given paid(String amount) {
            paid = new BigDecimal(amount);
            return this;
        }

        Given fees(ClaimedFee... claimed) {
            fees.addAll(Arrays.asList(claimed));
            return this;
        }

        Given earlierPaid(String applicationNo, ClaimedFee... claimed) {
            for (ClaimedFee fee : claimed) {
                earlierPaidFees.add(fee);
                earlierClaims.put(fee.invoiceNo(), applicationNo);
            }
            return this;
        }

        Given earlierUnpaid(String applicationNo, String... invoiceNos) {
            for (String invoiceNo : invoiceNos) {
                earlierClaims.put(invoiceNo, applicationNo);
            }
            return this;
        }

        /** Another unit claims these invoices too, and nobody has ruled whose they are. */
        Given otherUnitsClaimed(String... invoiceNos) {
            Arrays.stream(invoiceNos).forEach(invoiceNo -> otherUnits.put(ClaimedFee.invoiceKey(invoiceNo), AwardCalculator.DISPUTED));
            return this;
        }

        /** Another unit holds these invoices: its payment used them, or a ruling gave them to it. */
        Given otherUnitsHold(String... invoiceNos) {
            Arrays.stream(invoiceNos).forEach(invoiceNo -> otherUnits.put(ClaimedFee.invoiceKey(invoiceNo),
                    AwardCalculator.HELD_BY_OTHER_UNIT));
            return this;
        }

        /** Of the declared awards, those that use up this programme's cap (a MUNICIPAL award by default). */
        Given capUsing(String amount) {
            capUsing = new BigDecimal(amount);
            return this;
        }

        Given declared(String... awards) {
            Arrays.stream(awards).map(BigDecimal::new).forEach(declared::add);
            return this;
        }

        AwardInput input() {
            return new AwardInput(cap, paid, fees, earlierPaidFees, earlierClaims, otherUnits, declared, capUsing);
        }
    }
}
