package cn.guanbiao.award;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.guanbiao.application.ApplicantType;
import cn.guanbiao.application.HonourLevel;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.ResourceHolderSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * R2: who may get the award and the cap per unit, from the decision table {@code award-policy} an administrator edits.
 * The table is a pure function of its two inputs: each version of it is evaluated once per input (that evaluation is
 * in the engine's decision history) and its answer reused, instead of on every review form and status page
 * (issue 6: a tenth of the CPU went into evaluating the same table again). A new version of the table is a new key.
 */
@Component
public class AwardPolicy {

    public static final String DECISION_KEY = "award-policy";

    public record Decision(boolean eligible, BigDecimal cap, String basis) {
    }

    private record Key(String decisionDefinitionId, ApplicantType applicantType, HonourLevel honourLevel) {
    }

    private final DecisionService decisionService;
    private final ProcessEngineConfigurationImpl configuration;
    private final Map<Key, Decision> decided = new ConcurrentHashMap<>();
    /** The key under which a transaction keeps the latest version it read. */
    private final Object latestInTransaction = new Object();

    public AwardPolicy(DecisionService decisionService, ProcessEngineConfiguration configuration) {
        this.decisionService = decisionService;
        this.configuration = (ProcessEngineConfigurationImpl) configuration;
    }

    public Decision decide(ApplicantType applicantType, HonourLevel honourLevel) {
        String definitionId = latestDefinitionId();
        return decided.computeIfAbsent(new Key(definitionId, applicantType, honourLevel),
                key -> evaluate(definitionId, applicantType, honourLevel));
    }

    private Decision evaluate(String definitionId, ApplicantType applicantType, HonourLevel honourLevel) {
        DmnDecisionResultEntries result = decisionService.evaluateDecisionById(definitionId)
                .variables(Variables.createVariables()
                        .putValue("applicantType", applicantType.name())
                        .putValue("honourLevel", honourLevel.name()))
                .evaluate()
                .getSingleResult();
        if (result == null) {
            return new Decision(false, BigDecimal.ZERO, "奖励政策表没有适用的规则");
        }
        Number cap = result.getEntry("cap");
        return new Decision(Boolean.TRUE.equals(result.getEntry("eligible")),
                Money.fen(cap == null ? BigDecimal.ZERO : new BigDecimal(cap.toString())), result.getEntry("basis"));
    }

    /**
     * The id of the table's latest version, read without the authorizations of whoever triggered the step, once per
     * transaction: a step that asks several times (the review summary asks for the pre-check and for the award) sees
     * one version and reads it once.
     */
    private String latestDefinitionId() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return readLatestDefinitionId();
        }
        LatestVersion known = (LatestVersion) TransactionSynchronizationManager.getResource(latestInTransaction);
        if (known != null) {
            return known.definitionId;
        }
        // bound to this transaction, suspended with it for one started inside it (REQUIRES_NEW), unbound at its end
        LatestVersion latest = new LatestVersion(readLatestDefinitionId());
        TransactionSynchronizationManager.bindResource(latestInTransaction, latest);
        TransactionSynchronizationManager.registerSynchronization(
                new ResourceHolderSynchronization<>(latest, latestInTransaction) { });
        return latest.definitionId;
    }

    private static final class LatestVersion extends ResourceHolderSupport {
        private final String definitionId;

        private LatestVersion(String definitionId) {
            this.definitionId = definitionId;
        }
    }

    private String readLatestDefinitionId() {
        DecisionDefinitionEntity latest = configuration.getCommandExecutorTxRequired().execute(context -> context
                .runWithoutAuthorization(() -> context.getDecisionDefinitionManager()
                        .findLatestDecisionDefinitionByKey(DECISION_KEY)));
        if (latest == null) {
            throw new IllegalStateException("Decision table " + DECISION_KEY + " is not deployed");
        }
        return latest.getId();
    }
}
