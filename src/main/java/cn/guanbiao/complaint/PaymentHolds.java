package cn.guanbiao.complaint;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.guanbiao.application.Applications;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.account.PaymentBlock;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tip-offs before the money (投诉举报, R7): a complaint about an application not yet paid holds its payment while it
 * is being verified, as an objection holds it in the notice; unfounded, the payment goes on; confirmed, the
 * application is rejected with the findings as the reason (there is no money to recover).
 * <p>
 * Each step takes the application's row lock first, as the intake of a complaint and the payment do
 * ({@code Task_CheckComplaints} runs in the step that pays): a complaint accepted meanwhile is either seen by the
 * payment or, coming second, finds the award paid; and a verification that ends while the payment goes into its wait
 * finds it waiting, or was seen as ended.
 */
@Service
public class PaymentHolds implements PaymentBlock {

    /**
     * What the complaints about an application say of its payment: NONE → it may be paid; OPEN → it waits for their
     * verification; CONFIRMED → it is rejected with the findings (normally already done by complaint-handling, which
     * stops the application wherever it is; this catches a confirmation that is on its way or found no process).
     */
    public enum Hold { NONE, OPEN, CONFIRMED }

    public record Check(Hold hold, String reason) {
    }

    /** award-application: what {@code Gateway_ComplaintsOpen} routes on, a {@link Hold} name. */
    static final String COMPLAINT_CHECK = "complaintCheck";
    /** award-application waits for it at {@code Event_ComplaintsVerified} while a complaint holds the payment. */
    static final String MESSAGE_COMPLAINTS_VERIFIED = "ComplaintsVerified";
    /** Starts award-application's {@code SubProcess_ComplaintConfirmed}, wherever the application is. */
    static final String MESSAGE_COMPLAINT_CONFIRMED = "ComplaintConfirmed";

    private final Applications applications;
    private final Complaints complaints;
    private final RuntimeService runtimeService;

    PaymentHolds(Applications applications, Complaints complaints, RuntimeService runtimeService) {
        this.applications = applications;
        this.complaints = complaints;
        this.runtimeService = runtimeService;
    }

    /** The complaints about the application, under its row lock (as the payment and the intake of a complaint take it). */
    @Transactional
    public Check check(String applicationNo) {
        applications.lock(applicationNo);
        List<Complaint> about = complaints.about(applicationNo);
        List<Complaint> confirmed = about.stream().filter(c -> c.status() == ComplaintStatus.CONFIRMED).toList();
        if (!confirmed.isEmpty()) {
            return new Check(Hold.CONFIRMED, confirmed.stream().map(PaymentHolds::reason).collect(Collectors.joining("；")));
        }
        if (about.stream().anyMatch(c -> c.status() == ComplaintStatus.IN_VERIFICATION)) {
            return new Check(Hold.OPEN, "有投诉举报正在核查，核查完毕前不拨付");
        }
        return new Check(Hold.NONE, null);
    }

    @Override
    @Transactional
    public Optional<String> whyNotPayable(String applicationNo) {
        Check check = check(applicationNo);
        return check.hold() == Hold.NONE ? Optional.empty() : Optional.of(check.reason());
    }

    /** A verification ended unfounded: an application waiting for it checks its complaints again. */
    @Transactional
    public void verified(String applicationNo) {
        applications.lock(applicationNo);
        if (waitingFor(applicationNo, MESSAGE_COMPLAINTS_VERIFIED)) {
            runtimeService.createMessageCorrelation(MESSAGE_COMPLAINTS_VERIFIED).processInstanceBusinessKey(applicationNo)
                    .correlate();
        }
    }

    /**
     * A complaint about the application was confirmed before any money moved: the application is rejected with the
     * findings, wherever it is. False when it has ended meanwhile (rejected or not funded: nothing to stop).
     */
    @Transactional
    public boolean confirmed(String applicationNo, String referenceNo, String findings) {
        applications.lock(applicationNo);
        if (!waitingFor(applicationNo, MESSAGE_COMPLAINT_CONFIRMED)) {
            return false;
        }
        runtimeService.createMessageCorrelation(MESSAGE_COMPLAINT_CONFIRMED).processInstanceBusinessKey(applicationNo)
                .setVariable(ProcessVariables.REJECTION_REASON, reason(referenceNo, findings))
                .correlate();
        return true;
    }

    private static String reason(Complaint complaint) {
        return reason(complaint.referenceNo(), complaint.findings());
    }

    private static String reason(String referenceNo, String findings) {
        return "投诉举报经核查属实（受理编号 " + referenceNo + "）：" + findings;
    }

    private boolean waitingFor(String applicationNo, String message) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(applicationNo)
                .processDefinitionKey(ProcessVariables.PROCESS_KEY).messageEventSubscriptionName(message).count() > 0;
    }
}
