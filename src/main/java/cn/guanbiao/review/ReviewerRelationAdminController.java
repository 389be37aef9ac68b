package cn.guanbiao.review;

import cn.guanbiao.usertask.ReviewerRelations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.CreditCode;
import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/admin/reviewer-relations}: marks a reviewer as related to a unit (group camunda-admin). */
@RestController
class ReviewerRelationAdminController {

    private final ReviewerRelations relations;

    ReviewerRelationAdminController(ReviewerRelations relations) {
        this.relations = relations;
    }

    @PostMapping("/api/admin/reviewer-relations")
    ResponseEntity<Map<String, String>> mark(@RequestBody JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        String userId = body.path("userId").asText("").strip();
        String creditCode = body.path("creditCode").asText("").strip();
        String reason = body.path("reason").asText("").strip();
        if (userId.isEmpty() || userId.length() > 100) {
            errors.add(new FieldError("userId", "请填写审核人员账号"));
        }
        if (!CreditCode.isValid(creditCode)) {
            errors.add(new FieldError("creditCode", "统一社会信用代码无效"));
        }
        if (reason.isEmpty() || reason.length() > 500) {
            errors.add(new FieldError("reason", "请说明关联关系（不超过 500 字）"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        relations.add(userId, creditCode, reason);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("userId", userId, "creditCode", creditCode, "reason", reason));
    }
}
