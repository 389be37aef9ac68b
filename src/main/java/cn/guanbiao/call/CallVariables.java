package cn.guanbiao.call;

/** Variables of process {@code award-call}. */
public final class CallVariables {

    public static final String PROCESS_KEY = "award-call";
    public static final String CALL_ID = "callId";
    /** java.util.Date: the timer that closes the call reads it. */
    public static final String CLOSES_AT = "closesAt";
    /** The ranked list shown in ApproveAwardList (JSON). */
    public static final String AWARD_LIST = "awardList";
    public static final String APPROVED = "approved";
    public static final String COMMENT = "comment";
    public static final String DECISION = "decision";
    public static final String MESSAGE_CLOSE_CALL = "CloseCall";

    private CallVariables() {
    }
}
