package cn.guanbiao.recovery;

import cn.guanbiao.platform.CommonVariables;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.account.Ledger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the recovery of an award (R7) when a spot check or a complaint finds fraud: one recovery per
 * application, only of money actually paid.
 */
@Service
public class FundRecoveries {

    private final RuntimeService runtimeService;
    private final Ledger ledger;

    public FundRecoveries(RuntimeService runtimeService, Ledger ledger) {
        this.runtimeService = runtimeService;
        this.ledger = ledger;
    }

    /**
     * Starts process {@code fund-recovery} for the application; the id of its instance. An application already
     * under recovery keeps the recovery it has (its id is returned); one never paid cannot be recovered.
     */
    @Transactional
    public String start(String applicationNo, RecoverySource source, String sourceRef, String findings) {
        if (ledger.payment(applicationNo).isEmpty()) {
            throw new IllegalArgumentException("申请 " + applicationNo + " 未拨付奖励资金，无需追回");
        }
        Optional<ProcessInstance> running = running(applicationNo);
        if (running.isPresent()) {
            return running.get().getId();
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(CommonVariables.APPLICATION_NO, applicationNo);
        variables.put(RecoveryVariables.SOURCE, source.name());
        variables.put(RecoveryVariables.SOURCE_REF, sourceRef);
        variables.put(CommonVariables.FINDINGS, findings);
        return runtimeService.startProcessInstanceByKey(RecoveryVariables.PROCESS_KEY, applicationNo, variables).getId();
    }

    public Optional<ProcessInstance> running(String applicationNo) {
        return Optional.ofNullable(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(RecoveryVariables.PROCESS_KEY).processInstanceBusinessKey(applicationNo).singleResult());
    }
}
