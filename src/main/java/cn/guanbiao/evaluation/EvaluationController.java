package cn.guanbiao.evaluation;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/applications/{no}/evaluation} with the tracking token: the unit's IP indicators a year after
 * the award (R9). 202 taken; 404 wrong token or number; 409 when no report is asked for; 400 naming the field.
 */
@RestController
class EvaluationController {

    private static final String TOKEN_HEADER = "X-Tracking-Token";

    private final EvaluationReports reports;

    EvaluationController(EvaluationReports reports) {
        this.reports = reports;
    }

    @PostMapping("/api/applications/{applicationNo}/evaluation")
    ResponseEntity<?> report(@PathVariable String applicationNo,
            @RequestHeader(name = TOKEN_HEADER, required = false) String token, @RequestBody JsonNode body) {
        return switch (reports.report(applicationNo, token, body)) {
            case ACCEPTED -> ResponseEntity.accepted().body(Map.of("applicationNo", applicationNo, "status", "REPORTED"));
            case NOT_FOUND -> ResponseEntity.notFound().build();
            case NOT_EXPECTED -> ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT, "该申请目前无需填报绩效评价数据（尚未到评价时间，或已经填报）"));
        };
    }
}
