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
 * Two application nodes on one PostgreSQL database, both with the job executor on, requests spread over both like
 * a load balancer would. One node is killed mid-run: the other finishes every job, including those the dead node
 * had locked. This is how the product scales past one machine (README, "Running several nodes").
 */
class TwoNodeClusterIT {

    private static final int APPLICATIONS = 40;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void theSurvivingNodeFinishesEveryJobWhenTheOtherIsKilled() throws Exception {
        // given: two nodes sharing one database, forty applications brought to 资金拨付审批 through both
        String url = NodeTests.database("cluster");
        FreshPostgresDatabase.recreate(url);
        NodeDatabase database = new NodeDatabase(url);
        int smtpPort = smtp.getSmtp().getPort();
        try (AppNode nodeA = AppNode.of("node-a", url, smtpPort, NodeTests.QUICK_TAKEOVER).start();
                AppNode nodeB = AppNode.of("node-b", url, smtpPort, NodeTests.QUICK_TAKEOVER).start()) {
            ReleasesUnderFire run = new ReleasesUnderFire(new NodeDriver(List.of(nodeA, nodeB)), database, APPLICATIONS);
            run.bringToFundRelease();
            Map<String, Long> jobsBeforeKill = database.successfulJobsByNode();

            // when: finance approves through both nodes, and node A is killed mid-run
            ReleasesUnderFire.AtKill atKill = run.approveAndKill(nodeA);
            run.finish();

            // then
            String callId = run.callId();
            Set<String> delivered = NodeTests.deliveredMailIds(smtp);
            List<String> recorded = database.mailIds();
            long takenOver = atKill.pendingJobs().stream().filter(job -> "node-b".equals(database.executedBy(job))).count();
            System.out.printf("cluster: applications=%d jobsBeforeKill=%s inFlight=%d pendingJobsAtKill=%d "
                            + "finishedByNodeB=%d jobsAfter=%s paidOnce=%d paidTwice=%d mails=%d mailsSentTwice=%d mailsLost=%d%n",
                    APPLICATIONS, jobsBeforeKill, atKill.notYetPaid(APPLICATIONS), atKill.pendingJobs().size(), takenOver,
                    database.successfulJobsByNode(), database.ledgerRows(callId), database.paidMoreThanOnce().size(),
                    recorded.size(), smtp.getReceivedMessages().length - delivered.size(),
                    recorded.stream().filter(id -> !delivered.contains(id)).count());
            assertThat(jobsBeforeKill).as("both nodes executed jobs").containsKeys("node-a", "node-b");
            assertThat(jobsBeforeKill.get("node-a")).isPositive();
            assertThat(jobsBeforeKill.get("node-b")).isPositive();
            assertThat(atKill.notYetPaid(APPLICATIONS)).as("applications not yet paid when node A died").isPositive();
            assertThat(takenOver).as("jobs pending at the kill, executed by node B").isEqualTo(atKill.pendingJobs().size());
            assertThat(database.statusesOfCall(callId)).isEqualTo(Map.of("PAID", (long) APPLICATIONS));
            assertThat(database.paidMoreThanOnce()).isEmpty();
            assertThat(database.paidOfCall(callId)).isEqualByComparingTo(database.ledgerSum(callId));
            assertThat(delivered).containsAll(recorded);
            assertThat(database.incidents()).isZero();
        }
    }
}
