package cn.guanbiao.platform;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.notification.MailOutbox;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention of the engine's history (the audit trail Cockpit shows): an ended application stays whole until its
 * process's historyTimeToLive has passed, and the cleanup, which runs every night in its batch window, removes
 * it after that. The programme's own records (status events, decisions, ledger) are not the engine's to remove.
 *
 * <p>The cleanup here runs with the clock ten years ahead, in the context every test shares: it removes the
 * history of every instance that ended before it (none of the tests looks at another test's history), and the
 * clock and the cleanup job's schedule are put back afterwards.
 */
@AwardSpringTest
class HistoryCleanupTest {

    private static final Logger log = LoggerFactory.getLogger(HistoryCleanupTest.class);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup());

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired JdbcClient jdbc;

    @Test
    void cleanupRunsEveryNightBetweenOneAndFiveBeijingTime() {
        // given
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        // when
        ZonedDateTime start = configuration.getHistoryCleanupBatchWindowStartTimeAsDate().toInstant().atZone(BEIJING);
        ZonedDateTime end = configuration.getHistoryCleanupBatchWindowEndTimeAsDate().toInstant().atZone(BEIJING);

        // then: the window is what makes the engine schedule the cleanup job at all: in tonight's window
        assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
        assertThat(List.of(start.getHour(), start.getMinute(), end.getHour(), end.getMinute())).containsExactly(1, 0, 5, 0);
        assertThat(engine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty().allSatisfy(job -> {
            ZonedDateTime due = job.getDuedate().toInstant().atZone(BEIJING);
            assertThat(due.getHour()).isBetween(1, 4);
            assertThat(due).isBefore(ZonedDateTime.now(BEIJING).plusDays(1));
        });
    }

    @Test
    void endedApplicationStaysInHistoryUntilItsTimeToLiveHasPassed() {
        HistoryService history = engine.getHistoryService();
        // given: an application approved by its district, then rejected by the department: it has ended
        String callId = driver.openCall("1000000").callId();
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "材料齐全"));
        driver.complete(no, "DepartmentReview", "economy", Map.of("approved", false, "comment", "不属于本部门支持范围"));
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MailOutbox.DELIVERY_PROCESS)
                .processInstanceBusinessKey(no).list().forEach(delivery -> driver.runJobs(delivery.getId()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE application_no = ? AND sent_at IS NOT NULL").param(no)
                .query(Long.class).single()).as("e-mails sent, recorded in the outbox").isPositive();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(MailOutbox.DELIVERY_PROCESS)
                .processInstanceBusinessKey(no).count()).as("no routine history of mail-delivery").isZero();
        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no)
                .processDefinitionKey("award-application").finished().singleResult();
        Date removalTime = ended.getRemovalTime();
        Trail before = trail(ended.getId());
        long ownRecords = ownRecords(no);

        try {
            // when: the cleanup runs one day before the ten years are up
            int runs = cleanUpAt(plus(removalTime, Duration.ofDays(-1)));

            // then: the whole trail is there — who decided what, when, with what comment — and the e-mails
            // (mail-delivery keeps no routine history; the outbox records them)
            assertThat(Duration.between(ended.getEndTime().toInstant(), removalTime.toInstant())).isEqualTo(Duration.ofDays(3650));
            assertThat(trail(ended.getId())).isEqualTo(before);
            assertThat(before.activities()).isGreaterThan(5);
            assertThat(before.decisions()).isPositive();
            assertThat(history.createUserOperationLogQuery().processInstanceId(ended.getId())
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list())
                    .extracting(UserOperationLogEntry::getUserId).contains("reviewer-500112", "economy");
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(ended.getId())
                    .variableName("comment").singleResult().getValue()).isEqualTo("不属于本部门支持范围");
            assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(MailOutbox.DELIVERY_PROCESS)
                    .processInstanceBusinessKey(no).count()).isZero();

            // when: and one day after
            runs += cleanUpAt(plus(removalTime, Duration.ofDays(1)));

            // then: the engine's history of it is gone; the programme's own records are not
            assertThat(trail(ended.getId())).isEqualTo(new Trail(0, 0, 0, 0, 0, 0, 0));
            assertThat(ownRecords(no)).isEqualTo(ownRecords);
            log.info("History cleanup: {} job runs; the application's trail was {}", runs, before);
        } finally {
            ClockUtil.reset();
            // back on the nightly schedule (the runs above rescheduled the job ten years ahead)
            history.cleanUpHistoryAsync(false);
        }
    }

    /** What the engine keeps of one ended application. */
    record Trail(long instances, long activities, long tasks, long variables, long details, long operations, long decisions) {
    }

    private Trail trail(String processInstanceId) {
        HistoryService history = engine.getHistoryService();
        return new Trail(
                history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count(),
                history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).count(),
                history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).count(),
                history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).count(),
                history.createHistoricDetailQuery().processInstanceId(processInstanceId).count(),
                history.createUserOperationLogQuery().processInstanceId(processInstanceId).count(),
                history.createHistoricDecisionInstanceQuery().processInstanceId(processInstanceId).count());
    }

    /** Rows of the programme's own tables about the application: events, decisions, e-mails. */
    private long ownRecords(String applicationNo) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM application_event WHERE application_no = :no)"
                        + " + (SELECT COUNT(*) FROM review_decision WHERE application_no = :no)"
                        + " + (SELECT COUNT(*) FROM mail_outbox WHERE application_no = :no)")
                .param("no", applicationNo).query(Long.class).single();
    }

    /** Runs the history cleanup as the job executor would at that time, until it has nothing more to do now. */
    private int cleanUpAt(Date now) {
        ClockUtil.setCurrentTime(now);
        HistoryService history = engine.getHistoryService();
        ManagementService management = engine.getManagementService();
        history.cleanUpHistoryAsync(true);
        for (int runs = 1; runs <= 100; runs++) {
            List<Job> due = history.findHistoryCleanupJobs().stream().filter(job -> !job.getDuedate().after(now)).toList();
            if (due.isEmpty()) {
                return runs - 1;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("History cleanup still has work after 100 runs");
    }

    private static Date plus(Date date, Duration duration) {
        return Date.from(date.toInstant().plus(duration));
    }
}
