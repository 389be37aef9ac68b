package cn.guanbiao.award;

import java.math.BigDecimal;

import cn.guanbiao.application.ApplicantType;
import cn.guanbiao.application.HonourLevel;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** R2: who may get the award and the cap per unit, from the decision table {@code award-policy} an administrator edits. */
@Component
public class AwardPolicy {

    public static final String DECISION_KEY = "award-policy";

    public record Decision(boolean eligible, BigDecimal cap, String basis) {
    }

    private final DecisionService decisionService;

    public AwardPolicy(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    public Decision decide(ApplicantType applicantType, HonourLevel honourLevel) {
        DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION_KEY)
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
