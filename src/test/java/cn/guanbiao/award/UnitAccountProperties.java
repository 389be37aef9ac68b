package cn.guanbiao.award;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import cn.guanbiao.account.DeclaredAwards;
import cn.guanbiao.account.InvoiceRegister;
import cn.guanbiao.application.Application;
import cn.guanbiao.applicant.ApplicationIntake;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.credit.CreditListType;
import cn.guanbiao.credit.CreditRecords;
import cn.guanbiao.recovery.FundRecoveries;
import cn.guanbiao.recovery.RecoverySource;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Race;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.spring.JqwikSpringSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 不超额奖励 and credit hold whatever a few units do in whatever order (issue 20): random sequences of submitting
 * (also three at once), reviews, payments, rejections, recoveries and listings on a credit list of two units, with
 * invoices shared between them and written in several ways, and awards declared, forgotten and declared again. After every step,
 * for every unit:
 * <ul>
 * <li>this programme's payments ≤ the cap − the declared awards that use it up (as declared by its last payment);</li>
 * <li>its payments ≤ max(0, the countable first-cycle fees its payments consumed − the awards it declared by then);</li>
 * <li>no invoice counts for two units, or twice: each consumed invoice belongs to the unit whose payment consumed it;</li>
 * <li>at most one application in progress;</li>
 * <li>no payment after it was listed {@code SERIOUS_DISHONESTY} or {@code JOINT_PUNISHMENT}.</li>
 * </ul>
 * Runs on H2 and, in the PostgreSQL run, on PostgreSQL.
 */
@JqwikSpringSupport
@AwardSpringTest
class UnitAccountProperties {

    static final BigDecimal CAP = new BigDecimal("30000");
    static final AtomicInteger SEQUENCES = new AtomicInteger();
    static final AtomicInteger STEPS = new AtomicInteger();

    /** Invoices the units share, each written in several ways: the same invoice for the register. */
    static final List<List<String>> INVOICES = List.of(
            List.of("FP-2026-0001", "FP 2026 0001", "ＦＰ２０２６０００１"),
            List.of("FP-2026-0002", "fp20260002"),
            List.of("FP-2026-0003", "FP－2026－0003"),
            List.of("FP-2026-0004"),
            List.of("FP-2026-0005", "FP 2026-0005"));
    static final List<String> AMOUNTS = List.of("5000.00", "8000.00", "12000.00", "25000.00");

    @Autowired AwardDriver driver;
    @Autowired ApplicationIntake intake;
    @Autowired Applications applications;
    @Autowired InvoiceRegister invoices;
    @Autowired DeclaredAwards declaredAwards;
    @Autowired DeclaredAwardCap cap;
    @Autowired CreditRecords creditRecords;
    @Autowired FundRecoveries recoveries;
    @Autowired JdbcClient jdbc;

    /**
     * One invoice of one application: which invoice, how it is written, for how much; mostly one of the unit's own,
     * sometimes one of the next unit's ({@code borrowed}), which the register must not let count twice.
     */
    record Fee(int invoice, int spelling, int amount, boolean consulting, boolean borrowed) {
    }

    /** An award the unit declares: the same declaration (level, year, document) names the same award. */
    record Declared(String level, String amount, boolean withDocument) {
    }

    sealed interface Step permits Submit, SubmitAtOnce, Advance, Reject, Recover, Listing {
        int unit();
    }

    record Submit(int unit, List<Fee> fees, List<Declared> declared) implements Step {
    }

    record SubmitAtOnce(int unit, List<Fee> fees) implements Step {
    }

    /** The unit's application in progress goes one stage on: through its reviews, or through its call to payment. */
    record Advance(int unit) implements Step {
    }

    record Reject(int unit) implements Step {
    }

    record Recover(int unit) implements Step {
    }

    record Listing(int unit, boolean serious) implements Step {
    }

