package cn.guanbiao.report;

import cn.guanbiao.application.Application;
import cn.guanbiao.application.ApplicationEvents;
import cn.guanbiao.application.Applications;
import cn.guanbiao.notice.Objections;
import cn.guanbiao.account.Ledger;
import cn.guanbiao.usertask.ReviewDecisions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /admin/applications/{no}}: the audit trail of one application (R7) — every status change, every
 * reviewer's decision with who, when and why, objections and money — for administrators and the municipal office.
 */
@Controller
class AuditTrailPage {

    private final Applications applications;
    private final ApplicationEvents events;
    private final ReviewDecisions decisions;
    private final Objections objections;
    private final Ledger ledger;

    AuditTrailPage(Applications applications, ApplicationEvents events, ReviewDecisions decisions, Objections objections,
            Ledger ledger) {
        this.applications = applications;
        this.events = events;
        this.decisions = decisions;
        this.objections = objections;
        this.ledger = ledger;
    }

    @GetMapping("/admin/applications")
    String find(@RequestParam(name = "no", required = false) String applicationNo) {
        return applicationNo == null || applicationNo.isBlank() ? "admin/find-application"
                : "redirect:/admin/applications/" + applicationNo.strip();
    }

    @GetMapping("/admin/applications/{applicationNo}")
    String trail(@PathVariable String applicationNo, Model model) {
        Application application = applications.find(applicationNo)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有申请 " + applicationNo));
        model.addAttribute("app", application);
        model.addAttribute("events", events.of(applicationNo));
        model.addAttribute("decisions", decisions.of(applicationNo));
        model.addAttribute("objections", objections.of(applicationNo));
        model.addAttribute("payment", ledger.payment(applicationNo).orElse(null));
        return "admin/audit-trail";
    }
}
