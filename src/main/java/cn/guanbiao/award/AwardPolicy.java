package cn.guanbiao.award;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.guanbiao.application.ApplicantType;
import cn.guanbiao.application.HonourLevel;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

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
    private final DecisionVersions versions;
    private final Map<Key, Decision> decided = new ConcurrentHashMap<>();

    AwardPolicy(DecisionService decisionService, DecisionVersions versions) {
        this.decisionService = decisionService;
        this.versions = versions;
    }

    public Decision decide(ApplicantType applicantType, HonourLevel honourLevel) {
        String definitionId = versions.latestId(DECISION_KEY);
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
}
