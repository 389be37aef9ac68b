package cn.guanbiao.usertask;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a reviewer decided. Tasklist's forms submit {@code decision} (APPROVE, RETURN, REJECT); REST clients
 * submit the booleans {@code approved} and {@code returnForCorrection} of DOMAIN §5. Both end up here.
 */
public enum ReviewOutcome {
    APPROVED("通过"), RETURNED("退回补正"), REJECTED("不予通过");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Reads and checks the decision; writes the booleans back so that both forms of input agree (for processes whose
     * gateways test {@code approved}).
     */
    public static ReviewOutcome read(VariableScope task, boolean mayReturn) {
        ReviewOutcome outcome = checked(task, mayReturn);
        var variables = DecisionVariables.of(task);
        variables.setOutcome(outcome == APPROVED, outcome == RETURNED);
        variables.removeDecision();
        return outcome;
    }

    /**
     * Reads and checks the decision and removes the form's input ({@code comment} stays: the next step may quote it),
     * for a process that records the outcome itself. Removed in the transaction that created them, the inputs cost no
     * runtime rows, and the next task has nothing left to clear.
     */
    public static ReviewOutcome consume(VariableScope task, boolean mayReturn) {
        ReviewOutcome outcome = checked(task, mayReturn);
        DecisionVariables.of(task).removeInput();
        return outcome;
    }

    private static ReviewOutcome checked(VariableScope task, boolean mayReturn) {
        ReviewOutcome outcome = fromVariables(task);
        if (outcome == RETURNED && !mayReturn) {
            throw new BadUserRequestException("此环节不能退回申请人补正，请选择通过或不予通过");
        }
        String comment = DecisionVariables.of(task).comment();
        if (outcome != APPROVED && (comment == null || comment.isBlank())) {
            throw new BadUserRequestException("请填写意见：不予通过或退回补正时必须说明理由（comment）");
        }
        return outcome;
    }

    private static ReviewOutcome fromVariables(VariableScope task) {
        var variables = DecisionVariables.of(task);
        Object decision = variables.decisionEntered();
        if (decision != null) {
            return switch (decision.toString()) {
                case "APPROVE" -> APPROVED;
                case "RETURN" -> RETURNED;
                case "REJECT" -> REJECTED;
                default -> throw new BadUserRequestException("未知的审核结论：" + decision);
            };
        }
        Object approved = variables.approvedEntered();
        if (!(approved instanceof Boolean)) {
            throw new BadUserRequestException("请选择审核结论（approved 须为 true 或 false）");
        }
        if ((Boolean) approved) {
            return APPROVED;
        }
        return variables.returnForCorrection() ? RETURNED : REJECTED;
    }

    /** Before a new review task: no decision of an earlier task may prefill its form or steer its gateway. */
    public static void clear(VariableScope scope) {
        DecisionVariables.of(scope).clear();
    }
}
