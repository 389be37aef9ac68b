package cn.guanbiao.award;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.ResourceHolderSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The latest version of a decision table an administrator edits, read without the authorizations of whoever
 * triggered the step, once per transaction and table: a step that asks several times (the review summary asks for the
 * pre-check and for the award) sees one version and reads it once. A table that is a pure function of its inputs is
 * then evaluated once per version and input, its answer kept under the version's id.
 */
@Component
class DecisionVersions {

    private final ProcessEngineConfigurationImpl configuration;
    /** The key under which a transaction keeps the latest versions it read. */
    private final Object latestInTransaction = new Object();

    DecisionVersions(ProcessEngineConfiguration configuration) {
        this.configuration = (ProcessEngineConfigurationImpl) configuration;
    }

    String latestId(String decisionKey) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return readLatestId(decisionKey);
        }
        LatestVersions known = (LatestVersions) TransactionSynchronizationManager.getResource(latestInTransaction);
        if (known == null) {
            // bound to this transaction, suspended with it for one started inside it (REQUIRES_NEW), unbound at its end
            known = new LatestVersions();
            TransactionSynchronizationManager.bindResource(latestInTransaction, known);
            TransactionSynchronizationManager.registerSynchronization(
                    new ResourceHolderSynchronization<>(known, latestInTransaction) { });
        }
        return known.ids.computeIfAbsent(decisionKey, this::readLatestId);
    }

    private static final class LatestVersions extends ResourceHolderSupport {
        private final Map<String, String> ids = new HashMap<>();
    }

    private String readLatestId(String decisionKey) {
        DecisionDefinitionEntity latest = configuration.getCommandExecutorTxRequired().execute(context -> context
                .runWithoutAuthorization(() -> context.getDecisionDefinitionManager()
                        .findLatestDecisionDefinitionByKey(decisionKey)));
        if (latest == null) {
            throw new IllegalStateException("Decision table " + decisionKey + " is not deployed");
        }
        return latest.getId();
    }
}
