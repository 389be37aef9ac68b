package cn.guanbiao.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whose a disputed invoice is (R4: an invoice two units claim counts for neither until a person decides): the
 * municipal IP office or an administrator rules for one of the units that claim it, with a reason; every ruling is
 * kept with who and when. Under {@code /admin} (HTTP Basic, {@code camunda-admin} and {@code municipal-ip-office}).
 */
@RestController
class InvoiceRulingController {

    private final InvoiceRegister invoices;
    private final IdentityService identityService;
    private final Clock clock;

    InvoiceRulingController(InvoiceRegister invoices, IdentityService identityService, Clock clock) {
        this.invoices = invoices;
        this.identityService = identityService;
        this.clock = clock;
    }

    @GetMapping("/admin/invoice-rulings")
    Map<String, Object> of(@RequestParam String invoiceNo) {
        return Map.of("invoiceKey", InvoiceKeys.of(invoiceNo), "claimants", invoices.claimantsOf(invoiceNo),
                "holder", invoices.holderOf(invoiceNo).orElse(""), "rulings", invoices.rulingsOf(invoiceNo));
    }

    @PostMapping("/admin/invoice-rulings")
    ResponseEntity<Map<String, Object>> rule(@RequestBody JsonNode body) {
        String invoiceNo = text(body, "invoiceNo");
        String creditCode = text(body, "creditCode");
        String reason = text(body, "reason");
        List<FieldError> errors = new ArrayList<>();
        if (invoiceNo == null) {
            errors.add(new FieldError("invoiceNo", "请填写发票号"));
        } else if (creditCode == null || !invoices.claimantsOf(invoiceNo).contains(creditCode)) {
            errors.add(new FieldError("creditCode", "须为申报了该发票的单位之一：" + String.join("、", invoices.claimantsOf(invoiceNo))));
        }
        if (reason == null || reason.length() > 2000) {
            errors.add(new FieldError("reason", "请写明核定归属的理由（不超过 2000 字）"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        invoices.rule(invoiceNo, creditCode, reason, identityService.getCurrentAuthentication().getUserId(), LocalDateTime.now(clock));
        return ResponseEntity.status(HttpStatus.CREATED).body(of(invoiceNo));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
