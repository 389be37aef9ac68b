package cn.guanbiao.complaint;

import java.util.ArrayList;
import java.util.List;

import cn.guanbiao.application.ApplicationFormReader;
import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.application.JsonFields;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

/**
 * Turns the JSON of {@code POST /api/public/complaints} into a {@link ComplaintForm}, or throws an
 * {@link InvalidInputException} naming every bad field. Whether the application or the body exists is
 * checked by {@link ComplaintIntake}.
 */
@Component
class ComplaintFormReader {

    static final int MAX_CONTENT = 5000;

    ComplaintForm read(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InvalidInputException("", "请求内容必须是一个JSON对象");
        }
        List<FieldError> errors = new ArrayList<>();
        JsonFields fields = JsonFields.of(json, errors);

        ComplaintSubject subject = fields.requiredEnum("subject", "投诉举报对象", ComplaintSubject.class);
        String applicationNo = null;
        String certificationBody = null;
        if (subject == ComplaintSubject.AWARD) {
            applicationNo = fields.requiredText("applicationNo", "被投诉获奖单位的申请编号", 30);
            notForThisSubject(json, fields, "certificationBody", "投诉对象为获奖单位时不填写认证机构，请在投诉内容中说明");
        } else if (subject == ComplaintSubject.CERTIFICATION_BODY) {
            certificationBody = fields.requiredText("certificationBody", "被投诉的认证机构", 200);
            notForThisSubject(json, fields, "applicationNo", "投诉对象为认证机构时不填写申请编号，涉及的单位请在投诉内容中说明");
        }
        String content = fields.requiredMultilineText("content", "投诉举报内容", MAX_CONTENT);
        String contactName = fields.optionalText("contactName", "联系人姓名", 100);
        String contactEmail = fields.check("contactEmail", fields.optionalText("contactEmail", "电子邮箱", 254),
                ApplicationFormReader.EMAIL.asMatchPredicate(), "电子邮箱格式不正确，例如 zhangsan@example.com");
        String contactPhone = fields.check("contactPhone", fields.optionalText("contactPhone", "联系电话", 30),
                ApplicationFormReader.PHONE.asMatchPredicate(), "联系电话只能包含数字、空格、“+”和“-”");

        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ComplaintForm(subject, applicationNo, certificationBody, content, contactName, contactEmail, contactPhone);
    }

    /** The field of the other subject must be absent (or empty), so that a complaint names one thing only. */
    private static void notForThisSubject(JsonNode json, JsonFields fields, String name, String message) {
        JsonNode value = json.get(name);
        if (value != null && !value.isNull() && !(value.isTextual() && value.textValue().isBlank())) {
            fields.reject(name, message);
        }
    }
}
