package cn.guanbiao.application;

import cn.guanbiao.application.ApplicationForm.Fee;
import cn.guanbiao.application.ApplicationForm.PriorAward;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns the JSON of {@code POST /api/applications} (DOMAIN §5) into an {@link ApplicationForm}, checking
 * every field, or throws an {@link InvalidInputException} listing everything that is wrong.
 * Reads a {@link JsonNode} rather than binding, so that a wrong JSON type is a field error too.
 * Whether the call is open, the district known or the certification body approved is checked elsewhere.
 */
@Component
public class ApplicationFormReader {

    public static final int MAX_FEES = 50;
    public static final int MAX_PRIOR_AWARDS = 20;
    /** Years a prior award may be of: from 2013, when the standard GB/T 29490 was issued, to a bound against typos. */
    static final int FIRST_AWARD_YEAR = 2013;
    static final int LAST_AWARD_YEAR = 2100;

    /** Also read by the other public intakes (complaints). */
    public static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}");
    public static final Pattern PHONE = Pattern.compile("(?=.*[0-9])[0-9 +-]+");
    private static final Pattern DISTRICT_CODE = Pattern.compile("[0-9]{6}");

    public ApplicationForm read(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InvalidInputException("body", "请求内容必须是一个JSON对象");
        }
        List<FieldError> errors = new ArrayList<>();
        JsonFields fields = JsonFields.of(json, errors);

        String callId = fields.requiredText("callId", "申报批次编号", 30);
        String orgName = fields.requiredText("orgName", "单位名称", 200);
        String creditCode = creditCode(fields);
        ApplicantType applicantType = fields.requiredEnum("applicantType", "申报主体类型", ApplicantType.class);
        String districtCode = fields.check("districtCode", fields.requiredText("districtCode", "所在区县", 20),
                DISTRICT_CODE.asMatchPredicate(), "所在区县须为 6 位行政区划代码，例如 500112（渝北区）");
        String standard = standard(fields, applicantType);
        String certificateNo = fields.requiredText("certificateNo", "认证证书编号", 100);
        LocalDate issuedOn = fields.requiredDate("certificateIssuedOn", "发证日期");
        LocalDate expiresOn = fields.check("certificateExpiresOn",
                fields.requiredDate("certificateExpiresOn", "证书有效期至"),
                date -> issuedOn == null || date.isAfter(issuedOn), "证书有效期至必须晚于发证日期");
        String certificationBody = fields.requiredText("certificationBody", "认证机构", 200);
        AuditStage auditStage = fields.requiredEnum("auditStage", "本次申报对应的审核阶段", AuditStage.class);
        List<Honour> honours = honours(fields);
        List<Fee> fees = fees(fields);
        List<PriorAward> priorAwards = priorAwards(fields);
        String contactName = fields.requiredText("contactName", "联系人姓名", 100);
        String contactEmail = fields.check("contactEmail", fields.requiredText("contactEmail", "联系人电子邮箱", 254),
                EMAIL.asMatchPredicate(), "联系人电子邮箱格式不正确，例如 zhangsan@example.com");
        String contactPhone = fields.check("contactPhone", fields.optionalText("contactPhone", "联系电话", 30),
                PHONE.asMatchPredicate(), "联系电话只能包含数字、空格、“+”和“-”");
        IpIndicators ipIndicators = IpIndicators.readOptional(fields, "ipIndicators");

        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ApplicationForm(callId, orgName, creditCode, applicantType, districtCode, standard,
                certificateNo, issuedOn, expiresOn, certificationBody, auditStage, honours, fees, priorAwards,
                contactName, contactEmail, contactPhone, ipIndicators);
    }

    private static String creditCode(JsonFields fields) {
        String code = fields.requiredText("creditCode", "统一社会信用代码", 50);
        if (code == null || CreditCode.isValid(code)) {
            return code;
        }
        String upperCase = code.toUpperCase(Locale.ROOT);
        if (code.length() != CreditCode.LENGTH) {
            fields.reject("creditCode", "统一社会信用代码应为 18 位");
        } else if (!upperCase.chars().allMatch(c -> CreditCode.ALPHABET.indexOf(c) >= 0)) {
            fields.reject("creditCode", "统一社会信用代码只能由数字和大写字母组成，且不含 I、O、S、V、Z");
        } else if (!CreditCode.isValid(upperCase)) {
            fields.reject("creditCode", "统一社会信用代码的校验码（第 18 位）不正确，请核对");
        } else {
            fields.reject("creditCode", "统一社会信用代码中的字母必须大写");
        }
        return null;
    }

    private static String standard(JsonFields fields, ApplicantType applicantType) {
        String standard = fields.requiredText("standard", "认证标准", 30);
        if (standard == null || applicantType == null || applicantType.isCertifiedAgainst(standard)) {
            return standard;
        }
        fields.reject("standard", applicantType.label() + "适用的认证标准为："
                + String.join("、", new TreeSet<>(applicantType.standards())));
        return null;
    }

    private static List<Honour> honours(JsonFields fields) {
        List<JsonNode> items = fields.optionalArray("honours", "荣誉称号", Honour.values().length);
        List<Honour> honours = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Honour honour = fields.enumElement("honours", i, items.get(i), "荣誉称号", Honour.class);
            if (honour == null) {
                continue;
            }
            if (honours.contains(honour)) {
                fields.reject(JsonFields.element("honours", i), "荣誉称号重复填写");
            } else {
                honours.add(honour);
            }
        }
        return List.copyOf(honours);
    }

    private static List<Fee> fees(JsonFields fields) {
        List<JsonNode> items = fields.requiredArray("certificationFees", "认证费用", MAX_FEES);
        List<Fee> fees = new ArrayList<>();
        Map<String, Integer> positionByInvoiceNo = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonFields item = fields.item("certificationFees", i, items.get(i), "认证费用");
            if (item == null) {
                continue;
            }
            String invoiceNo = item.requiredText("invoiceNo", "发票号码", 50);
            Integer earlier = invoiceNo == null ? null : positionByInvoiceNo.putIfAbsent(invoiceNo, i);
            if (earlier != null) {
                item.reject("invoiceNo", "发票号码与第 " + (earlier + 1) + " 项费用重复，同一张发票只能填报一次");
                invoiceNo = null;
            }
            fee(item, invoiceNo).ifPresent(fees::add);
        }
        return List.copyOf(fees);
    }

    private static Optional<Fee> fee(JsonFields item, String invoiceNo) {
        BigDecimal amount = item.requiredAmount("amount", "费用金额");
        Integer cycle = item.requiredPositiveInt("cycle", "认证周期");
        AuditStage stage = item.requiredEnum("stage", "费用对应的审核阶段", AuditStage.class);
        FeeKind kind = item.requiredEnum("kind", "费用类别", FeeKind.class);
        if (invoiceNo == null || amount == null || cycle == null || stage == null || kind == null) {
            return Optional.empty();
        }
        return Optional.of(new Fee(invoiceNo, amount, cycle, stage, kind));
    }

    private static List<PriorAward> priorAwards(JsonFields fields) {
        List<JsonNode> items = fields.optionalArray("priorAwards", "已获奖励", MAX_PRIOR_AWARDS);
        List<PriorAward> awards = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonFields item = fields.item("priorAwards", i, items.get(i), "已获奖励");
            if (item == null) {
                continue;
            }
            AwardLevel level = item.requiredEnum("level", "奖励级别", AwardLevel.class);
            BigDecimal amount = item.requiredAmount("amount", "奖励金额");
            Integer year = item.optionalInt("year", "奖励年度", FIRST_AWARD_YEAR, LAST_AWARD_YEAR);
            String documentNo = item.optionalText("documentNo", "奖励文号", 100);
            if (level != null && amount != null) {
                awards.add(new PriorAward(level, amount, year, documentNo));
            }
        }
        return List.copyOf(awards);
    }
}
