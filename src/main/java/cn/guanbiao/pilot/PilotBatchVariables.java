package cn.guanbiao.pilot;

import cn.guanbiao.platform.CommonVariables;
import java.util.Map;

import cn.guanbiao.platform.TypedVariables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** The variables of process {@code pilot-batch} (names in {@link PilotVariables}), typed. */
public final class PilotBatchVariables extends TypedVariables {

    private PilotBatchVariables(VariableScope scope) {
        super(scope);
    }

    private PilotBatchVariables(Map<String, ?> variables) {
        super(variables);
    }

    public static PilotBatchVariables of(VariableScope scope) {
        return new PilotBatchVariables(scope);
    }

    public static PilotBatchVariables of(Map<String, ?> variables) {
        return new PilotBatchVariables(variables);
    }

    public String batchNo() {
        return text(PilotVariables.BATCH_NO);
    }

    public String districtCode() {
        return text(CommonVariables.DISTRICT_CODE);
    }

    public int pilotYear() {
        return integer(PilotVariables.PILOT_YEAR);
    }

    /** The district's checklist as its form submits it (a JSON array, a String or a collection), not yet checked. */
    public Object selectedEntered() {
        return value(PilotVariables.SELECTED);
    }

    public String contacts() {
        return text(PilotVariables.CONTACTS);
    }

    public Object decisionEntered() {
        return value(CommonVariables.DECISION);
    }

    public String returnComment() {
        return text(PilotVariables.RETURN_COMMENT);
    }

    /** The list as the approvers and the district see it, as JSON text. */
    public String pilotList() {
        return json(PilotVariables.PILOT_LIST);
    }

    public String options() {
        return json(PilotVariables.OPTIONS);
    }

    public void proposed(boolean anyoneToSelect, JsonValue selected) {
        set(PilotVariables.ANYONE_TO_SELECT, anyoneToSelect);
        set(PilotVariables.SELECTED, selected);
    }

    public void setPilotList(JsonValue list) {
        set(PilotVariables.PILOT_LIST, list);
    }

    public void setOptions(JsonValue options) {
        set(PilotVariables.OPTIONS, options);
    }

    public void setContacts(String contactLines) {
        set(PilotVariables.CONTACTS, contactLines);
    }

    public void setReturnComment(String comment) {
        set(PilotVariables.RETURN_COMMENT, comment);
    }

    /** The municipal office's or the economy bureau's approval, as the gateway after both reads it. */
    public void setApproved(boolean municipal, boolean approved) {
        set(municipal ? PilotVariables.MUNICIPAL_APPROVED : PilotVariables.ECONOMY_APPROVED, approved);
    }

    /** Kept in pilot_batch_decision; removed so that no later form is pre-filled with a decision. */
    public void removeDecision() {
        remove(CommonVariables.DECISION);
        remove(CommonVariables.COMMENT);
    }
}
