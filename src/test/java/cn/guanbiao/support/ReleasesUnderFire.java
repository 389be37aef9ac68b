package cn.guanbiao.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fault scenario of the node tests: {@code n} applications are brought over HTTP to 资金拨付审批; finance then
 * approves them one after another while, once a quarter of them are paid, a node is killed with {@code kill -9}.
 * Fund releases and e-mails are in flight at that moment: that is the point.
 */
public final class ReleasesUnderFire {

    /** What was in flight when the node died. */
    public record AtKill(int approved, long paid, List<String> pendingJobs, long unsentMails) {

        public long notYetPaid(int applications) {
            return applications - paid;
        }
    }

    private final NodeDriver driver;
    private final NodeDatabase database;
    private final int applications;
    private String callId;

    public ReleasesUnderFire(NodeDriver driver, NodeDatabase database, int applications) {
        this.driver = driver;
        this.database = database;
        this.applications = applications;
    }

    /** The same run, driven through other nodes (after a restart). */
    public ReleasesUnderFire on(NodeDriver other) {
        ReleasesUnderFire run = new ReleasesUnderFire(other, database, applications);
        run.callId = callId;
        return run;
    }

    public String callId() {
        return callId;
    }

    /** Opens a call and brings every application through the reviews, the list and the notice to 资金拨付审批. */
    public void bringToFundRelease() {
        callId = driver.openCall("100000000");
        for (int i = 0; i < applications; i++) {
            driver.submit(Applicants.enterprise(callId));
        }
        approveAll("reviewer-500112", "DistrictReview", applications);
        approveAll("economy", "DepartmentReview", applications);
        approveAll("municipal", "MunicipalReview", applications);
        NodeDriver.await(Duration.ofMinutes(3), "credit checks and award computations", () ->
                database.statusesOfCall(callId).getOrDefault("AWAITING_DECISION", 0L) == applications);
        driver.closeCall(callId);
        driver.approve("municipal", driver.awaitTasks("municipal", "ApproveAwardList", 1).get(0));
        NodeDriver.await(Duration.ofMinutes(3), "public notices", () ->
                database.statusesOfCall(callId).getOrDefault("IN_PUBLIC_NOTICE", 0L) == applications);
        driver.makeTimersDue("Event_NoticePeriodOver");
        driver.awaitTasks("finance", "FundReleaseApproval", applications);
    }

    /** Finance approves every release; when a quarter is paid (or all are approved), {@code victim} is killed. */
    public AtKill approveAndKill(AppNode victim) throws InterruptedException {
        List<String> tasks = new ArrayList<>(driver.awaitTasks("finance", "FundReleaseApproval", applications));
        AtomicInteger approved = new AtomicInteger();
        Thread finance = new Thread(() -> {
            for (String task : tasks) {
                if (!victim.isAlive() || !driver.approve("finance", task)) {
                    return;
                }
                approved.incrementAndGet();
            }
        }, "finance");
        finance.start();
        NodeDriver.await(Duration.ofMinutes(3), "a quarter paid with work in flight, or all approved", () ->
                database.ledgerRows(callId) >= applications / 4 && !database.pendingContinuations().isEmpty()
                        || !finance.isAlive());
        victim.kill();
        AtKill atKill = new AtKill(approved.get(), database.ledgerRows(callId), database.pendingContinuations(),
                database.unsentMails());
        finance.join();
        return atKill;
    }

    /** After the fault: finance approves what is left, then everything asynchronous is drained. */
    public void finish() {
        approveAll("finance", "FundReleaseApproval", driver.tasks("finance", "FundReleaseApproval").size());
        NodeDriver.await(Duration.ofMinutes(5), "every application paid, every job and e-mail done", () ->
                database.statusesOfCall(callId).equals(Map.of("PAID", (long) applications))
                        && database.pendingContinuations().isEmpty() && database.unsentMails() == 0);
    }

    private void approveAll(String user, String taskKey, int count) {
        driver.awaitTasks(user, taskKey, count).forEach(task -> driver.approve(user, task));
    }
}
