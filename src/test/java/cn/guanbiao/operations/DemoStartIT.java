package cn.guanbiao.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.AppNode;
import cn.guanbiao.support.NodeDriver;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static cn.guanbiao.application.ApplicationStatus.AWAITING_DECISION;
import static cn.guanbiao.application.ApplicationStatus.CREDIT_CHECK;
import static cn.guanbiao.application.ApplicationStatus.IN_PUBLIC_NOTICE;
import static cn.guanbiao.application.ApplicationStatus.IN_REVIEW;
import static cn.guanbiao.application.ApplicationStatus.PAID;
import static cn.guanbiao.application.ApplicationStatus.RETURNED_FOR_CORRECTION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's {@code mvn spring-boot:run} as a newcomer runs it: the packaged jar on the embedded default (H2 file,
 * demo users, demo applications, e-mails as files) starts, places its seven demo applications where
 * {@code DemoApplications} means them to be, writes their e-mails and leaves no job failing. Its data live in
 * {@code target/nodes/demo/}, afresh at every run, never in {@code ./data}. Runs in {@code mvn verify} after
 * {@code package}.
 */
class DemoStartIT {

    private static final Path DATA = Path.of(System.getProperty("basedir", "."), "target/nodes/demo");
    private static final Duration SETTLE = Duration.ofMinutes(3);

    /** The step an application waits in (null: none in particular) and the status it shows. */
    record Placed(ApplicationStatus status, String waitsIn) {
    }

    /** Per organisation, where DemoApplications puts its application. */
    private static final Map<String, Placed> DEMO = Map.of(
            "重庆渝北智造科技有限公司", new Placed(IN_REVIEW, "DistrictReview"),
            "重庆渝中数字大学", new Placed(IN_REVIEW, "DepartmentReview"),
            "重庆江北精密仪器有限公司", new Placed(RETURNED_FOR_CORRECTION, "Task_AwaitCorrection"),
            "重庆沙坪坝新材料有限公司", new Placed(CREDIT_CHECK, "CreditReview"),
            "重庆科学城研究院", new Placed(AWAITING_DECISION, "Event_CallDecided"),
            "重庆两江知识产权示范企业有限公司", new Placed(IN_PUBLIC_NOTICE, "Gateway_NoticeEvents"),
            "重庆南岸优势企业股份有限公司", new Placed(PAID, null));

    private static final Pattern TRAIL = Pattern.compile(
            "</strong>\\s*<span>([^<]+)</span>.*?当前状态：<strong>([^<]+)</strong>.*?<table id=\"events\"[^>]*>(.*?)</table>", Pattern.DOTALL);

    /** One application as the audit trail page shows it. */
    record Trail(String applicationNo, String orgName, String statusLabel, int statusChanges) {
    }

