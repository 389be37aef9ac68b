package cn.guanbiao.spotcheck;

import java.time.Clock;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 结果公示 (一公开): every unit checked, the campaign's results go on the public page ({@code /public/spot-checks}). */
@Component("publishSpotCheckResults")
class PublishResultsDelegate implements JavaDelegate {

    private final SpotCheckRecords records;
    private final Clock clock;

    PublishResultsDelegate(SpotCheckRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.publish(SpotCheckVariables.of(execution).campaignNo(), LocalDateTime.now(clock));
    }
}
