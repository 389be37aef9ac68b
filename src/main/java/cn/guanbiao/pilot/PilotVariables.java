package cn.guanbiao.pilot;

import cn.guanbiao.platform.CommonVariables;

/**
 * Names of the variables of processes {@code pilot-batch} and {@code pilot-participation}; read and written typed through
 * {@link PilotBatchVariables} and {@link PilotParticipationVariables}.
 */
public final class PilotVariables {

    public static final String BATCH_PROCESS = "pilot-batch";
    public static final String PARTICIPATION_PROCESS = "pilot-participation";

    // pilot-batch (business key = batch number, PB-<year>-<district>)
    public static final String BATCH_NO = "batchNo";
    public static final String PILOT_YEAR = "pilotYear";
    public static final String DEADLINE = "pilotDeadline";
    public static final String REMINDER_AT = "pilotReminderAt";
    public static final String ANYONE_TO_SELECT = "anyoneToSelect";
    /** The list as the approvers and the district see it (Json). */
    public static final String PILOT_LIST = "pilotList";
    /** The checklist options of the district's form: [{label, value}] (Json). */
    public static final String OPTIONS = "pilotOptions";
    /** The credit codes on the list (Json array; the district's form writes it). */
    public static final String SELECTED = "selectedCreditCodes";
    /** One line per enterprise: credit code, contact person, phone, e-mail. */
    public static final String CONTACTS = "contacts";
    public static final String ADJUSTMENT_REASON = "adjustmentReason";
    public static final String RETURN_COMMENT = "returnComment";
    public static final String MUNICIPAL_APPROVED = "municipalApproved";
    public static final String ECONOMY_APPROVED = "economyApproved";

    // pilot-participation (business key = PP-<year>-<credit code>)
    public static final String GRADED_EVALUATION = "gradedEvaluation";
    public static final String REPORTING_YEAR = "reportingYear";
    public static final String REPORT_OPENS_AT = "reportOpensAt";
    public static final String REPORT_DUE_AT = "reportDueAt";
    public static final String REPORT_REMINDER_AT = "reportReminderAt";
    public static final String MORE_REPORTS = "moreReports";

    private PilotVariables() {
    }
}
