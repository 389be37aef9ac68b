package cn.guanbiao.spotcheck;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * 随机抽取: the draw of the campaign. Started by an administrator the campaign already has its number (business
 * key); started by the quarterly timer it gets one here, and the configured rate and inspectors per unit.
 */
@Component("drawSpotCheck")
class DrawSpotCheckDelegate implements JavaDelegate {

    private final SpotCheckDrawing drawing;
    private final SpotCheckRecords records;
    private final IdentityService identityService;
    private final Clock clock;

    DrawSpotCheckDelegate(SpotCheckDrawing drawing, SpotCheckRecords records, IdentityService identityService, Clock clock) {
        this.drawing = drawing;
        this.records = records;
        this.identityService = identityService;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaignNo = execution.getProcessBusinessKey();
        if (campaignNo == null) {
            campaignNo = records.nextCampaignNo(LocalDate.now(clock).getYear());
            execution.setProcessBusinessKey(campaignNo);
        }
        var variables = SpotCheckVariables.of(execution);
        SpotCheckDrawing.Request request = new SpotCheckDrawing.Request(variables.rate(), variables.inspectorsPerUnit(),
                variables.seed(), variables.callId());
        Authentication authentication = identityService.getCurrentAuthentication();
        SpotCheckRecords.Campaign campaign = drawing.draw(campaignNo, execution.getProcessInstanceId(), request,
                authentication == null ? null : authentication.getUserId());
        variables.drawn(campaignNo, campaign.rate(), campaign.inspectorsPerUnit(), campaign.seed(), campaign.sampleSize());
    }
}