    @Property(tries = 25, seed = "20261207", shrinking = ShrinkingMode.OFF)
    void noUnitIsEverPaidBeyondItsAccount(@ForAll("sequences") List<Step> steps) {
        World world = new World();
        for (Step step : steps) {
            world.run(step);
            world.assertInvariants();
            STEPS.incrementAndGet();
            Statistics.label("step").collect(step.getClass().getSimpleName());
        }
        SEQUENCES.incrementAndGet();
        Statistics.label("payments in a sequence").collect(world.payments);
    }

    @AfterContainer
    static void report() {
        System.out.printf("Unit account properties: %d sequences, %d steps%n", SEQUENCES.get(), STEPS.get());
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Integer> unit = Arbitraries.integers().between(0, 1);
        Arbitrary<Fee> fee = Combinators.combine(Arbitraries.integers().between(0, INVOICES.size() - 1),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, AMOUNTS.size() - 1),
                Arbitraries.frequency(net.jqwik.api.Tuple.of(9, false), net.jqwik.api.Tuple.of(1, true)),
                Arbitraries.frequency(net.jqwik.api.Tuple.of(5, false), net.jqwik.api.Tuple.of(1, true)))
                .as(Fee::new);
        Arbitrary<Declared> declared = Combinators.combine(
                Arbitraries.frequency(net.jqwik.api.Tuple.of(4, "DISTRICT"), net.jqwik.api.Tuple.of(1, "MUNICIPAL"),
                        net.jqwik.api.Tuple.of(2, "PROVINCIAL")),
                Arbitraries.of("3000.00", "5000.00", "10000.00"), Arbitraries.of(true, false)).as(Declared::new);
        Arbitrary<Step> submit = Combinators.combine(unit, fee.list().uniqueElements(Fee::invoice).ofMinSize(1).ofMaxSize(3),
                declared.list().ofMaxSize(2)).as(Submit::new);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, submit),
                net.jqwik.api.Tuple.of(1, Combinators.combine(unit, fee.list().uniqueElements(Fee::invoice).ofMinSize(1).ofMaxSize(2)).as(SubmitAtOnce::new)),
                net.jqwik.api.Tuple.of(12, unit.map(Advance::new)),
                net.jqwik.api.Tuple.of(1, unit.map(Reject::new)),
                net.jqwik.api.Tuple.of(1, unit.map(Recover::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(unit, Arbitraries.of(true, false)).as(Listing::new)));
        return step.list().ofMinSize(12).ofMaxSize(24);
    }

    /** The units of one sequence and what the test knows of them. */
    final class World {

        final List<String> units = List.of(Applicants.newCreditCode(), Applicants.newCreditCode());
        final String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        /** Each invoice number as written → the invoice it is (which unit's, which one), as only the test knows it. */
        final Map<String, String> invoiceOf = new java.util.concurrent.ConcurrentHashMap<>();
        int payments;

        void run(Step step) {
            String creditCode = units.get(step.unit());
            if (step instanceof Submit submit) {
                submit(step.unit(), submit.fees(), submit.declared());
            } else if (step instanceof SubmitAtOnce atOnce) {
                List<Callable<Boolean>> three = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    three.add(() -> submit(step.unit(), atOnce.fees(), List.of()));
                }
                Race.run(three);
            } else if (step instanceof Advance) {
                inProgress(creditCode).ifPresent(application -> {
                    if (application.status() == ApplicationStatus.IN_REVIEW) {
                        driver.passReviews(application.applicationNo());
                        Application reviewed = applications.get(application.applicationNo());
                        Statistics.label("after the reviews").collect(reviewed.status() + " " + (reviewed.statusReason() == null ? "" : reviewed.statusReason().replaceAll("[0-9,.]+", "#")));
                    } else if (application.status() == ApplicationStatus.AWAITING_DECISION) {
                        pay(application);
                    }
                });
            } else if (step instanceof Reject) {
                inProgress(creditCode).filter(a -> driver.task(a.applicationNo(), "DistrictReview") != null)
                        .ifPresent(a -> driver.complete(a.applicationNo(), "DistrictReview", "reviewer-500112",
                                Map.of("approved", false, "comment", "材料不实")));
            } else if (step instanceof Recover) {
                paidOf(creditCode).ifPresent(this::recover);
            } else if (step instanceof Listing listing) {
                creditRecords.add(creditCode, listing.serious() ? CreditListType.SERIOUS_DISHONESTY
                        : CreditListType.ABNORMAL_OPERATION, "属性测试");
            }
        }

        private boolean submit(int unit, List<Fee> fees, List<Declared> declared) {
            ObjectNode json = Applicants.enterprise(driver.openCall("100000000").callId());
            json.put("creditCode", units.get(unit));
            ArrayNode feeItems = json.putArray("certificationFees");
            java.util.Set<String> written = new java.util.HashSet<>();
            for (Fee fee : fees) {
                int owner = fee.borrowed() ? (unit + 1) % units.size() : unit;
                List<String> spellings = INVOICES.get(fee.invoice());
                String invoiceNo = tag + owner + spellings.get(fee.spelling() % spellings.size());
                invoiceOf.put(invoiceNo, owner + "/" + fee.invoice());
                if (written.add(owner + "/" + fee.invoice())) {
                    feeItems.add(Applicants.fee(invoiceNo, AMOUNTS.get(fee.amount()), 1, "INITIAL",
                            fee.consulting() ? "CONSULTING" : "CERTIFICATION"));
                }
            }
            ArrayNode prior = json.putArray("priorAwards");
            for (Declared award : declared) {
                ObjectNode item = prior.addObject();
                item.put("level", award.level());
                item.put("amount", new BigDecimal(award.amount()));
                if (award.withDocument()) {
                    item.put("year", 2025);
                    item.put("documentNo", "渝知发〔2025〕" + award.level().length() + "号");
                }
            }
            try {
                driver.submit(json);
                return true;
            } catch (InvalidInputException inProgress) {
                assertThat(inProgress.errors()).anySatisfy(error -> assertThat(error.field()).isEqualTo("creditCode"));
                return false;
            }
        }

        private void pay(Application application) {
            driver.decideCall(application.callId());
            if (driver.status(application.applicationNo()) != ApplicationStatus.IN_PUBLIC_NOTICE) {
                return;
            }
            driver.fireTimer(driver.process(application.applicationNo()).getId(), "Event_NoticePeriodOver");
            if (driver.task(application.applicationNo(), "FundReleaseApproval") != null) {
                driver.complete(application.applicationNo(), "FundReleaseApproval", "finance",
                        Map.of("approved", true, "comment", "同意拨付"));
            }
            if (driver.status(application.applicationNo()) == ApplicationStatus.PAID) {
                payments++;
            }
        }

        private void recover(Application application) {
            driver.runJobs(recoveries.start(application.applicationNo(), RecoverySource.SPOT_CHECK, "SC-2026-01", "属性测试"));
            driver.complete(application.applicationNo(), "RecoveryDecision", "municipal",
                    new HashMap<>(Map.of("approved", true, "comment", "属性测试：追回", "serious", false)));
            driver.complete(application.applicationNo(), "RepaymentConfirmation", "finance",
                    Map.of("receivedAmount", ledgerPayment(application.applicationNo()).toPlainString()));
        }

        private java.util.Optional<Application> inProgress(String creditCode) {
            return applications.ofUnit(creditCode, "").stream().filter(a -> ApplicationStatus.ACTIVE.contains(a.status())).findFirst();
        }

        private java.util.Optional<Application> paidOf(String creditCode) {
            return applications.ofUnit(creditCode, "").stream().filter(a -> a.status() == ApplicationStatus.PAID).findFirst();
        }

        void assertInvariants() {
            for (String unit : units) {
                List<Map<String, Object>> paid = jdbc.sql("SELECT amount, booked_at FROM ledger_entry "
                        + "WHERE credit_code = ? AND kind = 'PAYMENT' ORDER BY booked_at").param(unit).query().listOfRows();
                BigDecimal payments = paid.stream().map(row -> new BigDecimal(row.get("amount").toString()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(applications.ofUnit(unit, "").stream().filter(a -> ApplicationStatus.ACTIVE.contains(a.status())))
                        .as("applications of %s in progress", unit).hasSizeLessThanOrEqualTo(1);
                if (paid.isEmpty()) {
                    continue;
                }
                LocalDateTime lastPayment = ((java.sql.Timestamp) paid.get(paid.size() - 1).get("booked_at")).toLocalDateTime();
                List<DeclaredAwards.Declared> declared = declaredAwards.of(unit).stream()
                        .filter(d -> !d.declaredAt().isAfter(lastPayment)).toList();
                BigDecimal capUsing = declared.stream().filter(d -> cap.usesCap(d.level())).map(DeclaredAwards.Declared::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal allDeclared = declared.stream().map(DeclaredAwards.Declared::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal consumedFees = consumedCountableFees(unit);
                assertThat(payments).as("payments to %s ≤ cap %s − declared awards using it %s", unit, CAP, capUsing)
                        .isLessThanOrEqualTo(CAP.subtract(capUsing));
                assertThat(payments).as("payments to %s ≤ countable fees consumed %s − declared %s", unit, consumedFees, allDeclared)
                        .isLessThanOrEqualTo(consumedFees.subtract(allDeclared).max(BigDecimal.ZERO));
                assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry l JOIN credit_record c ON c.credit_code = l.credit_code "
                                + "WHERE l.credit_code = ? AND l.kind = 'PAYMENT' AND c.list_type IN ('SERIOUS_DISHONESTY', 'JOINT_PUNISHMENT') "
                                + "AND l.booked_at > c.recorded_at").param(unit).query(Long.class).single())
                        .as("payments to %s after its listing", unit).isZero();
            }
            Map<String, java.util.Set<String>> countedFor = new HashMap<>();
            jdbc.sql("SELECT c.invoice_no, c.credit_code FROM invoice_claim c JOIN invoice_register r ON r.invoice_key = c.invoice_key "
                            + "WHERE r.consumed_by IS NOT NULL AND r.holder = c.credit_code AND c.state = 'CONSUMED' AND c.invoice_no LIKE ?")
                    .param(tag + "%")
                    .query(rs -> {
                        countedFor.computeIfAbsent(invoiceOf.get(rs.getString(1)), invoice -> new java.util.HashSet<>())
                                .add(rs.getString(2));
                    });
            assertThat(countedFor).as("units each invoice was paid on").allSatisfy((invoice, paidUnits) ->
                    assertThat(paidUnits).as("units paid on invoice %s", invoice).hasSizeLessThanOrEqualTo(1));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM invoice_register r JOIN invoice_claim c ON c.application_no = r.consumed_by "
                            + "AND c.invoice_key = r.invoice_key WHERE r.holder IS NULL OR r.holder <> c.credit_code")
                    .query(Long.class).single()).as("consumed invoices not of the unit that consumed them").isZero();
        }

        /**
         * The first-cycle certification fees of the unit's invoices that its payments consumed, each invoice once as the
         * test knows it (not as the register does: a register that took two spellings for two invoices would count both).
         */
        private BigDecimal consumedCountableFees(String unit) {
            Map<String, BigDecimal> byInvoice = new LinkedHashMap<>();
            jdbc.sql("SELECT c.invoice_no, c.amount FROM invoice_claim c JOIN invoice_register r ON r.invoice_key = c.invoice_key "
                            + "WHERE c.credit_code = ? AND r.holder = ? AND r.consumed_by IS NOT NULL AND c.cycle = 1 AND c.state <> 'RELEASED' "
                            + "AND c.kind = 'CERTIFICATION' ORDER BY c.claimed_at")
                    .params(unit, unit)
                    .query(rs -> {
                        byInvoice.putIfAbsent(invoiceOf.getOrDefault(rs.getString(1), rs.getString(1)), rs.getBigDecimal(2));
                    });
            return byInvoice.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private BigDecimal ledgerPayment(String applicationNo) {
            return jdbc.sql("SELECT amount FROM ledger_entry WHERE application_no = ? AND kind = 'PAYMENT'").param(applicationNo)
                    .query(BigDecimal.class).single();
        }
    }
}
