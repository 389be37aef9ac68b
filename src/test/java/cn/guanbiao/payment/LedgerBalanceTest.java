package cn.guanbiao.payment;

import cn.guanbiao.account.Ledger;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.guanbiao.application.Applications;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** R7: what a unit holds from the programme (payments − recoveries) never goes below zero. */
@AwardSpringTest
class LedgerBalanceTest {

    private static final long SEED = 20261122L;

    @Autowired AwardDriver driver;
    @Autowired Ledger ledger;
    @Autowired Applications applications;
    @Autowired TransactionTemplate transactions;

    @Test
    void randomRecoveryAttemptsNeverTakeBackMoreThanWasPaid() {
        // given: three paid awards of 25,000.00 each
        List<String> paid = List.of(driver.pay(Applicants::enterprise), driver.pay(Applicants::enterprise),
                driver.pay(Applicants::enterprise));
        Random random = new Random(SEED);
        int booked = 0;
        int refused = 0;

        // when: 300 attempts with amounts from 0.01 to 50,000.00 on random applications
        for (int attempt = 0; attempt < 300; attempt++) {
            String applicationNo = paid.get(random.nextInt(paid.size()));
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(5_000_000), 2);
            boolean hadRecovery = ledger.recovery(applicationNo).isPresent();
            Ledger.RecoveryResult result = ledger.bookRecovery(applicationNo, amount, LocalDateTime.now(), "finance");

            // then: booked only the first time and only within the payment; the balance stays at or above zero
            boolean allowed = !hadRecovery && amount.compareTo(new BigDecimal("25000.00")) <= 0;
            assertThat(result == Ledger.RecoveryResult.BOOKED).as("attempt %d: %s of %s", attempt, amount, applicationNo)
                    .isEqualTo(allowed);
            assertThat(ledger.paidTo(applications.get(applicationNo).creditCode())).isNotNegative();
            if (allowed) {
                booked++;
            } else {
                refused++;
            }
        }
        System.out.printf("ledger: attempts=300 booked=%d refused=%d%n", booked, refused);
        assertThat(booked).isEqualTo(paid.size());
    }

    @Test
    void bookingARecoveryAgainInTheSameTransactionBooksNothingAndLeavesTheTransactionUsable() {
        // given
        String applicationNo = driver.pay(Applicants::enterprise);

        // when: a re-run inside one transaction, as a retried job would do
        List<Ledger.RecoveryResult> results = transactions.execute(status -> List.of(
                ledger.bookRecovery(applicationNo, new BigDecimal("100.00"), LocalDateTime.now(), "finance"),
                ledger.bookRecovery(applicationNo, new BigDecimal("100.00"), LocalDateTime.now(), "finance")));

        // then: on PostgreSQL a caught unique-key violation would have aborted the transaction here
        assertThat(results).containsExactly(Ledger.RecoveryResult.BOOKED, Ledger.RecoveryResult.ALREADY_BOOKED);
        assertThat(ledger.recovery(applicationNo)).hasValueSatisfying(e -> assertThat(e.amount()).isEqualByComparingTo("100.00"));
    }

    @Test
    void concurrentRecoveriesOfOneApplicationBookOnce() throws Exception {
        // given
        String applicationNo = driver.pay(Applicants::enterprise);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<Ledger.RecoveryResult>> attempts = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            BigDecimal amount = new BigDecimal(i * 5000 + ".00");
            attempts.add(() -> ledger.bookRecovery(applicationNo, amount, LocalDateTime.now(), "finance"));
        }

        // when
        List<Ledger.RecoveryResult> results = new ArrayList<>();
        for (Future<Ledger.RecoveryResult> result : threads.invokeAll(attempts)) {
            results.add(result.get());
        }
        threads.shutdown();

        // then: one of the five that fit is booked; the others find it booked, or find they exceed the payment
        assertThat(results).filteredOn(r -> r == Ledger.RecoveryResult.BOOKED).hasSize(1);
        for (int i = 5; i < 8; i++) {
            assertThat(results.get(i)).as("attempt of %s", (i + 1) * 5000).isNotEqualTo(Ledger.RecoveryResult.BOOKED);
        }
        assertThat(ledger.recovery(applicationNo)).hasValueSatisfying(e ->
                assertThat(e.amount()).isLessThanOrEqualTo(new BigDecimal("25000.00")));
        assertThat(ledger.paidTo(applications.get(applicationNo).creditCode())).isNotNegative();
    }
}
