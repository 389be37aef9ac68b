package cn.guanbiao.operations;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guanbiao.support.AppNode;
import cn.guanbiao.support.FreshPostgresDatabase;
import cn.guanbiao.support.NodeDatabase;
import cn.guanbiao.support.NodeDriver;
import cn.guanbiao.support.NodeTests;
import cn.guanbiao.support.ReleasesUnderFire;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's JVM is killed ({@code kill -9}) while fund releases and e-mails are in flight, then started
 * again on the same PostgreSQL database: every award is paid exactly once, every e-mail sent at least once and
 * recorded as sent. Runs in {@code mvn verify} after {@code package}, on the packaged jar.
 */
class CrashRecoveryIT {

    private static final int APPLICATIONS = 40;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void killedDuringFundReleasesPaysEveryAwardOnceAndSendsEveryMailAfterRestart() throws Exception {
        // given: a node with forty applications waiting for 资金拨付审批
        String url = NodeTests.database("crash");
        FreshPostgresDatabase.recreate(url);
        NodeDatabase database = new NodeDatabase(url);
        int smtpPort = smtp.getSmtp().getPort();
        ReleasesUnderFire.AtKill atKill;
        ReleasesUnderFire run;
        try (AppNode node = AppNode.of("node-a", url, smtpPort, NodeTests.QUICK_TAKEOVER).start()) {
            run = new ReleasesUnderFire(new NodeDriver(List.of(node)), database, APPLICATIONS);
            run.bringToFundRelease();

            // when: finance approves, and the JVM is killed with releases and e-mails in flight
            atKill = run.approveAndKill(node);
        }
        try (AppNode restarted = AppNode.of("node-a-restarted", url, smtpPort, NodeTests.QUICK_TAKEOVER).start()) {
            run = run.on(new NodeDriver(List.of(restarted)));
            run.finish();
        }

        // then
        String callId = run.callId();
        Set<String> delivered = NodeTests.deliveredMailIds(smtp);
        List<String> recorded = database.mailIds();
        System.out.printf("crash: applications=%d approvedBeforeKill=%d inFlight=%d pendingJobsAtKill=%d "
                        + "unsentMailsAtKill=%d paidOnce=%d paidTwice=%d mails=%d mailsSentTwice=%d mailsLost=%d%n",
                APPLICATIONS, atKill.approved(), atKill.notYetPaid(APPLICATIONS), atKill.pendingJobs().size(),
                atKill.unsentMails(), database.ledgerRows(callId), database.paidMoreThanOnce().size(), recorded.size(),
                smtp.getReceivedMessages().length - delivered.size(),
                recorded.stream().filter(id -> !delivered.contains(id)).count());
        assertThat(atKill.notYetPaid(APPLICATIONS)).as("applications not yet paid when the JVM died").isPositive();
        assertThat(atKill.pendingJobs().size() + atKill.unsentMails()).as("work in flight at the kill").isPositive();
        assertThat(database.statusesOfCall(callId)).isEqualTo(Map.of("PAID", (long) APPLICATIONS));
        assertThat(database.ledgerRows(callId)).isEqualTo(APPLICATIONS);
        assertThat(database.paidMoreThanOnce()).isEmpty();
        assertThat(database.paidOfCall(callId)).isEqualByComparingTo(database.ledgerSum(callId));
        assertThat(database.unsentMails()).isZero();
        assertThat(delivered).containsAll(recorded);
        assertThat(database.incidents()).isZero();
    }
}
