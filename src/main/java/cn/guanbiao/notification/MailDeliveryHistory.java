package cn.guanbiao.notification;

import java.time.Duration;
import java.util.Date;

import cn.guanbiao.platform.HistoryPolicy;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Process {@code mail-delivery} keeps no routine history: the outbox row is the record of each e-mail (created,
 * sent, by which node). The process now takes only what the first attempt could not send, but when a mail server
 * is down that is every e-mail, each its own instance, and every end would update six history tables again.
 * What matters when something goes wrong stays: incidents, failed attempts and the successful one (job log) and
 * operators' actions; those are removed by the history cleanup after mail-delivery's time to live, counted from
 * when they happened. The history of every other process is written as before.
 */
@Component
class MailDeliveryHistory implements HistoryPolicy {

    /** The historyTimeToLive of mail-delivery.bpmn. */
    static final Duration TIME_TO_LIVE = Duration.ofDays(180);

    @Override
    public boolean keeps(HistoryEvent event) {
        if (!MailOutbox.DELIVERY_PROCESS.equals(event.getProcessDefinitionKey())) {
            return true;
        }
        return event instanceof HistoricIncidentEventEntity
                || event instanceof UserOperationLogEntryEventEntity
                || event instanceof HistoricJobLogEvent log
                        && (log.isFailureLog() || log.isSuccessLog());
    }

    @Override
    public void prepare(HistoryEvent event) {
        if (MailOutbox.DELIVERY_PROCESS.equals(event.getProcessDefinitionKey()) && event.getRemovalTime() == null) {
            // no end of the instance in history will set it: removed 180 days after it happened
            event.setRemovalTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(TIME_TO_LIVE)));
        }
    }
}
