package cn.guanbiao.complaint;

import cn.guanbiao.platform.CommonVariables;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.guanbiao.application.Application;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.account.Ledger;
import cn.guanbiao.reference.CertificationBodies;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a complaint in (R7: complaints must be accepted and checked): checks it, stores it and starts
 * {@code complaint-handling} in one transaction, so that it is either accepted with a reference number and
 * verified, or refused with nothing stored.
 */
@Service
public class ComplaintIntake {

    public record Accepted(String referenceNo) {
    }

    private final ComplaintFormReader reader;
    private final Complaints complaints;
    private final Applications applications;
    private final Ledger ledger;
    private final CertificationBodies bodies;
    private final RuntimeService runtimeService;
    private final Clock clock;

    ComplaintIntake(ComplaintFormReader reader, Complaints complaints, Applications applications, Ledger ledger,
            CertificationBodies bodies, RuntimeService runtimeService, Clock clock) {
        this.reader = reader;
        this.complaints = complaints;
        this.applications = applications;
        this.ledger = ledger;
        this.bodies = bodies;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @Transactional
    public Accepted submit(JsonNode json) {
        ComplaintForm form = reader.read(json);
        boolean paymentHeld = checkAgainstRecords(form);
        LocalDateTime now = LocalDateTime.now(clock);
        String referenceNo = complaints.nextReferenceNo(now.getYear());
        complaints.insert(referenceNo, form, now);
        VariableMap variables = Variables.createVariables()
                .putValue(CommonVariables.REFERENCE_NO, referenceNo)
                .putValue(ComplaintVariables.SUBJECT, form.subject().name())
                .putValue(ComplaintVariables.COMPLAINANT_HAS_EMAIL, form.contactEmail() != null)
                .putValue(ComplaintVariables.PAYMENT_HELD, paymentHeld);
        if (form.applicationNo() != null) {
            variables.putValue(CommonVariables.APPLICATION_NO, form.applicationNo());
        }
        if (form.certificationBody() != null) {
            variables.putValue(CommonVariables.CERTIFICATION_BODY, form.certificationBody());
        }
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ComplaintVariables.PROCESS_KEY, referenceNo,
                variables);
        complaints.setProcessInstanceId(referenceNo, instance.getId());
        return new Accepted(referenceNo);
    }

    /**
     * An award complaint names an application that was paid, or one still on its way to the money (in review, in the
     * notice, approved for payment): then it holds the payment while it is verified (true). The application's row is
     * locked first, as the payment locks it, so the two take turns: a complaint that comes second finds the award
     * paid. A rejected or not funded application gets nothing to complain about. A body complaint names a body in the
     * register.
     */
    private boolean checkAgainstRecords(ComplaintForm form) {
        List<FieldError> errors = new ArrayList<>();
        boolean paymentHeld = false;
        if (form.applicationNo() != null) {
            if (applications.find(form.applicationNo()).isEmpty()) {
                errors.add(new FieldError("applicationNo", "未找到申请编号 " + form.applicationNo() + "，请核对（可在公示页面的往期公示中查到）"));
            } else {
                Application application = applications.lock(form.applicationNo());
                boolean paid = ledger.payment(application.applicationNo()).isPresent();
                if (!paid && ApplicationStatus.ACTIVE.contains(application.status())) {
                    paymentHeld = true;
                } else if (!paid) {
                    errors.add(new FieldError("applicationNo", "申请 " + form.applicationNo() + " 已办结（"
                            + application.status().label() + "），没有拨付奖励资金，无需投诉举报"));
                }
            }
        }
        if (form.certificationBody() != null && bodies.find(form.certificationBody()).isEmpty()) {
            errors.add(new FieldError("certificationBody", "认证机构名录中没有“" + form.certificationBody() + "”，请从列表中选择"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return paymentHeld;
    }
}
