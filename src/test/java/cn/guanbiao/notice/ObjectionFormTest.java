package cn.guanbiao.notice;

import java.util.List;

import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The body of an objection; the refusals below were found by HostileObjectionsTest. */
class ObjectionFormTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void readsReasonOnSeveralLinesAndContact() {
        // given
        ObjectNode body = NODES.objectNode().put("reason", " 审核未到现场，\r\n\t证据见附件。 ").put("contact", " 13900000000 ");

        // when
        ObjectionForm form = ObjectionForm.read(body);

        // then
        assertThat(form).isEqualTo(new ObjectionForm("审核未到现场，\r\n\t证据见附件。", "13900000000"));
    }

    @Test
    void readsMissingNullOrBlankContactAsNone() {
        // given / when / then
        assertThat(ObjectionForm.read(NODES.objectNode().put("reason", "异议")).contact()).isNull();
        assertThat(ObjectionForm.read(NODES.objectNode().put("reason", "异议").putNull("contact")).contact()).isNull();
        assertThat(ObjectionForm.read(NODES.objectNode().put("reason", "异议").put("contact", " \u3000")).contact()).isNull();
    }

    @Test
    void refusesAReasonWithANulCharacter() {
        // given: PostgreSQL cannot store it (it was a 500)
        ObjectNode body = NODES.objectNode().put("reason", "有\u0000异议");

        // when / then
        assertThat(errorFieldsOf(body)).containsExactly("reason");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x09, 0x0A, 0x1B, 0x7F, 0x85})
    void refusesAContactWithAControlCharacter(int control) {
        // given
        ObjectNode body = NODES.objectNode().put("reason", "异议").put("contact", "139" + (char) control + "00000000");

        // when / then
        assertThat(errorFieldsOf(body)).containsExactly("contact");
    }

    @Test
    void refusesHalfOfASurrogatePair() {
        // given: PostgreSQL stored a '?' for it
        ObjectNode body = NODES.objectNode().put("reason", "有\uD800异议").put("contact", "\uDFFF");

        // when / then
        assertThat(errorFieldsOf(body)).containsExactly("reason", "contact");
    }

    @Test
    void refusesAContactThatIsNotText() {
        // given: it was silently dropped
        ObjectNode body = NODES.objectNode().put("reason", "异议").put("contact", 13900000000L);

        // when / then
        assertThat(errorFieldsOf(body)).containsExactly("contact");
    }

    @Test
    void refusesAReasonThatIsNotText() {
        // given
        ObjectNode body = NODES.objectNode();
        body.putArray("reason").add("异议");

        // when / then
        assertThat(errorFieldsOf(body)).containsExactly("reason");
    }

    @Test
    void refusesAMissingReasonAndAnOverlongContactAtOnce() {
        // given
        ObjectNode body = NODES.objectNode().put("contact", "1".repeat(ObjectionForm.MAX_CONTACT + 1));

        // when / then
        assertThat(errorFieldsOf(body)).containsExactly("reason", "contact");
    }

    @Test
    void refusesAReasonOverTheLimitButTakesOneAtIt() {
        // given
        ObjectNode atLimit = NODES.objectNode().put("reason", "异".repeat(ObjectionForm.MAX_REASON));
        ObjectNode overLimit = NODES.objectNode().put("reason", "异".repeat(ObjectionForm.MAX_REASON + 1));

        // when / then
        assertThat(ObjectionForm.read(atLimit).reason()).hasSize(ObjectionForm.MAX_REASON);
        assertThat(errorFieldsOf(overLimit)).containsExactly("reason");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"异议\"", "42", "null"})
    void refusesABodyThatIsNotAnObjectNamingTheBody(String json) throws Exception {
        // given
        JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);

        // when / then
        assertThat(errorFieldsOf(body)).containsExactly("body");
    }

    private static List<String> errorFieldsOf(JsonNode body) {
        Throwable thrown = catchThrowable(() -> ObjectionForm.read(body));
        assertThat(thrown).as("the objection should be refused").isInstanceOf(InvalidInputException.class);
        List<FieldError> errors = ((InvalidInputException) thrown).errors();
        assertThat(errors).allSatisfy(error -> assertThat(error.message()).containsPattern("\\p{IsHan}"));
        return errors.stream().map(FieldError::field).toList();
    }
}
