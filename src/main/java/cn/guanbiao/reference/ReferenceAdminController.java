package cn.guanbiao.reference;

import java.util.ArrayList;
import java.util.List;

import cn.guanbiao.application.CreditCode;
import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.credit.CreditListType;
import cn.guanbiao.credit.CreditRecords;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reference data administrators keep (DOMAIN §5), group camunda-admin. */
@RestController
@RequestMapping("/api/admin")
class ReferenceAdminController {

    private final CreditRecords creditRecords;
    private final CertificationBodies bodies;
    private final CertificationBodyFindings bodyFindings;

    ReferenceAdminController(CreditRecords creditRecords, CertificationBodies bodies, CertificationBodyFindings bodyFindings) {
        this.creditRecords = creditRecords;
        this.bodies = bodies;
        this.bodyFindings = bodyFindings;
    }

    /** For the report to the national office (004_… 二(一)): what spot checks and complaints found, by body. */
    @GetMapping("/certification-body-findings")
    List<CertificationBodyFindings.Finding> certificationBodyFindings() {
        return bodyFindings.all();
    }

    @PostMapping("/credit-records")
    ResponseEntity<CreditRecords.CreditRecord> addCreditRecord(@RequestBody JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        String creditCode = text(body, "creditCode");
        if (creditCode == null || !CreditCode.isValid(creditCode)) {
            errors.add(new FieldError("creditCode", "统一社会信用代码无效"));
        }
        CreditListType listType = null;
        try {
            listType = CreditListType.valueOf(String.valueOf(text(body, "listType")));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("listType", "须为 SERIOUS_DISHONESTY、JOINT_PUNISHMENT 或 ABNORMAL_OPERATION"));
        }
        String source = text(body, "source");
        if (source == null || source.length() > 200) {
            errors.add(new FieldError("source", "请填写信用记录来源（不超过 200 字）"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(creditRecords.add(creditCode, listType, source));
    }

    @PostMapping("/certification-bodies")
    ResponseEntity<CertificationBodies.CertificationBody> saveCertificationBody(@RequestBody JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        String name = text(body, "name");
        if (name == null || name.length() > 200) {
            errors.add(new FieldError("name", "请填写认证机构名称（不超过 200 字）"));
        }
        if (!body.path("approved").isBoolean()) {
            errors.add(new FieldError("approved", "须为 true 或 false"));
        }
        if (!body.path("onFilingList").isBoolean()) {
            errors.add(new FieldError("onFilingList", "须为 true 或 false"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var saved = new CertificationBodies.CertificationBody(name, body.path("approved").asBoolean(),
                body.path("onFilingList").asBoolean());
        bodies.save(saved);
        return ResponseEntity.status(HttpStatus.CREATED).body(saved);
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.path(field);
        return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }
}
