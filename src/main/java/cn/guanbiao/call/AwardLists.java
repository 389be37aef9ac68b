package cn.guanbiao.call;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.guanbiao.application.Applications;
import cn.guanbiao.application.ApplicationStatus;
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
        Set<String> onFilingList = bodies.all().stream().filter(CertificationBodies.CertificationBody::onFilingList)
                .map(CertificationBodies.CertificationBody::name).collect(Collectors.toSet());
        List<MeritOrder.Candidate> candidates = applications.entriesOfCall(callId, ApplicationStatus.AWAITING_DECISION)
                .stream().map(entry -> candidate(entry, onFilingList.contains(entry.certificationBody()))).toList();
        return MeritOrder.rank(call.budget(), candidates);
    }

    public int pendingReviews(String callId) {
        return applications.countOfCall(callId, ApplicationStatus.UNDER_REVIEW);
    }

    /** What the ApproveAwardList form shows: the counts, and every row (the form pages through them). */
    public Map<String, Object> view(String callId) {
        MeritOrder.AwardList list = rank(callId);
        long funded = list.placements().stream().filter(MeritOrder.Placement::funded).count();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("callId", callId);
        view.put("budget", Money.yuan(list.budget()));
        view.put("totalProposed", Money.yuan(list.totalFunded()));
        view.put("remaining", Money.yuan(list.remaining()));
        view.put("pendingReviews", pendingReviews(callId));
        view.put("ranked", list.placements().size());
        view.put("funded", funded);
        view.put("notFunded", list.placements().size() - funded);
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

    private static MeritOrder.Candidate candidate(Applications.CallEntry entry, boolean bodyOnFilingList) {
        return new MeritOrder.Candidate(entry.applicationNo(), entry.orgName(), entry.creditCode(), bodyOnFilingList,
                entry.honourLevel(), entry.submittedAt(), entry.awardAmount());
    }
}
