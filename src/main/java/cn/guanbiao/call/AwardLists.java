package cn.guanbiao.call;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.guanbiao.application.Applications;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.award.Money;
import cn.guanbiao.credit.CreditCheck;
import cn.guanbiao.reference.CertificationBodies;
import org.springframework.stereotype.Service;

/**
 * The ranked list of a call (拟奖励名单): the applications that wait for its decision, in merit order, within budget.
 * A unit listed on a list that bars an award since its first credit check (R5) is not ranked: it takes no budget from
 * the next in merit order, and is rejected with the call's decision.
 */
@Service
public class AwardLists {

    /** The ranked list, and the applications left out of it for their unit's credit (application number → reason). */
    public record Ranking(MeritOrder.AwardList list, List<MeritOrder.Candidate> creditBlocked, Map<String, String> reasons) {
    }

    private final AwardCalls calls;
    private final Applications applications;
    private final CertificationBodies bodies;
    private final CreditCheck creditCheck;

    public AwardLists(AwardCalls calls, Applications applications, CertificationBodies bodies, CreditCheck creditCheck) {
        this.calls = calls;
        this.applications = applications;
        this.bodies = bodies;
        this.creditCheck = creditCheck;
    }

    public MeritOrder.AwardList rank(String callId) {
        return ranking(callId).list();
    }

    public Ranking ranking(String callId) {
        AwardCall call = calls.get(callId);
        Set<String> onFilingList = bodies.all().stream().filter(CertificationBodies.CertificationBody::onFilingList)
                .map(CertificationBodies.CertificationBody::name).collect(Collectors.toSet());
        Map<String, String> blocked = creditCheck.blockedInCall(callId);
        Map<Boolean, List<MeritOrder.Candidate>> candidates = applications.entriesOfCall(callId, ApplicationStatus.AWAITING_DECISION)
                .stream().map(entry -> candidate(entry, onFilingList.contains(entry.certificationBody())))
                .collect(Collectors.partitioningBy(c -> blocked.containsKey(c.applicationNo())));
        return new Ranking(MeritOrder.rank(call.budget(), candidates.get(false)), candidates.get(true), blocked);
    }

    public int pendingReviews(String callId) {
        return applications.countOfCall(callId, ApplicationStatus.UNDER_REVIEW);
    }

    /** What the ApproveAwardList form shows: the counts, and every row (the form pages through them). */
    public Map<String, Object> view(String callId) {
        Ranking ranking = ranking(callId);
        MeritOrder.AwardList list = ranking.list();
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
        view.put("creditBlocked", ranking.creditBlocked().size());
        List<Map<String, String>> rows = new ArrayList<>(list.placements().stream()
                .map(p -> row(String.valueOf(p.rank()), p.candidate(), p.funded() ? "拟奖励" : "预算不足，本批次不予资助")).toList());
        ranking.creditBlocked().forEach(c -> rows.add(row("—", c, ranking.reasons().get(c.applicationNo()))));
        view.put("rows", rows);
        return view;
    }

    private static Map<String, String> row(String rank, MeritOrder.Candidate candidate, String decision) {
        return Map.of(
                "rank", rank,
                "applicationNo", candidate.applicationNo(),
                "orgName", candidate.orgName(),
                "creditCode", candidate.creditCode(),
                "priority", candidate.priority(),
                "submittedAt", candidate.submittedAt().toLocalDate().toString(),
                "amount", Money.yuan(candidate.amount()),
                "decision", decision);
    }

    private static MeritOrder.Candidate candidate(Applications.CallEntry entry, boolean bodyOnFilingList) {
        return new MeritOrder.Candidate(entry.applicationNo(), entry.orgName(), entry.creditCode(), bodyOnFilingList,
                entry.honourLevel(), entry.submittedAt(), entry.awardAmount());
    }
}
