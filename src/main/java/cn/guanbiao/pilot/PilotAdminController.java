package cn.guanbiao.pilot;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.guanbiao.application.ApplicationFormReader;
import cn.guanbiao.application.CreditCode;
import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.pilot.PilotEnterprises.IpHonour;
import cn.guanbiao.pilot.PilotEnterprises.PilotEnterprise;
import cn.guanbiao.reference.Districts;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pilot's admin API (group camunda-admin, see RestAuthentication): the eligible enterprises with the year each was
 * piloted, and the yearly batches.
 */
@RestController
@RequestMapping("/api/admin")
class PilotAdminController {


    private final PilotEnterprises enterprises;
    private final PilotBatches batches;
    private final PilotBatchOpening opening;
    private final PilotYears years;
    private final Districts districts;

    PilotAdminController(PilotEnterprises enterprises, PilotBatches batches, PilotBatchOpening opening, PilotYears years,
            Districts districts) {
        this.enterprises = enterprises;
        this.batches = batches;
        this.opening = opening;
        this.years = years;
        this.districts = districts;
    }

    @GetMapping("/pilot-enterprises")
    List<PilotEnterprise> enterprises(@RequestParam(required = false) String districtCode) {
        return districtCode == null ? enterprises.all() : enterprises.ofDistrict(districtCode);
    }

    /**
     * {@code {"creditCode", "name", "districtCode", "ipHonour": "NATIONAL_ADVANTAGE" | "NATIONAL_DEMONSTRATION" | null,
     * "littleGiant": true, "contactName"?, "contactPhone"?, "contactEmail"?, "pilotYear"?}}: adds or replaces one; without
     * {@code pilotYear} the year already recorded stays, {@code "pilotYear": null} clears it.
     */
    @PostMapping("/pilot-enterprises")
    ResponseEntity<PilotEnterprise> saveEnterprise(@RequestBody JsonNode body) {
        if (!body.isObject()) {
            throw new InvalidInputException("", "请求体须为 JSON 对象");
        }
        List<FieldError> errors = new ArrayList<>();
        String creditCode = text(body, "creditCode");
        if (creditCode == null || !CreditCode.isValid(creditCode)) {
            errors.add(new FieldError("creditCode", "统一社会信用代码无效"));
        }
        String name = text(body, "name");
        if (name == null || name.length() > 200) {
            errors.add(new FieldError("name", "请填写企业名称（不超过 200 字）"));
        }
        String districtCode = text(body, "districtCode");
        if (districtCode == null || !districts.exists(districtCode)) {
            errors.add(new FieldError("districtCode", "未知的区县行政区划代码"));
        }
        IpHonour honour = null;
        JsonNode honourNode = body.path("ipHonour");
        if (!honourNode.isMissingNode() && !honourNode.isNull()) {
            try {
                honour = IpHonour.valueOf(honourNode.isTextual() ? honourNode.asText() : "?");
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("ipHonour", "须为 NATIONAL_ADVANTAGE、NATIONAL_DEMONSTRATION 或 null"));
            }
        }
        if (!body.path("littleGiant").isBoolean()) {
            errors.add(new FieldError("littleGiant", "须为 true 或 false"));
        } else if (honour == null && !body.path("littleGiant").asBoolean() && !errors.stream().anyMatch(e -> e.field().equals("ipHonour"))) {
            errors.add(new FieldError("littleGiant", "试点对象须为国家知识产权优势/示范企业或国家专精特新“小巨人”企业"));
        }
        String contactName = optional(body, "contactName", 100, null, errors, "联系人姓名不超过 100 字");
        String contactPhone = optional(body, "contactPhone", 40, ApplicationFormReader.PHONE, errors, "联系电话格式不正确");
        String contactEmail = optional(body, "contactEmail", 200, ApplicationFormReader.EMAIL, errors, "邮箱格式不正确");
        // absent: the year already recorded stays (a list approved here must not be lost to a change of contact)
        JsonNode yearNode = body.path("pilotYear");
        Integer pilotYear = yearNode.isMissingNode() && creditCode != null
                ? enterprises.find(creditCode).map(PilotEnterprise::pilotYear).orElse(null) : null;
        if (!yearNode.isMissingNode() && !yearNode.isNull()) {
            if (yearNode.isIntegralNumber() && years.isPilotYear(yearNode.asInt())) {
                pilotYear = yearNode.asInt();
            } else {
                errors.add(new FieldError("pilotYear", "试点年度须为 " + years.firstYear() + " 至 " + years.lastYear() + " 年，或 null"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PilotEnterprise saved = new PilotEnterprise(creditCode, name, districtCode, honour, body.path("littleGiant").asBoolean(),
                contactName, contactPhone, contactEmail, pilotYear);
        enterprises.save(saved);
        return ResponseEntity.status(HttpStatus.CREATED).body(enterprises.find(creditCode).orElseThrow());
    }

    /** {@code {"year": 2024, "districtCode"?: "500112"}}: without a district, every district with eligible enterprises. */
    @PostMapping("/pilot-batches")
    ResponseEntity<Map<String, Object>> openBatches(@RequestBody JsonNode body) {
        if (!body.isObject()) {
            throw new InvalidInputException("", "请求体须为 JSON 对象，例如 {\"year\": 2024}");
        }
        JsonNode year = body.path("year");
        List<FieldError> errors = new ArrayList<>();
        if (!year.isIntegralNumber()) {
            errors.add(new FieldError("year", "请填写试点年度（整数，如 2024）"));
        }
        JsonNode district = body.path("districtCode");
        if (!district.isMissingNode() && !district.isNull() && !district.isTextual()) {
            errors.add(new FieldError("districtCode", "须为区县行政区划代码（字符串）"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PilotBatchOpening.Result result = opening.open(year.asInt(), district.isTextual() ? district.asText().strip() : null);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("year", year.asInt());
        answer.put("deadline", years.deadline(year.asInt()).toString());
        answer.put("batches", result.opened());
        answer.put("skipped", result.skipped());
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    @GetMapping("/pilot-batches")
    List<PilotBatches.Batch> batches() {
        return batches.all();
    }

    @GetMapping("/pilot-batches/{batchNo}")
    ResponseEntity<Map<String, Object>> batch(@PathVariable String batchNo) {
        return batches.find(batchNo).map(batch -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("batch", batch);
            view.put("entries", batches.entries(batchNo));
            view.put("decisions", batches.decisions(batchNo));
            return ResponseEntity.ok(view);
        }).orElse(ResponseEntity.notFound().build());
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.path(field);
        return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    private static String optional(JsonNode body, String field, int max, Pattern pattern, List<FieldError> errors, String message) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String value = node.isTextual() ? node.asText().strip() : null;
        if (value == null || value.length() > max || pattern != null && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, message));
            return null;
        }
        return value.isEmpty() ? null : value;
    }
}
