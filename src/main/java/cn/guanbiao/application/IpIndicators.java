package cn.guanbiao.application;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A unit's IP indicators for one year (R9): given when applying (the baseline, optional) and reported again in
 * the performance evaluation a year after the award, so that the district office can compare them.
 */
public record IpIndicators(int patentsFiled, int patentsGranted, int ipStaff, int trainingHours, int riskWarnings) {

    private static final int MAX = 1_000_000;

    /** Reads the indicators from a JSON object of their own, e.g. the body of the evaluation report. */
    public static IpIndicators fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InvalidInputException("", "请求内容必须是一个JSON对象");
        }
        List<FieldError> errors = new ArrayList<>();
        IpIndicators indicators = read(JsonFields.of(json, errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return indicators;
    }

    /** The optional object {@code name} of an application; null when absent. */
    static IpIndicators readOptional(JsonFields fields, String name) {
        JsonFields object = fields.optionalObject(name, "知识产权指标");
        return object == null ? null : read(object);
    }

    private static IpIndicators read(JsonFields fields) {
        Integer filed = fields.requiredCount("patentsFiled", "年度专利申请量（件）", MAX);
        Integer granted = fields.requiredCount("patentsGranted", "年度专利授权量（件）", MAX);
        Integer staff = fields.requiredCount("ipStaff", "知识产权工作人员（人）", MAX);
        Integer training = fields.requiredCount("trainingHours", "知识产权培训（学时）", MAX);
        Integer warnings = fields.requiredCount("riskWarnings", "知识产权风险预警（次）", MAX);
        if (filed == null || granted == null || staff == null || training == null || warnings == null) {
            return null;
        }
        return new IpIndicators(filed, granted, staff, training, warnings);
    }
}
