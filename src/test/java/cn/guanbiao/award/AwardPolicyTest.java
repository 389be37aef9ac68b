package cn.guanbiao.award;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import cn.guanbiao.application.ApplicantType;
import cn.guanbiao.application.HonourLevel;
import cn.guanbiao.support.AwardSpringTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** R2 from the table an administrator edits: a new version decides from the next step on, never halfway through one. */
@AwardSpringTest
class AwardPolicyTest {

    @Autowired AwardPolicy policy;
    @Autowired RepositoryService repository;
    @Autowired PlatformTransactionManager transactions;

    private String editedDeployment;

    @AfterEach
    void removeEditedTable() {
        if (editedDeployment != null) {
            repository.deleteDeployment(editedDeployment, true);
        }
    }

    @Test
    void anEditedTableDecidesFromTheNextStepOn() throws IOException {
        // given
        assertThat(municipalCap()).isEqualByComparingTo("30000");

        // when: an administrator lowers the cap for municipal honours
        deployMunicipalCap("20000");

        // then
        assertThat(municipalCap()).isEqualByComparingTo("20000");
    }

    @Test
    void aStepDecidesWithTheVersionItReadFirst() {
        // given / when: the table is edited while a step (one transaction) is deciding
        List<BigDecimal> capsInOneStep = inTransaction(() -> {
            BigDecimal before = municipalCap();
            deployInItsOwnTransaction("20000");
            return List.of(before, municipalCap());
        });

        // then: the step saw one version; the next step sees the new one
        assertThat(capsInOneStep).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("30000"), new BigDecimal("30000"));
        assertThat(inTransaction(this::municipalCap)).isEqualByComparingTo("20000");
    }

    @Test
    void aTransactionStartedInsideAStepReadsForItself() {
        // given / when: a step read the table, it was edited, and the step starts a transaction of its own
        List<BigDecimal> caps = inTransaction(() -> {
            BigDecimal before = municipalCap();
            deployInItsOwnTransaction("20000");
            BigDecimal inner = inOwnTransaction(this::municipalCap);
            return List.of(before, inner, municipalCap());
        });

        // then: the inner transaction saw the new version, the step kept its own
        assertThat(caps).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("30000"), new BigDecimal("20000"), new BigDecimal("30000"));
    }

    private BigDecimal municipalCap() {
        return policy.decide(ApplicantType.ENTERPRISE, HonourLevel.MUNICIPAL).cap();
    }

    private void deployInItsOwnTransaction(String cap) {
        inOwnTransaction(() -> {
            try {
                deployMunicipalCap(cap);
                return null;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private <T> T inOwnTransaction(Supplier<T> work) {
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own.execute(status -> work.get());
    }

    private void deployMunicipalCap(String cap) throws IOException {
        String table = Files.readString(Path.of("processes/award-policy.dmn"), StandardCharsets.UTF_8);
        String edited = table.replace("<outputEntry id=\"OutputEntry_MunicipalCap\"><text>30000</text>",
                "<outputEntry id=\"OutputEntry_MunicipalCap\"><text>" + cap + "</text>");
        assertThat(edited).isNotEqualTo(table);
        editedDeployment = repository.createDeployment().name("award-policy edited in a test")
                .addString("award-policy.dmn", edited).deploy().getId();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }
}
