package cn.guanbiao.call;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.Application;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.HonourLevel;
import cn.guanbiao.award.Money;
import cn.guanbiao.reference.CertificationBodies;
import org.springframework.stereotype.Service;

/** The ranked list of a call (拟奖励名单): the applications that wait for its decision, in merit order, within budget. */
@Service
public class AwardLists {

    private final AwardCalls calls;
    private final Applications applications;
    private final CertificationBodies bodies;

    public AwardLists(AwardCalls calls, Applications applications, CertificationBodies bodies) {
        this.calls = calls;
        this.applications = applications;
        this.bodies = bodies;
    }

    public MeritOrder.AwardList rank(String callId) {
        AwardCall call = calls.get(callId);
        List<MeritOrder.Candidate> candidates = applications.ofCall(callId, ApplicationStatus.AWAITING_DECISION).stream()
                .map(this::candidate).toList();
        return MeritOrder.rank(call.budget(), candidates);
    }

    public int pendingReviews(String callId) {
        return applications.countOfCall(callId, ApplicationStatus.UNDER_REVIEW);
    }

    /** What the ApproveAwardList form shows. */
    public Map<String, Object> view(String callId) {
        MeritOrder.AwardList list = rank(callId);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("callId", callId);
        view.put("budget", Money.yuan(list.budget()));
        view.put("totalProposed", Money.yuan(list.totalFunded()));
        view.put("remaining", Money.yuan(list.remaining()));
        view.put("pendingReviews", pendingReviews(callId));
        view.put("rows", list.placements().stream().map(p -> Map.of(
                "rank", String.valueOf(p.rank()),
                "applicationNo", p.candidate().applicationNo(),
                "orgName", p.candidate().orgName(),
                "creditCode", p.candidate().creditCode(),
                "priority", p.candidate().priority(),
                "submittedAt", p.candidate().submittedAt().toLocalDate().toString(),
                "amount", Money.yuan(p.candidate().amount()),
                "decision", p.funded() ? "拟奖励" : "预算不足，本批次不予资助")).toList());
        return view;
    }

    private MeritOrder.Candidate candidate(Application application) {
        boolean onFilingList = bodies.find(application.form().certificationBody())
                .map(CertificationBodies.CertificationBody::onFilingList).orElse(false);
        return new MeritOrder.Candidate(application.applicationNo(), application.orgName(), application.creditCode(),
                onFilingList, HonourLevel.highestOf(application.form().honours()), application.submittedAt(),
                application.awardAmount());
    }
}
