package cn.guanbiao.applicant;

import cn.guanbiao.application.CreditCode;
import cn.guanbiao.application.ApplicationForm;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.ApplicantType;
import cn.guanbiao.application.Applications;
import java.util.Map;

import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Footprints;
import cn.guanbiao.support.Footprints.Footprint;
import cn.guanbiao.support.Hostile;
import cn.guanbiao.support.Hostile.Defect;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.spring.JqwikSpringSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Hostile input to {@code PUT /api/applications/{no}} (DOMAIN §5), the correction of an application returned to
 * the applicant: the same generated defects as for a submission, and a correction to another call or unit. Each is
 * refused naming the field, never with a 500; the application stays as it was, waiting for its correction.
 */
@JqwikSpringSupport
@AwardSpringTest
class HostileCorrectionsTest {

    @LocalServerPort int port;

    ObjectNode application;
    String applicationNo;
    String token;
    String otherCallId;
    Footprint before;
    ApplicationForm formBefore;

    /** Lifecycle methods run before jqwik-spring injects the fields: their beans come as parameters. */
    @BeforeProperty
    void returnAnApplicationForCorrection(@Autowired AwardDriver driver, @Autowired Footprints footprints,
            @Autowired Applications applications) {
        String callId = driver.openCall("1000000").callId();
        otherCallId = driver.openCall("1000000").callId();
        application = HostileApplications.valid(callId, Applicants.newCreditCode(), ApplicantType.ENTERPRISE, 4242);
        ApplicationIntake.Accepted accepted = driver.submit(application);
        applicationNo = accepted.applicationNo();
        token = accepted.trackingToken();
        driver.complete(applicationNo, "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", true, "comment", "请补充发票"));
        driver.runJobs(accepted.processInstanceId());
        before = footprints.now();
        formBefore = applications.get(applicationNo).form();
    }

    @AfterProperty
    void theApplicationStillWaitsForItsCorrectionAsItWas(@Autowired Footprints footprints,
            @Autowired Applications applications, @Autowired AwardDriver driver, @Autowired ProcessEngine engine) {
        AbstractAssertions.init(engine);
        assertThat(footprints.now()).isEqualTo(before);
        assertThat(applications.get(applicationNo).form()).isEqualTo(formBefore);
        assertThat(applications.get(applicationNo).status()).isEqualTo(ApplicationStatus.RETURNED_FOR_CORRECTION);
        assertThat(driver.process(applicationNo)).isWaitingAt("Task_AwaitCorrection");
    }

    /** Not shrunk: a case that fails may change what the server holds, and shrinking would chase what follows. */
    @Property(tries = 200, seed = "20261122", shrinking = ShrinkingMode.OFF)
    void invalidCorrectionIsRefusedNamingTheFieldAndChangesNothing(@ForAll("hostileCorrections") Hostile request) {
        // when
        Response response = request.send(port, "PUT", "/api/applications/" + applicationNo,
                ApplicationController.TOKEN_HEADER, token);

        // then
        request.assertRefusedBy(response);
        Statistics.label("kind of defect").collect(request.kind());
    }

    @Provide
    Arbitrary<Hostile> hostileCorrections() {
        Arbitrary<Defect> elsewhere = Arbitraries.of(
                Defect.change("correction moves to another open call", "callId", tree -> tree.put("callId", otherCallId))
                        .ofKind("another call"),
                Defect.change("correction names another unit", "creditCode",
                        tree -> tree.put("creditCode", CreditCode.withCheckCharacter("91500112AB1234567"))).ofKind("another unit"));
        return HostileApplications.hostile(Arbitraries.just(application),
                Arbitraries.frequencyOf(Tuple.of(14, HostileApplications.defects()), Tuple.of(1, elsewhere)));
    }
}
