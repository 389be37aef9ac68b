package cn.guanbiao.spotcheck;

import cn.guanbiao.platform.CommonVariables;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting a campaign by hand (the quarterly timer starts its own) and what administrators read about one. */
@Service
public class SpotCheckCampaigns {

    /** A campaign as administrators audit it: the inputs of the draw, its result, and whether repeating it agrees. */
    public record CampaignView(String campaignNo, String processInstanceId, String status, long seed, BigDecimal rate,
            int inspectorsPerUnit, String callId, String startedBy, LocalDateTime drawnAt, LocalDateTime publishedAt,
            int populationSize, int sampleSize, List<String> population, List<String> inspectorPool,
            List<UnitView> sample, boolean reproduced) {
    }

    public record UnitView(int drawOrder, String applicationNo, String orgName, String creditCode, List<String> inspectors,
            List<RecusalView> recused, String conclusion, String conclusionLabel, String unmetItems, String findings,
            String inspectedBy, LocalDateTime inspectedAt) {
    }

    public record RecusalView(String userId, String reason) {
    }

    private final RuntimeService runtimeService;
    private final SpotCheckRecords records;
    private final SpotCheckDrawing drawing;
    private final Clock clock;

    public SpotCheckCampaigns(RuntimeService runtimeService, SpotCheckRecords records, SpotCheckDrawing drawing, Clock clock) {
        this.runtimeService = runtimeService;
        this.records = records;
        this.drawing = drawing;
        this.clock = clock;
    }

    /**
     * Starts process {@code spot-check-campaign}; its draw runs in this transaction, so the campaign number returned
     * is drawn and stored — or nothing is, when the draw fails.
     *
     * @throws SpotCheckDraw.NotEnoughInspectorsException (possibly wrapped by the engine) when a unit lacks inspectors
     */
    @Transactional
    public String start(SpotCheckDrawing.Request request) {
        String campaignNo = records.nextCampaignNo(LocalDate.now(clock).getYear());
        VariableMap variables = Variables.createVariables();
        if (request.rate() != null) {
            variables.putValue(SpotCheckVariables.RATE, request.rate().toPlainString());
        }
        if (request.inspectorsPerUnit() != null) {
            variables.putValue(SpotCheckVariables.INSPECTORS_PER_UNIT, request.inspectorsPerUnit());
        }
        if (request.seed() != null) {
            variables.putValue(SpotCheckVariables.SEED, request.seed());
        }
        if (request.callId() != null) {
            variables.putValue(CommonVariables.CALL_ID, request.callId());
        }
        runtimeService.startProcessInstanceByMessage(SpotCheckVariables.MESSAGE_SPOT_CHECK_REQUESTED, campaignNo, variables);
        return campaignNo;
    }

    public Optional<CampaignView> view(String campaignNo) {
        return records.campaign(campaignNo).map(this::view);
    }

    public List<SpotCheckRecords.Campaign> all() {
        return records.campaigns();
    }

    private CampaignView view(SpotCheckRecords.Campaign campaign) {
        Map<String, List<RecusalView>> recused = records.recusals(campaign.campaignNo()).stream().collect(Collectors.groupingBy(
                SpotCheckRecords.Recusal::applicationNo,
                Collectors.mapping(r -> new RecusalView(r.userId(), r.reason()), Collectors.toList())));
        List<UnitView> sample = records.units(campaign.campaignNo()).stream()
                .map(u -> new UnitView(u.drawOrder() + 1, u.applicationNo(), u.orgName(), u.creditCode(), u.inspectors(),
                        recused.getOrDefault(u.applicationNo(), List.of()),
                        u.conclusion() == null ? null : u.conclusion().name(),
                        u.conclusion() == null ? "待检查" : u.conclusion().label(), u.unmetItems(), u.findings(),
                        u.inspectedBy(), u.inspectedAt()))
                .toList();
        List<String> population = records.population(campaign.campaignNo()).stream().map(SpotCheckDraw.Unit::applicationNo).toList();
        return new CampaignView(campaign.campaignNo(), campaign.processInstanceId(), campaign.status().name(), campaign.seed(),
                campaign.rate(), campaign.inspectorsPerUnit(), campaign.scopeCallId(), campaign.startedBy(), campaign.drawnAt(),
                campaign.publishedAt(), campaign.populationSize(), campaign.sampleSize(), population, campaign.inspectorPool(),
                sample, drawing.reproduces(campaign));
    }
}
