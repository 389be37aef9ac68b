package cn.guanbiao.complaint;

import cn.guanbiao.application.Applications;
import cn.guanbiao.application.ProcessVariables;
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
public class PaymentHolds {

    /** award-application: whether a complaint holds the payment ({@code Gateway_ComplaintsOpen}). */
    static final String COMPLAINTS_OPEN = "complaintsOpen";
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

    /** True while a complaint about the application is being verified, or was confirmed (the rejection is on its way). */
    @Transactional
    public boolean holdsPayment(String applicationNo) {
        applications.lock(applicationNo);
        return complaints.countHoldingPayment(applicationNo) > 0;
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
                .setVariable(ProcessVariables.REJECTION_REASON, "投诉举报经核查属实（受理编号 " + referenceNo + "）：" + findings)
                .correlate();
        return true;
    }

    private boolean waitingFor(String applicationNo, String message) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(applicationNo)
                .processDefinitionKey(ProcessVariables.PROCESS_KEY).messageEventSubscriptionName(message).count() > 0;
    }
}
