package cn.guanbiao.pilot;

import cn.guanbiao.platform.CommonVariables;
import java.util.Date;
import java.util.Map;

import cn.guanbiao.platform.TypedVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of process {@code pilot-participation} (names in {@link PilotVariables}), typed. */
public final class PilotParticipationVariables extends TypedVariables {

    private PilotParticipationVariables(VariableScope scope) {
        super(scope);
    }

    private PilotParticipationVariables(Map<String, ?> variables) {
        super(variables);
    }

    public static PilotParticipationVariables of(VariableScope scope) {
        return new PilotParticipationVariables(scope);
    }

    public static PilotParticipationVariables of(Map<String, ?> variables) {
        return new PilotParticipationVariables(variables);
    }

    public String creditCode() {
        return text(CommonVariables.CREDIT_CODE);
    }

    public int pilotYear() {
        return integer(PilotVariables.PILOT_YEAR);
    }

    /** The year the current annual report is about; null before the first. */
    public Integer reportingYear() {
        return integer(PilotVariables.REPORTING_YEAR);
    }

    public void setGradedEvaluation(boolean graded) {
        set(PilotVariables.GRADED_EVALUATION, graded);
    }

    public void nextReport(int dataYear, Date opensAt, Date dueAt, Date reminderAt) {
        set(PilotVariables.REPORTING_YEAR, dataYear);
        set(PilotVariables.REPORT_OPENS_AT, opensAt);
        set(PilotVariables.REPORT_DUE_AT, dueAt);
        set(PilotVariables.REPORT_REMINDER_AT, reminderAt);
    }

    public void setMoreReports(boolean more) {
        set(PilotVariables.MORE_REPORTS, more);
    }
}
