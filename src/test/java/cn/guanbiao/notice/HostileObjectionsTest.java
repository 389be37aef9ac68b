package cn.guanbiao.notice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Footprints;
import cn.guanbiao.support.Footprints.Footprint;
import cn.guanbiao.support.Hostile;
import cn.guanbiao.support.Hostile.Defect;
import cn.guanbiao.support.HostileJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
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
 * Hostile input to {@code POST /api/public/notices/{no}/objections} (R6, no login), generated: a valid objection
 * made invalid in a way the generator chooses. Each is refused naming the field, never with a 500; no objection is
 * stored and the application's notice goes on undisturbed.
 */
@JqwikSpringSupport
@AwardSpringTest
class HostileObjectionsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @LocalServerPort int port;

    String applicationNo;
    Footprint before;

    /** Lifecycle methods run before jqwik-spring injects the fields: their beans come as parameters. */
    @BeforeProperty
    void putAnApplicationInNotice(@Autowired AwardDriver driver, @Autowired Footprints footprints) {
        String callId = driver.openCall("1000000").callId();
        applicationNo = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.passReviews(applicationNo);
        driver.decideCall(callId);
        before = footprints.now();
    }

    @AfterProperty
    void noObjectionIsStoredAndTheNoticeGoesOn(@Autowired Footprints footprints, @Autowired Objections objections,
            @Autowired AwardDriver driver, @Autowired ProcessEngine engine) {
        AbstractAssertions.init(engine);
        assertThat(footprints.now()).isEqualTo(before);
        assertThat(objections.of(applicationNo)).isEmpty();
        assertThat(driver.process(applicationNo)).isWaitingAt("Gateway_NoticeEvents");
    }

    /** Not shrunk: a case that fails may change what the server holds, and shrinking would chase what follows. */
    @Property(tries = 200, seed = "20261122", shrinking = ShrinkingMode.OFF)
    void invalidObjectionIsRefusedNamingTheFieldAndStoresNothing(@ForAll("hostileObjections") Hostile request) {
        // when
        Response response = request.send(port, "POST", "/api/public/notices/" + applicationNo + "/objections");

        // then
        request.assertRefusedBy(response);
        Statistics.label("kind of defect").collect(request.kind());
    }

    @Provide
    Arbitrary<Hostile> hostileObjections() {
        Arbitrary<ObjectNode> valid = Combinators.combine(
                Arbitraries.of("该单位认证审核未到现场", "认证机构同时提供了咨询辅导，\n存在利益关联。", "发票金额与实际支付不符"),
                Arbitraries.of("13900000000", "举报人 lisi@example.com"))
                .as((reason, contact) -> NODES.objectNode().put("reason", reason).put("contact", contact));
        Map<String, Arbitrary<Defect>> kinds = new LinkedHashMap<>();
        kinds.put("missing, null or blank reason", Arbitraries.of("absent", "null", "", " \u3000\t\n ").map(how ->
                Defect.change("reason " + how.strip(), "reason", tree -> {
                    switch (how) {
                        case "absent" -> tree.remove("reason");
                        case "null" -> tree.putNull("reason");
                        default -> tree.put("reason", how);
                    }
                })));
        kinds.put("wrong JSON type", Combinators.combine(Arbitraries.of("reason", "contact"), HostileJson.notOfType("string"))
                .as((field, value) -> Defect.change(field + " given as " + value, field, tree -> tree.set(field, value))));
        kinds.put("oversized text", Combinators.combine(Arbitraries.of(Map.entry("reason", 2000), Map.entry("contact", 200)),
                        Arbitraries.of("异", "a", "😀"), Arbitraries.integers().between(1, 5000))
                .as((limit, unit, excess) -> Defect.change(limit.getKey() + " of " + (limit.getValue() + excess) + " × " + unit,
                        limit.getKey(), tree -> tree.put(limit.getKey(), unit.repeat(limit.getValue() + excess)))));
        kinds.put("control character", Combinators.combine(Arbitraries.of("reason", "contact"),
                        Arbitraries.oneOf(Arbitraries.integers().between(0, 0x1F), Arbitraries.integers().between(0x7F, 0x9F)))
                .filter((field, control) -> !(field.equals("reason") && List.of(9, 10, 13).contains(control)))
                .as((field, control) -> Defect.change("U+%04X inside %s".formatted(control, field), field,
                        tree -> tree.put(field, "有" + Character.toString(control) + "异议"))));
        kinds.put("lone surrogate", Combinators.combine(Arbitraries.of("reason", "contact"), Arbitraries.of("\uD800", "\uDFFF"))
                .as((field, half) -> Defect.change("lone surrogate inside " + field, field, tree -> tree.put(field, "有" + half + "异议"))));
        kinds.put("malformed JSON", HostileJson.malformed());
        kinds.put("duplicate key", HostileJson.duplicateKey(List.of("reason", "contact")));
        kinds.put("body not an object", HostileJson.notAnObject("body"));
        kinds.put("not sent as JSON", HostileJson.wrongContentType());
        kinds.put("body over 1 MiB", HostileJson.overLimit());
        kinds.put("nested beyond the parser's limit", HostileJson.nestedBeyondTheParserLimit());
        Arbitrary<Defect> defects = Arbitraries.oneOf(kinds.entrySet().stream()
                .map(kind -> kind.getValue().map(defect -> defect.ofKind(kind.getKey()))).toList());
        Arbitrary<String> hostileText = HostileJson.malicious();
        return Combinators.combine(valid, defects, hostileText, Arbitraries.of("reason", "contact"))
                .as((objection, defect, text, field) -> {
                    ObjectNode copy = objection.deepCopy();
                    if (!field.equals(defect.field())) {
                        copy.put(field, text);
                    }
                    return defect.on(copy);
                });
    }
}