    @Test
    void startsWithItsDemoDataPlaced() throws IOException {
        deleteRecursively(DATA);
        try (AppNode node = AppNode.embeddedDefault("demo", DATA, Map.of()).start()) {
            // the demo data are placed by a start-up runner after the node already answers HTTP
            node.awaitOutput("Demo pilot batches opened", SETTLE);
            ApiClient admin = node.client().as("admin", "admin");
            NodeDriver.await(SETTLE, "the job executor to run every due job",
                    () -> admin.get("/engine-rest/job/count?executable=true").json().path("count").asLong() == 0);

            assertThat(node.client().get("/public/notices").status()).isEqualTo(200);
            assertThat(node.isAlive()).isTrue();

            List<Trail> trails = new ArrayList<>();
            for (JsonNode instance : admin.get("/engine-rest/history/process-instance?processDefinitionKey=award-application")
                    .json()) {
                trails.add(trail(admin, instance.path("businessKey").asText()));
            }
            assertThat(trails).extracting(Trail::orgName).containsExactlyInAnyOrderElementsOf(DEMO.keySet());
            for (Trail trail : trails) {
                Placed placed = DEMO.get(trail.orgName());
                assertThat(trail.statusLabel()).as(trail.toString()).isEqualTo(placed.status().label());
                if (placed.waitsIn() != null) {
                    assertThat(activities(admin, trail.applicationNo())).as(trail.toString()).contains(placed.waitsIn());
                }
            }
            // dates consistent with today: pilot batches only while their list is still due, no task overdue
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertThat(admin.get("/api/admin/pilot-batches").json()).as("demo pilot batches")
                    .allSatisfy(batch -> assertThat(LocalDate.parse(batch.path("deadline").asText())).isAfterOrEqualTo(today));
            String now = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(ZonedDateTime.now());
            assertThat(admin.get("/engine-rest/task/count?dueBefore=" + URLEncoder.encode(now, StandardCharsets.UTF_8))
                    .json().path("count").asLong()).as("tasks overdue at first start").isZero();
            // the paid award's notice has ended, on or before today
            String notices = node.client().get("/public/notices").body();
            String pastNotices = notices.substring(notices.indexOf("id=\"past-notices\""));
            assertThat(notices.substring(0, notices.indexOf("id=\"past-notices\""))).doesNotContain("重庆南岸优势企业股份有限公司");
            Matcher paidNotice = Pattern.compile("重庆南岸优势企业股份有限公司.*?(\\d{4})年(\\d{1,2})月(\\d{1,2})日（含）", Pattern.DOTALL)
                    .matcher(pastNotices);
            assertThat(paidNotice.find()).as("the paid award in the archive of notices").isTrue();
            assertThat(LocalDate.of(Integer.parseInt(paidNotice.group(1)), Integer.parseInt(paidNotice.group(2)),
                    Integer.parseInt(paidNotice.group(3)))).as("end of the paid award's notice").isBeforeOrEqualTo(today);

            assertThat(admin.get("/engine-rest/job/count?withException=true").json().path("count").asLong())
                    .as("jobs that failed").isZero();
            assertThat(admin.get("/engine-rest/incident/count").json().path("count").asLong()).as("incidents").isZero();

            // every status change queued an e-mail to the applicant, written as a file right after its commit
            NodeDriver.await(SETTLE, "every status change's e-mail written", () -> {
                Map<String, Long> written = mailsPerApplication(DATA.resolve("mail"));
                return trails.stream().allMatch(t -> written.getOrDefault(t.applicationNo(), 0L) >= t.statusChanges());
            });
            Map<String, Long> mails = mailsPerApplication(DATA.resolve("mail"));
            for (Trail trail : trails) {
                assertThat(mails.getOrDefault(trail.applicationNo(), 0L)).as("e-mails of " + trail)
                        .isEqualTo(trail.statusChanges()).isPositive();
            }

            // demo users sign in (Tasklist and the REST API share Camunda's identity service), and see their work
            Trail atDistrict = trails.stream().filter(t -> t.orgName().equals("重庆渝北智造科技有限公司")).findFirst().orElseThrow();
            ApiClient.Response tasks = node.client().as("reviewer-500112", "demo")
                    .get("/engine-rest/task?processInstanceBusinessKey=" + atDistrict.applicationNo());
            assertThat(tasks.status()).as("reviewer-500112 signs in").isEqualTo(200);
            assertThat(tasks.json()).extracting(task -> task.path("taskDefinitionKey").asText()).containsExactly("DistrictReview");
            for (String user : List.of("municipal", "finance", "economy", "inspector1")) {
                assertThat(node.client().as(user, "demo").get("/engine-rest/task/count").status()).as(user).isEqualTo(200);
            }
            assertThat(node.client().as("reviewer-500112", "wrong").get("/engine-rest/task/count").status()).isEqualTo(401);
            assertThat(node.client().as("municipal", "demo").get("/admin/dashboard").status()).isEqualTo(200);

            // nothing is overdue at first start, so no e-mail says so
            assertThat(mailTexts(DATA.resolve("mail"))).as("e-mails at first start").isNotEmpty()
                    .noneSatisfy(text -> assertThat(text).contains("逾期"));

            assertThat(node.output().lines().filter(line -> line.contains(" ERROR "))).as("ERROR lines in " + node.log())
                    .isEmpty();
        }
    }

    private static Trail trail(ApiClient admin, String applicationNo) {
        ApiClient.Response page = admin.get("/admin/applications/" + applicationNo);
        assertThat(page.status()).as(applicationNo).isEqualTo(200);
        Matcher matcher = TRAIL.matcher(page.body());
        assertThat(matcher.find()).as("audit trail of " + applicationNo).isTrue();
        int statusChanges = matcher.group(3).split("<tr>", -1).length - 2; // less the header row
        return new Trail(applicationNo, matcher.group(1), matcher.group(2), statusChanges);
    }

    /** The activities the application's process instance is in now (none once it has ended). */
    private static List<String> activities(ApiClient admin, String applicationNo) {
        List<String> ids = new ArrayList<>();
        for (JsonNode instance : admin.get("/engine-rest/process-instance?businessKey=" + applicationNo).json()) {
            collectActivities(admin.get("/engine-rest/process-instance/" + instance.path("id").asText()
                    + "/activity-instances").json(), ids);
        }
        return ids;
    }

    private static void collectActivities(JsonNode activityInstance, List<String> ids) {
        ids.add(activityInstance.path("activityId").asText());
        activityInstance.path("childActivityInstances").forEach(child -> collectActivities(child, ids));
    }

    /** Subject "【贯标认证奖励】申请 GB-…：…" → how many .eml files each application number has. */
    private static Map<String, Long> mailsPerApplication(Path folder) {
        Pattern applicationNo = Pattern.compile("申请 (GB-\\d{4}-\\d{6})：");
        Session session = Session.getInstance(new Properties());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("[^.].*\\.eml")).map(file -> {
                try (InputStream in = Files.newInputStream(file)) {
                    Matcher matcher = applicationNo.matcher(new MimeMessage(session, in).getSubject());
                    return matcher.find() ? matcher.group(1) : "";
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (MessagingException e) {
                    throw new IllegalStateException(file.toString(), e);
                }
            }).collect(Collectors.groupingBy(no -> no, Collectors.counting()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Subject and every text part of each .eml file. */
    private static List<String> mailTexts(Path folder) {
        Session session = Session.getInstance(new Properties());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("[^.].*\\.eml")).map(file -> {
                try (InputStream in = Files.newInputStream(file)) {
                    MimeMessage message = new MimeMessage(session, in);
                    return message.getSubject() + "\n" + textOf(message);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (MessagingException e) {
                    throw new IllegalStateException(file.toString(), e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String textOf(jakarta.mail.Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(textOf(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return "";
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
