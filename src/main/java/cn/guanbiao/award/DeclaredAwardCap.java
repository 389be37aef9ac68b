package cn.guanbiao.award;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.guanbiao.application.AwardLevel;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Which levels of the awards a unit declares use up this programme's cap as a payment would (R2, R4), from the decision
 * table {@code declared-award-cap} an administrator edits: by default a {@code MUNICIPAL} award, this programme's
 * 3万元/家 paid before the system or outside it. Evaluated once per version of the table and level.
 */
@Component
public class DeclaredAwardCap {

    public static final String DECISION_KEY = "declared-award-cap";

    private record Key(String decisionDefinitionId, AwardLevel level) {
    }

    private final DecisionService decisionService;
    private final DecisionVersions versions;
    private final Map<Key, Boolean> decided = new ConcurrentHashMap<>();

    DeclaredAwardCap(DecisionService decisionService, DecisionVersions versions) {
        this.decisionService = decisionService;
        this.versions = versions;
    }

    public boolean usesCap(AwardLevel level) {
        String definitionId = versions.latestId(DECISION_KEY);
        return decided.computeIfAbsent(new Key(definitionId, level), key -> {
            DmnDecisionResultEntries result = decisionService.evaluateDecisionById(definitionId)
                    .variables(Variables.createVariables().putValue("awardLevel", level.name()))
                    .evaluate()
                    .getSingleResult();
            return result != null && Boolean.TRUE.equals(result.getEntry("usesCap"));
        });
    }
}
