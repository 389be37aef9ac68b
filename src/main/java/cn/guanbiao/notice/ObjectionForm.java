package cn.guanbiao.notice;

import java.util.ArrayList;
import java.util.List;

import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of an objection, {@code {"reason", "contact"}}, checked like an application: the reason is required
 * text of at most {@value #MAX_REASON} characters, line breaks allowed; the contact optional text of at most
 * {@value #MAX_CONTACT} characters on one line. Anything else (another JSON type, a control character, half of a
 * surrogate pair, which PostgreSQL cannot store) is a field error.
 */
record ObjectionForm(String reason, String contact) {

    static final int MAX_REASON = 2000;
    static final int MAX_CONTACT = 200;

    static ObjectionForm read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "请求内容必须是一个JSON对象");
        }
        List<FieldError> errors = new ArrayList<>();
        String reason = text(body, "reason", "异议理由", MAX_REASON, true, errors);
        if (reason == null && errors.isEmpty()) {
            errors.add(new FieldError("reason", "请填写异议理由（不超过 " + MAX_REASON + " 字）"));
        }
        String contact = text(body, "contact", "联系方式", MAX_CONTACT, false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ObjectionForm(reason, contact);
    }

    /** The stripped text, or null if it is missing, null or blank; null and an error if it is not acceptable. */
    private static String text(JsonNode body, String name, String label, int maxLength, boolean multiLine,
            List<FieldError> errors) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(name, label + "必须是文字"));
            return null;
        }
        String text = value.textValue().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            errors.add(new FieldError(name, label + "不能超过 " + maxLength + " 字"));
        } else if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t')))) {
            errors.add(new FieldError(name, label + (multiLine ? "不能包含控制字符" : "不能包含换行、制表符等控制字符")));
        } else if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
            errors.add(new FieldError(name, label + "含有无法识别的字符，请删除后重新输入"));
        } else {
            return text;
        }
        return null;
    }
}
