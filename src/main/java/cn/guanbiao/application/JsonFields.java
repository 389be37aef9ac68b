package cn.guanbiao.application;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the fields of one JSON object. A field that is missing, of the wrong JSON type or malformed
 * yields {@code null} and a {@link FieldError} (message in Chinese) in the shared list, so that the
 * caller goes on and reports every error at once. Public for the other public intakes (complaints).
 */
public final class JsonFields {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final JsonNode object;
    private final String prefix;
    private final List<FieldError> errors;

    private JsonFields(JsonNode object, String prefix, List<FieldError> errors) {
        this.object = object;
        this.prefix = prefix;
        this.errors = errors;
    }

    public static JsonFields of(JsonNode object, List<FieldError> errors) {
        return new JsonFields(object, "", errors);
    }

    static String element(String arrayName, int index) {
        return arrayName + "[" + index + "]";
    }

    public void reject(String name, String message) {
        errors.add(new FieldError(prefix + name, message));
    }

    /** The value if it is null or passes the test; otherwise records the message and returns null. */
    public <T> T check(String name, T value, Predicate<T> test, String message) {
        if (value == null || test.test(value)) {
            return value;
        }
        reject(name, message);
        return null;
    }

    public String requiredText(String name, String label, int maxLength) {
        return text(name, label, maxLength, true, false);
    }

    /** Missing, null and blank all read as null. */
    public String optionalText(String name, String label, int maxLength) {
        return text(name, label, maxLength, false, false);
    }

    /** Free text that may run over several lines (line breaks and tabs allowed, other control characters not). */
    public String requiredMultilineText(String name, String label, int maxLength) {
        return text(name, label, maxLength, true, true);
    }

    public <E extends Enum<E>> E requiredEnum(String name, String label, Class<E> type) {
        JsonNode value = required(name, label);
        return value == null ? null : enumValue(name, value, label, type);
    }

    /** An enum name that is an element of an array of this object, e.g. {@code honours[2]}. */
    <E extends Enum<E>> E enumElement(String arrayName, int index, JsonNode value, String label, Class<E> type) {
        return enumValue(element(arrayName, index), value, label, type);
    }

    /** An ISO date {@code yyyy-MM-dd}, given as a JSON string. */
    LocalDate requiredDate(String name, String label) {
        JsonNode value = required(name, label);
        if (value == null) {
            return null;
        }
        String text = value.isTextual() ? value.textValue().strip() : "";
        if (!ISO_DATE.matcher(text).matches()) {
            reject(name, label + "必须是“yyyy-MM-dd”格式的日期字符串，例如“2026-03-01”");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            reject(name, label + "不是有效的日期");
            return null;
        }
    }

    /** Yuan as a JSON number, 0 to {@link #MAX_AMOUNT}, at most two decimals; returned with scale 2. */
    BigDecimal requiredAmount(String name, String label) {
        JsonNode value = required(name, label);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            reject(name, label + "必须是数字（不加引号），例如 25000.00");
            return null;
        }
        if (!isFinite(value) || value.decimalValue().compareTo(MAX_AMOUNT) > 0) {
            reject(name, label + "不能超过 9999999999.99 元");
            return null;
        }
        BigDecimal amount = value.decimalValue();
        if (amount.signum() < 0) {
            reject(name, label + "不能为负数");
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            reject(name, label + "最多保留两位小数（以元为单位，精确到分）");
            return null;
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A JSON integer of at least 1. */
    Integer requiredPositiveInt(String name, String label) {
        JsonNode value = required(name, label);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
            reject(name, label + "必须是不小于 1 的整数");
            return null;
        }
        return value.intValue();
    }

    /** A JSON integer from 0 to {@code max}. */
    Integer requiredCount(String name, String label, int max) {
        JsonNode value = required(name, label);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0 || value.intValue() > max) {
            reject(name, label + "必须是 0 到 " + max + " 之间的整数");
            return null;
        }
        return value.intValue();
    }

    /** A JSON integer from {@code min} to {@code max}; missing or null read as null. */
    Integer optionalInt(String name, String label, int min, int max) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            reject(name, label + "必须是 " + min + " 到 " + max + " 之间的整数");
            return null;
        }
        return value.intValue();
    }

    /** The fields of a nested JSON object; null when it is missing or null, or (with an error) not an object. */
    JsonFields optionalObject(String name, String label) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            reject(name, label + "必须是JSON对象");
            return null;
        }
        return new JsonFields(value, prefix + name + ".", errors);
    }

    /** The elements of a JSON array of 1 to {@code maxItems} elements; empty after an error. */
    List<JsonNode> requiredArray(String name, String label, int maxItems) {
        JsonNode value = required(name, label);
        if (value == null) {
            return List.of();
        }
        List<JsonNode> items = array(name, value, label, maxItems);
        if (value.isArray() && value.isEmpty()) {
            reject(name, label + "至少需要填写一项");
        }
        return items;
    }

    /** The elements of a JSON array of at most {@code maxItems} elements; missing or null reads as empty. */
    List<JsonNode> optionalArray(String name, String label, int maxItems) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? List.of() : array(name, value, label, maxItems);
    }

    /** The fields of an element of an array of this object, or null (and an error) if it is not an object. */
    JsonFields item(String arrayName, int index, JsonNode value, String label) {
        String path = element(arrayName, index);
        if (!value.isObject()) {
            reject(path, label + "必须是JSON对象");
            return null;
        }
        return new JsonFields(value, prefix + path + ".", errors);
    }

    private String text(String name, String label, int maxLength, boolean required, boolean multiline) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                reject(name, label + "为必填项");
            }
            return null;
        }
        if (!value.isTextual()) {
            reject(name, label + "必须是字符串");
            return null;
        }
        String text = value.textValue().strip();
        if (text.isEmpty()) {
            if (required) {
                reject(name, label + "不能为空");
            }
            return null;
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t')))) {
            reject(name, label + (multiline ? "不能包含控制字符" : "不能包含换行、制表符等控制字符"));
            return null;
        }
        if (text.codePoints().anyMatch(JsonFields::isLoneSurrogate)) {
            reject(name, label + "含有无法识别的字符，请删除后重新输入");
            return null;
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            reject(name, label + "不能超过 " + maxLength + " 个字符");
            return null;
        }
        return text;
    }

    private JsonNode required(String name, String label) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            reject(name, label + "为必填项");
            return null;
        }
        return value;
    }

    private <E extends Enum<E>> E enumValue(String name, JsonNode value, String label, Class<E> type) {
        String text = value.isTextual() ? value.textValue().strip() : "";
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"));
        reject(name, label + "必须是以下之一：" + allowed);
        return null;
    }

    private List<JsonNode> array(String name, JsonNode value, String label, int maxItems) {
        if (!value.isArray()) {
            reject(name, label + "必须是JSON数组");
            return List.of();
        }
        if (value.size() > maxItems) {
            reject(name, label + "最多 " + maxItems + " 项");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    /** Half of a surrogate pair: not a character, and not storable as UTF-8 (PostgreSQL would keep a '?'). */
    private static boolean isLoneSurrogate(int codePoint) {
        return Character.getType(codePoint) == Character.SURROGATE;
    }

    /** A double that overflowed (e.g. 1e400) has no decimal value. */
    private static boolean isFinite(JsonNode number) {
        return !(number.isDouble() || number.isFloat()) || Double.isFinite(number.doubleValue());
    }
}
