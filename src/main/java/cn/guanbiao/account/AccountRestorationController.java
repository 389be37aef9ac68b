package cn.guanbiao.account;

import java.util.List;

import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators restore a unit's account for a recovered award (HTTP Basic, group camunda-admin), with a reason. */
@RestController
class AccountRestorationController {

    private final AccountRestorations restorations;
    private final IdentityService identityService;

    AccountRestorationController(AccountRestorations restorations, IdentityService identityService) {
        this.restorations = restorations;
        this.identityService = identityService;
    }

    @GetMapping("/api/admin/account-restorations")
    List<AccountRestorations.Restoration> all() {
        return restorations.all();
    }

    @PostMapping("/api/admin/account-restorations/{applicationNo}")
    ResponseEntity<AccountRestorations.Restoration> restore(@PathVariable String applicationNo, @RequestBody JsonNode body) {
        String reason = body.path("reason").isTextual() ? body.path("reason").asText().strip() : "";
        if (reason.isEmpty() || reason.length() > 2000) {
            throw new InvalidInputException(List.of(new FieldError("reason", "请写明恢复奖励账户的理由（不超过 2000 字）")));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(restorations.restore(applicationNo, reason, identityService.getCurrentAuthentication().getUserId()));
    }

    @ExceptionHandler(AccountRestorations.NotRestorableException.class)
    ResponseEntity<ProblemDetail> notRestorable(AccountRestorations.NotRestorableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("不能恢复奖励账户");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
