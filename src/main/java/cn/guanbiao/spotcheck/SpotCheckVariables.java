package cn.guanbiao.spotcheck;

/** Names of the variables of process {@code spot-check-campaign} (business key: the campaign number, SC-2026-01). */
public final class SpotCheckVariables {

    public static final String PROCESS_KEY = "spot-check-campaign";
    /** Starts a campaign by hand; the quarterly timer starts the others. */
    public static final String MESSAGE_SPOT_CHECK_REQUESTED = "SpotCheckRequested";

    public static final String CAMPAIGN_NO = "campaignNo";
    /** Share of the population to check, a decimal String ("0.05"); absent: {@code app.spot-check.rate}. */
    public static final String RATE = "rate";
    /** Integer; absent: {@code app.spot-check.inspectors-per-unit}. */
    public static final String INSPECTORS_PER_UNIT = "inspectorsPerUnit";
    /** Long; absent: a fresh random seed, stored with the draw. */
    public static final String SEED = "seed";
    /** Optional: only the awards of this call are drawn from. */
    public static final String CALL_ID = "callId";
    /** Integer: the gateway after the draw routes on it. */
    public static final String SAMPLE_SIZE = "sampleSize";

    /** Per drawn unit (multi-instance element), local to its inspection. */
    public static final String APPLICATION_NO = "applicationNo";
    public static final String ORG_NAME = "orgName";
    public static final String CREDIT_CODE = "creditCode";
    public static final String CERTIFICATION_BODY = "certificationBody";
    public static final String AWARD_AMOUNT = "awardAmount";
    public static final String INSPECTOR_NAMES = "inspectorNames";
    /** Set when the inspection is completed; the gateways route on them. */
    public static final String CONCLUSION = InspectionChecklist.CONCLUSION;
    public static final String BODY_FINDINGS_FOUND = "bodyFindingsFound";

    private SpotCheckVariables() {
    }
}
