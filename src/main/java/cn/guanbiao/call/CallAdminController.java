package cn.guanbiao.call;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/calls} (group camunda-admin, see AdminApiAuthentication). */
@RestController
@RequestMapping("/api/admin/calls")
class CallAdminController {

    private final CallOpening opening;
    private final AwardCalls calls;

    CallAdminController(CallOpening opening, AwardCalls calls) {
        this.opening = opening;
        this.calls = calls;
    }

    @PostMapping
    ResponseEntity<CallOpening.Opened> open(@RequestBody JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        Integer year = body.path("year").isInt() ? body.path("year").asInt() : null;
        if (year == null || year < 2000 || year > 2100) {
            errors.add(new FieldError("year", "年度须为 2000 至 2100 之间的整数"));
        }
        LocalDateTime opensAt = dateTime(body, "opensAt", errors);
        LocalDateTime closesAt = dateTime(body, "closesAt", errors);
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            errors.add(new FieldError("closesAt", "截止时间须晚于开始时间"));
        }
        BigDecimal budget = body.path("budget").isNumber() ? body.path("budget").decimalValue() : null;
        if (budget == null || budget.signum() <= 0 || budget.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("budget", "预算须为大于零、最多两位小数的金额（元）"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(opening.open(year, opensAt, closesAt, budget.setScale(2)));
    }

    @PostMapping("/{callId}/close")
    ResponseEntity<Map<String, String>> close(@PathVariable String callId) {
        if (calls.find(callId).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (!opening.close(callId)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("callId", callId, "detail", "申报批次已截止"));
        }
        return ResponseEntity.ok(Map.of("callId", callId, "status", calls.get(callId).status().name()));
    }

    /** ISO date-time, with an offset or without (then Beijing time); a bare date means its start. */
    private static LocalDateTime dateTime(JsonNode body, String field, List<FieldError> errors) {
        String text = body.path(field).asText(null);
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "必填，格式如 2026-12-01T09:00:00+08:00"));
            return null;
        }
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDateTime();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException notLocal) {
                try {
                    return java.time.LocalDate.parse(text).atStartOfDay();
                } catch (DateTimeParseException notDate) {
                    errors.add(new FieldError(field, "日期时间格式有误，应如 2026-12-01T09:00:00+08:00"));
                    return null;
                }
            }
        }
    }
}
