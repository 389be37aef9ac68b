package cn.guanbiao.spotcheck;

import java.math.BigDecimal;
import java.util.Map;

import cn.guanbiao.platform.CommonVariables;
import cn.guanbiao.platform.TypedVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of process {@code spot-check-campaign} (business key: the campaign number, SC-2026-01), typed:
 * {@code SpotCheckVariables.of(execution).campaignNo()}.
 */
public final class SpotCheckVariables extends TypedVariables {

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
    /** Integer: the gateway after the draw routes on it. */
    public static final String SAMPLE_SIZE = "sampleSize";

    /** Shown to the inspectors as formatted yuan ("" when none). */
    public static final String INSPECTOR_NAMES = "inspectorNames";
    /** Set when the inspection is completed; the gateways route on them. */
    public static final String CONCLUSION = InspectionChecklist.CONCLUSION;
    public static final String BODY_FINDINGS_FOUND = "bodyFindingsFound";

    private SpotCheckVariables(VariableScope scope) {
        super(scope);
    }

    private SpotCheckVariables(Map<String, ?> variables) {
        super(variables);
    }

    public static SpotCheckVariables of(VariableScope scope) {
        return new SpotCheckVariables(scope);
    }

    public static SpotCheckVariables of(Map<String, ?> variables) {
        return new SpotCheckVariables(variables);
    }

    public String campaignNo() {
        return text(CAMPAIGN_NO);
    }

    /** The unit an inspection is about: the element of the multi-instance, set by the engine from the drawn list. */
    public String applicationNo() {
        return text(CommonVariables.APPLICATION_NO);
    }

    public BigDecimal rate() {
        Object rate = value(RATE);
        return rate == null ? null : new BigDecimal(rate.toString());
    }

    public Integer inspectorsPerUnit() {
        return integer(INSPECTORS_PER_UNIT);
    }

    public Long seed() {
        Object seed = value(SEED);
        return seed == null ? null : ((Number) seed).longValue();
    }

    public String callId() {
        return text(CommonVariables.CALL_ID);
    }

    /** Whether the inspection's form ticks the checklist item {@code key}. */
    public boolean ticked(String key) {
        return isTrue(key);
    }

    public String conclusion() {
        return text(CONCLUSION);
    }

    public void drawn(String campaignNo, BigDecimal rate, int inspectorsPerUnit, long seed, int sampleSize) {
        set(CAMPAIGN_NO, campaignNo);
        set(RATE, rate.toPlainString());
        set(INSPECTORS_PER_UNIT, inspectorsPerUnit);
        set(SEED, seed);
        set(SAMPLE_SIZE, sampleSize);
    }

    /** On a unit's scope: what its inspection shows, and an empty form of its own (see SpotCheckInspectionListener). */
    public void unitShown(String orgName, String creditCode, String certificationBody, String awardAmount,
            String inspectorNames) {
        InspectionChecklist.formKeys().forEach(key -> setLocal(key, null));
        setLocal(CommonVariables.ORG_NAME, orgName);
        setLocal(CommonVariables.CREDIT_CODE, creditCode);
        setLocal(CommonVariables.CERTIFICATION_BODY, certificationBody);
        setLocal(CommonVariables.AWARD_AMOUNT, awardAmount);
        setLocal(INSPECTOR_NAMES, inspectorNames);
    }

    /** On a unit's scope: what the gateways after its inspection route on. */
    public void inspected(SpotCheckConclusion conclusion, boolean bodyFindingsFound) {
        setLocal(CONCLUSION, conclusion.name());
        setLocal(BODY_FINDINGS_FOUND, bodyFindingsFound);
    }
}
