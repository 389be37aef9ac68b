package cn.guanbiao.applicant;

import cn.guanbiao.application.ProcessVariables;
import java.util.Map;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An applicant's files reach only those who review that application — the groups and users that have or had one
 * of its tasks, as the engine's tasks and their history say — and administrators; not every reviewing group.
 */
@AwardSpringTest
@ExtendWith(OutputCaptureExtension.class)
class ReviewerAttachmentAccessTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;

    Uploads uploads;
    String callId;

    @BeforeEach
    void openCall() {
        uploads = new Uploads(port);
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void reviewerOfAnotherDistrictIsRefusedAndTheDistrictsOwnReviewerDownloads(CapturedOutput output) {
        // given: an application of 渝中区 waiting in its district review
        ObjectNode yuzhong = Applicants.enterprise(callId);
        yuzhong.put("districtCode", "500103");
        Submitted application = submitWithCertificate(yuzhong);

        // when
        Uploads.Answer otherDistrict = download(application, "reviewer-500112");
        Uploads.Answer ownDistrict = download(application, "reviewer-500103");

        // then
        assertThat(otherDistrict.status()).as(otherDistrict.toString()).isEqualTo(403);
        assertThat(otherDistrict.header("Content-Type")).startsWith("application/problem+json");
        assertThat(otherDistrict.json().path("detail").asText()).isEqualTo("只有正在或曾经审核这份申请的部门和管理员可以下载它的附件。");
        assertThat(otherDistrict.body()).isNotEqualTo(Uploads.PDF);
        assertThat(output).containsPattern("INFO .*Reviewer reviewer-500112 .*refused attachment " + application.attachmentId());
        assertThat(ownDistrict.status()).as(ownDistrict.toString()).isEqualTo(200);
        assertThat(ownDistrict.body()).isEqualTo(Uploads.PDF);
    }

    @Test
    void administratorDownloadsTheFilesOfAnyApplication() {
        // given
        ObjectNode yuzhong = Applicants.enterprise(callId);
        yuzhong.put("districtCode", "500103");
        Submitted application = submitWithCertificate(yuzhong);

        // when
        Uploads.Answer answer = uploads.get("/review/attachments/" + application.attachmentId(), Uploads.basic("admin", "admin"));

        // then
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(Uploads.PDF);
    }

    @Test
    void departmentAndMunicipalOfficeDownloadOnlyOnceTheirReviewHasCome() {
        // given: an enterprise's application (reviewed by dept-economy) in its district review
        Submitted application = submitWithCertificate(Applicants.enterprise(callId));

        // when / then: before the department's task exists
        assertThat(download(application, "economy").status()).isEqualTo(403);
        assertThat(download(application, "municipal").status()).isEqualTo(403);

        // when / then: the department's task is open, the municipal office's is not
        driver.complete(application.no(), "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "材料齐全"));
        assertThat(download(application, "economy").status()).isEqualTo(200);
        assertThat(download(application, "municipal").status()).isEqualTo(403);
        assertThat(download(application, "reviewer-500112").status()).isEqualTo(200);

        // when / then: the municipal office's task is open
        driver.complete(application.no(), "DepartmentReview", "economy", Map.of("approved", true, "comment", "同意"));
        assertThat(download(application, "municipal").status()).isEqualTo(200);
        assertThat(download(application, "finance").status()).isEqualTo(403);
        assertThat(download(application, "reviewer-500103").status()).isEqualTo(403);
    }

    @Test
    void reviewersKeepTheirAccessOnceTheirTaskHasEnded() {
        // given: the district rejected the application, whose process has ended
        Submitted application = submitWithCertificate(Applicants.enterprise(callId));
        driver.complete(application.no(), "DistrictReview", "reviewer-500112", Map.of("approved", false, "comment", "证书与单位不符"));
        assertThat(driver.instance(application.no(), ProcessVariables.PROCESS_KEY)).isNull();

        // when
        Uploads.Answer district = download(application, "reviewer-500112");
        Uploads.Answer department = download(application, "economy");

        // then: the engine's history remembers who had a task of it
        assertThat(district.status()).as(district.toString()).isEqualTo(200);
        assertThat(department.status()).as(department.toString()).isEqualTo(403);
    }

    @Test
    void financeDownloadsOnceTheReleaseIsItsToApprove() {
        // given: an application through its reviews, the call's decision and the public notice
        Submitted application = submitWithCertificate(Applicants.enterprise(callId));
        driver.passReviews(application.no());
        assertThat(download(application, "finance").status()).isEqualTo(403);
        driver.decideCall(callId);
        driver.fireTimer(driver.process(application.no()).getId(), "Event_NoticePeriodOver");

        // when
        Uploads.Answer finance = download(application, "finance");

        // then
        assertThat(driver.task(application.no(), "FundReleaseApproval")).isNotNull();
        assertThat(finance.status()).as(finance.toString()).isEqualTo(200);
    }

    private record Submitted(String no, String attachmentId) {
    }

    private Submitted submitWithCertificate(ObjectNode json) {
        ApplicationIntake.Accepted accepted = driver.submit(json);
        Uploads.Answer upload = uploads.upload(accepted.applicationNo(), accepted.trackingToken(), "CERTIFICATE", "证书.pdf",
                "application/pdf", Uploads.PDF);
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        return new Submitted(accepted.applicationNo(), upload.json().path("attachmentId").asText());
    }

    private Uploads.Answer download(Submitted application, String user) {
        return uploads.get("/review/attachments/" + application.attachmentId(), Uploads.basic(user, "demo"));
    }
}
