package cn.guanbiao.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pictures of docs/how-it-works.md, one per BPMN file of processes/, drawn by {@link ProcessPicture}: a picture that
 * no longer matches its process is drawn anew in docs/processes/ and the test fails, naming it, until it is committed.
 * Regenerate with {@code mvn -o test -Dtest=ProcessPicturesTest} (the first run rewrites and fails, the next passes).
 */
class ProcessPicturesTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path PICTURES = Path.of("docs/processes");

    @Test
    void everyProcessHasItsPictureCheckedInAsDrawn() throws IOException {
        List<String> redrawn = new ArrayList<>();
        Files.createDirectories(PICTURES);
        for (Path bpmn : bpmnFiles()) {
            Path picture = pictureOf(bpmn);
            String drawn = ProcessPicture.of(bpmn);
            if (!Files.exists(picture) || !Files.readString(picture).equals(drawn)) {
                Files.writeString(picture, drawn);
                redrawn.add(picture.toString());
            }
        }
        assertThat(redrawn).as("pictures that did not match their BPMN and have been drawn anew: commit them").isEmpty();
    }

    @Test
    void everyPictureBelongsToAProcess() throws IOException {
        Files.createDirectories(PICTURES);
        try (Stream<Path> pictures = Files.list(PICTURES)) {
            assertThat(pictures.filter(p -> p.toString().endsWith(".svg"))
                    .filter(p -> !Files.exists(PROCESSES.resolve(p.getFileName().toString().replace(".svg", ".bpmn")))))
                    .as("pictures in docs/processes/ whose BPMN file is gone: delete them").isEmpty();
        }
    }

    @Test
    void aPictureNamesEveryStepAndLabelledFlowOfItsProcess() throws IOException {
        for (Path bpmn : bpmnFiles()) {
            String drawn = ProcessPicture.of(bpmn);
            var model = Bpmn.readModelFromFile(bpmn.toFile());
            Stream.concat(model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getName),
                            model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getName))
                    .filter(name -> name != null && !name.isBlank())
                    .forEach(name -> assertThat(drawn).as(bpmn + " drawn").contains("<title>" + ProcessPicture.escape(name.strip()) + "</title>"));
        }
    }

    @Test
    void theSameFileIsDrawnTheSameEveryTime() {
        Path bpmn = PROCESSES.resolve("award-application.bpmn");
        assertThat(ProcessPicture.of(bpmn)).isEqualTo(ProcessPicture.of(bpmn));
    }

    @Test
    void aLongNameIsBrokenIntoLinesThatFitItsBox() {
        assertThat(ProcessPicture.wrap("确定本区县试点企业名单", 90)).containsExactly("确定本区县试点", "企业名单");
        assertThat(ProcessPicture.wrap("notify the reviewers", 70)).containsExactly("notify the", "reviewers");
    }

    private static List<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            List<Path> bpmn = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(bpmn).as("BPMN files in processes/").isNotEmpty();
            return bpmn;
        }
    }

    private static Path pictureOf(Path bpmn) {
        return PICTURES.resolve(bpmn.getFileName().toString().replace(".bpmn", ".svg"));
    }
}
