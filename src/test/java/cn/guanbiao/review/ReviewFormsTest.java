package cn.guanbiao.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seven review forms share their summary blocks: forms/review/parts.json holds each block once, and
 * forms/review/&lt;form&gt;.json the form with {@code {"part": "…"}} where a block goes. This test makes each
 * forms/&lt;form&gt;.form from its source and fails when the deployed file differs; run with -Dforms.write=true it
 * writes the files instead (forms/README.md).
 */
class ReviewFormsTest {

    private static final Path SOURCES = Path.of("forms/review");
    private static final ObjectMapper JSON = new ObjectMapper();
    // as Camunda Modeler writes forms: two spaces, "key": value
    private static final DefaultPrettyPrinter MODELER_STYLE = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    static Stream<Path> reviewForms() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(f -> !f.getFileName().toString().equals("parts.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("reviewForms")
    void deployedFormIsWhatItsSourceAndTheSharedPartsMake(Path source) throws IOException {
        String made = compose(source);
        Path form = Path.of("forms", source.getFileName().toString().replace(".json", ".form"));

        if (Boolean.getBoolean("forms.write")) {
            Files.writeString(form, made, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(form, StandardCharsets.UTF_8))
                .as(form + " differs from " + source + " and parts.json: edit the source and write the forms again")
                .isEqualTo(made);
    }

    private static String compose(Path source) throws IOException {
        JsonNode parts = JSON.readTree(SOURCES.resolve("parts.json").toFile());
        ObjectNode form = (ObjectNode) JSON.readTree(source.toFile());
        String prefix = form.remove("idPrefix").asText() + "_";
        ArrayNode components = (ArrayNode) form.get("components");
        for (int i = 0; i < components.size(); i++) {
            JsonNode part = components.get(i).get("part");
            if (part != null) {
                JsonNode block = parts.get(part.asText());
                assertThat(block).as("part " + part + " of " + source).isNotNull();
                components.set(i, prefixIds(block.deepCopy(), prefix));
            }
        }
        return JSON.writer(MODELER_STYLE).writeValueAsString(form) + "\n";
    }

    private static JsonNode prefixIds(JsonNode node, String prefix) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("id")) {
                    field.setValue(TextNode.valueOf(prefix + field.getValue().asText()));
                } else {
                    prefixIds(field.getValue(), prefix);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> prefixIds(child, prefix));
        }
        return node;
    }
}
