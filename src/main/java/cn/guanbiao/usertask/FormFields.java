package cn.guanbiao.usertask;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The fields a user task's form (or a REST completion) submitted, read and checked. Each refusal is a
 * {@link BadUserRequestException} with one Chinese sentence naming the field by its label and its key
 * ("请填写评价意见（comment）"), which both REST surfaces answer with {@code 400}.
 */
public class FormFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VariableScope scope;
    private final Clock clock;

    public FormFields(VariableScope scope, Clock clock) {
        this.scope = scope;
        this.clock = clock;
    }

    /** The field as it was submitted, whatever its type; null when absent. */
    public Object value(String key) {
        return scope.getVariable(key);
    }

    /** True when the field was not submitted or is blank. */
    public boolean isBlank(String key) {
        return text(key).isEmpty();
    }

    /** Optional text, stripped; empty when absent. */
    public String text(String key) {
        Object value = scope.getVariable(key);
        return value == null ? "" : value.toString().strip();
    }

    /** Optional text of at most {@code max} characters, stripped; empty when absent. */
    public String text(String key, String label, int max) {
        String text = text(key);
        if (text.codePointCount(0, text.length()) > max) {
            throw refused(named(label, key) + "不能超过 " + max + " 字");
        }
        return text;
    }

    /** Required text; {@code why} (may be empty) follows the request to fill it in. */
    public String requiredText(String key, String label, String why) {
        String text = text(key);
        if (text.isEmpty()) {
            throw refused("请填写" + named(label, key) + why);
        }
        return text;
    }

    /** Required text of at most {@code max} characters. */
    public String requiredText(String key, String label, String why, int max) {
        requiredText(key, label, why);
        return text(key, label, max);
    }

    /** A number not below zero. */
    public BigDecimal number(String key, String label) {
        BigDecimal number;
        try {
            number = new BigDecimal(text(key));
        } catch (NumberFormatException e) {
            throw refused("请填写" + named(label, key));
        }
        if (number.signum() < 0) {
            throw refused(named(label, key) + "不能为负数");
        }
        return number;
    }

    /** A sum in yuan not below zero, with at most two decimals, scaled to two. */
    public BigDecimal yuan(String key, String label) {
        BigDecimal number = number(key, label);
        if (number.stripTrailingZeros().scale() > 2) {
            throw refused(named(label, key) + "最多两位小数");
        }
        return number.setScale(2);
    }

    /** A sum in yuan above zero and at most {@code limit}, with at most two decimals, scaled to two. */
    public BigDecimal yuan(String key, String label, BigDecimal limit) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(text(key));
        } catch (NumberFormatException e) {
            throw refused("请填写" + named(label, key) + "，单位为元");
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw refused(named(label, key) + "须大于零、最多两位小数");
        }
        if (amount.compareTo(limit) > 0) {
            throw refused(named(label, key) + "不能超过 " + limit.toPlainString() + " 元");
        }
        return amount.setScale(2);
    }

    /** How many of something: a whole number from 0 to 1,000,000. */
    public int count(String key, String label) {
        BigDecimal n = number(key, label);
        if (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw refused(named(label, key) + "须为不小于 0 的整数");
        }
        return n.intValue();
    }

    /** A whole number from {@code min} to {@code max} (a score); "85", 85 and 85.0 alike. */
    public int integer(String key, String label, int min, int max) {
        try {
            BigDecimal n = new BigDecimal(text(key));
            if (n.stripTrailingZeros().scale() <= 0 && n.compareTo(BigDecimal.valueOf(min)) >= 0
                    && n.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return n.intValue();
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw refused("请填写" + named(label, key) + "：" + min + " 到 " + max + " 之间的整数");
    }

    /** A date not after today, as the date picker submits it (2024-05-10, possibly with a time). */
    public LocalDate pastDate(String key, String label) {
        String value = text(key);
        LocalDate date;
        try {
            date = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw refused("请填写" + label + "（" + key + "，如 2024-05-10）");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw refused(named(label, key) + "不能晚于今天");
        }
        return date;
    }

    /** A yes or no: the boolean a checkbox or radio submits, or its text. */
    public boolean yesOrNo(String key, String label) {
        Object value = scope.getVariable(key);
        if (value instanceof Boolean yes) {
            return yes;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean((String) value);
        }
        throw refused("请选择" + named(label, key));
    }

    /** One of {@code options}; {@code shown} says what each means (empty: the options themselves). */
    public String choice(String key, String label, List<String> options, String shown) {
        String value = text(key);
        if (!options.contains(value)) {
            throw refused("请选择" + named(label, key) + "：" + (shown.isEmpty() ? String.join("、", options) : shown));
        }
        return value;
    }

    /**
     * The values ticked in a checklist: a JSON array (a Json variable or its text) or a collection; empty when absent.
     * {@code item} names what the list holds.
     */
    public Set<String> checked(String key, String label, String item) {
        Object value = scope.getVariable(key);
        Set<String> checked = new LinkedHashSet<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(v -> checked.add(String.valueOf(v).strip()));
        } else if (value != null) {
            JsonNode node;
            try {
                node = JSON.readTree(value.toString());
            } catch (JsonProcessingException e) {
                node = null;
            }
            if (node == null || !node.isArray()) {
                throw refused(named(label, key) + "须为" + item + "的列表");
            }
            node.forEach(n -> checked.add(n.asText().strip()));
        }
        return checked;
    }

    public static BadUserRequestException refused(String message) {
        return new BadUserRequestException(message);
    }

    private static String named(String label, String key) {
        return label + "（" + key + "）";
    }
}
