package cn.guanbiao.applicant;

import cn.guanbiao.application.ApplicationFormReader;
import cn.guanbiao.application.ApplicationForm;
import java.time.Clock;
import java.time.LocalDateTime;

import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Footprints;
import cn.guanbiao.support.Footprints.Footprint;
import cn.guanbiao.support.Hostile;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.spring.JqwikSpringSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Hostile input to {@code POST /api/applications} (DOMAIN §5), generated: every case is a valid application made
 * invalid in a way the generator chooses, often with hostile text in other fields. Each gets a 400 naming the
 * field (413 for a body over the limit, 415 for a body that is not sent as JSON), never a 500; and the whole run
 * leaves nothing behind: no row in any table, no process instance, no job; so no e-mail either, as every e-mail is
 * a row of the outbox and a delivery job before it goes out.
 */
@JqwikSpringSupport
@AwardSpringTest
class HostileApplicationsTest {

    @LocalServerPort int port;
    @Autowired ApplicationFormReader reader;
    @Autowired ApplicationIntake intake;
    @Autowired Clock clock;

    String callId;
    Footprint before;

    /** Lifecycle methods run before jqwik-spring injects the fields: their beans come as parameters. */
    @BeforeProperty
    void openCallAndNoteWhatIsStored(@Autowired AwardDriver driver, @Autowired Footprints footprints) {
        callId = driver.openCall("1000000").callId();
        before = footprints.now();
    }

    @AfterProperty
    void nothingIsLeftBehind(@Autowired Footprints footprints) {
        assertThat(footprints.now()).isEqualTo(before);
    }

    /** Not shrunk: a case that fails may change what the server holds, and shrinking would chase what follows. */
    @Property(tries = 500, seed = "20261122", shrinking = ShrinkingMode.OFF)
    void invalidApplicationIsRefusedNamingTheFieldAndStartsNothing(@ForAll("hostileApplications") Hostile request) {
        // when
        Response response = request.send(port, "POST", "/api/applications");

        // then
        request.assertRefusedBy(response);
        Statistics.label("kind of defect").collect(request.kind());
        Statistics.label("expected answer").collect(request.expected());
    }

    /** The cases are invalid because of their defect alone: what they start from passes every check of intake. */
    @Property(tries = 50, seed = "20261122")
    void everyCaseStartsFromAValidApplication(@ForAll("validApplications") ObjectNode application) {
        // when
        ApplicationForm form = reader.read(application);

        // then
        assertThatCode(() -> intake.checkAgainstReferenceData(form, LocalDateTime.now(clock), true))
                .doesNotThrowAnyException();
    }

    @Provide
    Arbitrary<Hostile> hostileApplications() {
        return HostileApplications.hostile(HostileApplications.valid(callId), HostileApplications.defects());
    }

    @Provide
    Arbitrary<ObjectNode> validApplications() {
        return HostileApplications.valid(callId);
    }
}
