package cn.guanbiao.notice;

import java.math.BigDecimal;
import java.util.Map;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** R6 in award-application: the call's decision, the public notice and objections. */
@AwardSpringTest
class PublicNoticeProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired PublicNotices notices;
    @Autowired ObjectionDesk objectionDesk;
    @Autowired Objections objections;
    @Autowired Applications applications;

    String callId;

    @BeforeEach
    void openCall() {
        AbstractAssertions.init(engine);
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void fundedApplicationIsPublishedForTheNoticePeriod() {
        // given / when
        String no = inNotice();

        // then
        assertThat(driver.process(no)).hasPassed("Task_StartPublicNotice").isWaitingAt("Gateway_NoticeEvents");
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.IN_PUBLIC_NOTICE);
        assertThat(notices.current()).anySatisfy(n -> {
            assertThat(n.applicationNo()).isEqualTo(no);
            assertThat(n.amount()).isEqualByComparingTo(new BigDecimal("25000.00"));
        });
    }

    @Test
    void noticePeriodWithoutObjectionLeadsToFundReleaseApproval() {
        // given
        String no = inNotice();
        ProcessInstance instance = driver.process(no);

        // when
        driver.fireTimer(instance.getId(), "Event_NoticePeriodOver");

        // then
        assertThat(instance).hasPassed("Task_EndPublicNotice").hasNotPassed("ObjectionReview").isWaitingAt("FundReleaseApproval");
        assertThat(task(instance)).hasCandidateGroup("finance-office");
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.APPROVED_FOR_PAYMENT);
        assertThat(notices.isInNotice(no)).isFalse();
    }

    @Test
    void noticeCutShortByHandEndsWhenItWasEndedNotWhenItWasPlanned() {
        // given: a notice planned to run for days, its timer executed by hand today (the README's walk, the demo)
        String no = inNotice();
        java.time.LocalDateTime planned = notices.current().stream().filter(n -> n.applicationNo().equals(no))
                .findFirst().orElseThrow().endsAt();
        java.time.LocalDateTime now = java.time.LocalDateTime.now(cn.guanbiao.calendar.WorkingDays.ZONE);
        assertThat(planned).isAfter(now.plusDays(1));

        // when
        driver.fireTimer(driver.process(no).getId(), "Event_NoticePeriodOver");

        // then: the archive shows it ended today, not in the future
        PublicNotices.Notice ended = notices.past().stream().filter(n -> n.applicationNo().equals(no)).findFirst().orElseThrow();
        assertThat(ended.endsAt()).isBefore(now.plusMinutes(5)).isAfter(now.minusMinutes(5));
        assertThat(cn.guanbiao.calendar.Deadlines.lastDay(ended.endsAt())).isEqualTo(now.toLocalDate());
    }

    @Test
    void dismissedObjectionReturnsToTheNoticePeriod() {
        // given
        String no = inNotice();
        objectionDesk.raise(no, "该单位认证审核未到现场", "13900000000");
        ProcessInstance instance = driver.process(no);
        assertThat(instance).isWaitingAt("ObjectionReview");
        assertThat(task(instance)).hasCandidateGroup("municipal-ip-office");

        // when
        driver.complete(no, "ObjectionReview", "municipal", Map.of("approved", true, "comment", "经核查，审核记录完整"));

        // then
        assertThat(instance).isWaitingAt("Gateway_NoticeEvents");
        assertThat(objections.of(no)).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo("DISMISSED");
            assertThat(o.decidedBy()).isEqualTo("municipal");
        });

        // when
        driver.fireTimer(instance.getId(), "Event_NoticePeriodOver");

        // then
        assertThat(instance).isWaitingAt("FundReleaseApproval");
    }

    @Test
    void upheldObjectionRejectsAndFreesTheBudget() {
        // given
        String no = inNotice();
        objectionDesk.raise(no, "该单位提供的发票系伪造", null);

        // when
        driver.complete(no, "ObjectionReview", "municipal", Map.of("approved", false, "comment", "异议属实，发票伪造"));

        // then
        assertThat(driver.process(no)).hasPassed("ObjectionReview", "Task_RejectApplication").isEnded();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(applications.get(no).reservedAmount()).isNull();
        assertThat(notices.isInNotice(no)).isFalse();
    }

    @Test
    void objectionToAnApplicationNotInNoticeIsRefused() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();

        // when / then
        assertThat(objectionDesk.raise(no, "异议", null)).isEqualTo(ObjectionDesk.Result.NOT_IN_NOTICE);
        assertThat(objections.of(no)).isEmpty();
    }

    @Test
    void secondObjectionDuringReviewIsKeptAndDecidedTogether() {
        // given
        String no = inNotice();
        objectionDesk.raise(no, "第一件异议", null);

        // when
        ObjectionDesk.Result accepted = objectionDesk.raise(no, "第二件异议", null);
        driver.complete(no, "ObjectionReview", "municipal", Map.of("approved", true, "comment", "两件异议均不成立"));

        // then
        assertThat(accepted).isEqualTo(ObjectionDesk.Result.ACCEPTED);
        assertThat(objections.of(no)).hasSize(2).allSatisfy(o -> assertThat(o.status()).isEqualTo("DISMISSED"));
    }

    private String inNotice() {
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.passReviews(no);
        driver.decideCall(callId);
        return no;
    }
}
