package cn.guanbiao.call;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import org.springframework.stereotype.Service;

/**
 * The decision on a call's approved list (下达奖励决定), taken in one small transaction whatever the size of the call:
 * the merit order within the budget, the budget reserved for the funded applications (one conditional update, so
 * it can never be overspent) and each funded application's reserved amount recorded. A unit listed since its first
 * credit check on a list that bars an award is neither ranked nor reserved for (see {@link AwardLists}). The
 * applications' processes are not touched here: each receives its decision afterwards in a job of its own.
 */
@Service
public class CallDecisions {

    /**
     * The applications of a decided call, as process instance ids of award-application; {@code creditBlocked}: those
     * whose unit was listed on a list that bars an award since its first credit check, with the reason (R5).
     */
    public record Decision(String callId, List<String> funded, List<String> notFunded, Map<String, String> creditBlocked) {
    }

    private final AwardLists awardLists;
    private final AwardCalls calls;
    private final Applications applications;

    public CallDecisions(AwardLists awardLists, AwardCalls calls, Applications applications) {
        this.awardLists = awardLists;
        this.calls = calls;
        this.applications = applications;
    }

    public Decision decide(String callId) {
        AwardLists.Ranking ranking = awardLists.ranking(callId);
        MeritOrder.AwardList list = ranking.list();
        Map<String, String> instances = applications.processInstancesOfCall(callId, ApplicationStatus.AWAITING_DECISION);
        Map<String, BigDecimal> reserved = reserve(callId, list);
        applications.updateReservedAmounts(reserved);
        List<String> funded = new ArrayList<>();
        List<String> notFunded = new ArrayList<>();
        for (MeritOrder.Placement placement : list.placements()) {
            String applicationNo = placement.candidate().applicationNo();
            (reserved.containsKey(applicationNo) ? funded : notFunded).add(instances.get(applicationNo));
        }
        Map<String, String> creditBlocked = new LinkedHashMap<>();
        for (MeritOrder.Candidate candidate : ranking.creditBlocked()) {
            creditBlocked.put(instances.get(candidate.applicationNo()), ranking.reasons().get(candidate.applicationNo()));
        }
        return new Decision(callId, funded, notFunded, creditBlocked);
    }

    /**
     * The whole list's total at once; should the budget not cover it (some of it reserved already), one by one in
     * merit order as far as it goes.
     */
    private Map<String, BigDecimal> reserve(String callId, MeritOrder.AwardList list) {
        List<MeritOrder.Placement> funded = list.placements().stream().filter(MeritOrder.Placement::funded).toList();
        Map<String, BigDecimal> reserved = new LinkedHashMap<>();
        boolean all = calls.reserve(callId, list.totalFunded());
        for (MeritOrder.Placement placement : funded) {
            BigDecimal amount = placement.candidate().amount();
            if (all || calls.reserve(callId, amount)) {
                reserved.put(placement.candidate().applicationNo(), amount);
            }
        }
        return reserved;
    }
}
