package cn.guanbiao.spotcheck;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.StatusChanges;
import cn.guanbiao.platform.Groups;
import cn.guanbiao.platform.WithoutAuthorization;
import cn.guanbiao.recovery.RecoveryVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抽取: gathers what a draw needs (paid awards not under recovery, the {@code inspectors} group, who must stand
 * aside), makes it with {@link SpotCheckDraw}, stores it, and tells the drawn units. Also repeats a stored draw.
 */
@Service
public class SpotCheckDrawing {

    /** What an administrator may set; null means the configured default (the seed: a fresh random one). */
    public record Request(BigDecimal rate, Integer inspectorsPerUnit, Long seed, String callId) {
    }

    private final JdbcClient jdbc;
    private final SpotCheckRecords records;
    private final Recusals recusals;
    private final StatusChanges statusChanges;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final BigDecimal defaultRate;
    private final int defaultInspectorsPerUnit;
    private final SecureRandom seeds = new SecureRandom();

    public SpotCheckDrawing(JdbcClient jdbc, SpotCheckRecords records, Recusals recusals, StatusChanges statusChanges,
            IdentityService identityService, RuntimeService runtimeService, Clock clock,
            @Value("${app.spot-check.rate:0.05}") BigDecimal defaultRate,
            @Value("${app.spot-check.inspectors-per-unit:2}") int defaultInspectorsPerUnit) {
        this.jdbc = jdbc;
        this.records = records;
        this.recusals = recusals;
        this.statusChanges = statusChanges;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.defaultRate = defaultRate;
        this.defaultInspectorsPerUnit = defaultInspectorsPerUnit;
    }

    public BigDecimal defaultRate() {
        return defaultRate;
    }

    public int defaultInspectorsPerUnit() {
        return defaultInspectorsPerUnit;
    }

    /**
     * Draws and stores campaign {@code campaignNo}; each drawn unit goes to UNDER_SPOT_CHECK and is told by e-mail.
     *
     * @throws SpotCheckDraw.NotEnoughInspectorsException when a drawn unit has too few inspectors left: nothing is stored
     */
    @Transactional
    public SpotCheckRecords.Campaign draw(String campaignNo, String processInstanceId, Request request, String startedBy) {
        BigDecimal rate = request.rate() != null ? request.rate() : defaultRate;
        if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0 || rate.stripTrailingZeros().scale() > 4) {
            throw new IllegalArgumentException("抽查比例须大于 0、不超过 1，最多四位小数：" + rate.toPlainString());
        }
        int perUnit = request.inspectorsPerUnit() != null ? request.inspectorsPerUnit() : defaultInspectorsPerUnit;
        long seed = request.seed() != null ? request.seed() : newSeed();
        List<SpotCheckDraw.Unit> population = population(request.callId());
        List<String> pool = inspectorPool();
        Map<String, Map<String, String>> standingAside = new HashMap<>();
        SpotCheckDraw.Result result = SpotCheckDraw.draw(seed, population, rate, pool, perUnit, unit -> {
            Map<String, String> reasons = new HashMap<>(recusals.of(unit.creditCode()));
            reasons.keySet().retainAll(pool);
            standingAside.put(unit.applicationNo(), reasons);
            return reasons.keySet();
        });
        List<SpotCheckRecords.Recusal> recusalRows = new ArrayList<>();
        for (SpotCheckDraw.Pick pick : result.picks()) {
            standingAside.get(pick.unit().applicationNo()).entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> recusalRows.add(new SpotCheckRecords.Recusal(pick.unit().applicationNo(), e.getKey(), e.getValue())));
        }
        SpotCheckRecords.Campaign campaign = new SpotCheckRecords.Campaign(campaignNo, processInstanceId, seed,
                rate.stripTrailingZeros(), perUnit, request.callId(), result.population().size(), result.sampleSize(),
                result.inspectorPool(), startedBy, LocalDateTime.now(clock),
                result.sampleSize() == 0 ? SpotCheckRecords.CampaignStatus.NOTHING_TO_CHECK : SpotCheckRecords.CampaignStatus.IN_PROGRESS,
                null);
        records.store(campaign, result, recusalRows);
        for (SpotCheckDraw.Pick pick : result.picks()) {
            statusChanges.change(pick.unit().applicationNo(), ApplicationStatus.UNDER_SPOT_CHECK, startedBy,
                    "抽查批次 " + campaignNo + "。检查人员将与您单位联系现场检查事宜。", null);
        }
        return campaign;
    }

    /** Repeats the stored draw from its stored inputs: true when it gives the same units and inspectors in the same order. */
    public boolean reproduces(SpotCheckRecords.Campaign campaign) {
        Map<String, Set<String>> recused = records.recusals(campaign.campaignNo()).stream().collect(Collectors.groupingBy(
                SpotCheckRecords.Recusal::applicationNo, Collectors.mapping(SpotCheckRecords.Recusal::userId, Collectors.toSet())));
        SpotCheckDraw.Result again;
        try {
            again = SpotCheckDraw.draw(campaign.seed(), records.population(campaign.campaignNo()), campaign.rate(),
                    campaign.inspectorPool(), campaign.inspectorsPerUnit(), unit -> recused.getOrDefault(unit.applicationNo(), Set.of()));
        } catch (SpotCheckDraw.NotEnoughInspectorsException e) {
            return false;
        }
        List<SpotCheckRecords.CheckedUnit> stored = records.units(campaign.campaignNo());
        if (again.picks().size() != stored.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            SpotCheckDraw.Pick pick = again.picks().get(i);
            if (!pick.unit().applicationNo().equals(stored.get(i).applicationNo())
                    || !pick.inspectors().equals(stored.get(i).inspectors())) {
                return false;
            }
        }
        return true;
    }

    /** Paid awards, optionally of one call, without those whose recovery is already under way. */
    private List<SpotCheckDraw.Unit> population(String callId) {
        Set<String> underRecovery = WithoutAuthorization.call(identityService, () -> runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(RecoveryVariables.PROCESS_KEY).list()).stream()
                .map(ProcessInstance::getBusinessKey).filter(Objects::nonNull).collect(Collectors.toSet());
        String sql = "SELECT application_no, credit_code FROM application WHERE status = ?"
                + (callId == null ? "" : " AND call_id = ?") + " ORDER BY application_no";
        List<Object> params = callId == null ? List.of(ApplicationStatus.PAID.name()) : List.of(ApplicationStatus.PAID.name(), callId);
        return jdbc.sql(sql).params(params).query(SpotCheckDraw.Unit.class).list().stream()
                .filter(unit -> !underRecovery.contains(unit.applicationNo())).toList();
    }

    /** The members of group {@code inspectors}, whoever's authorizations the current step runs with. */
    private List<String> inspectorPool() {
        return WithoutAuthorization.call(identityService, () -> identityService.createUserQuery().memberOfGroup(Groups.INSPECTORS).list())
                .stream().map(User::getId).sorted().toList();
    }

    /** Below 2^53: a seed survives a round trip through JavaScript's numbers (JSON in a browser) unchanged. */
    private long newSeed() {
        return seeds.nextLong() >>> 11;
    }

}
