package cn.guanbiao.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What an administrator's edit in Modeler must keep: layout, history retention, forms, groups and due dates. */
class ProcessModelsTest {

    static Stream<Path> bpmnFiles() throws IOException {
        return files(".bpmn");
    }

    static Stream<Path> dmnFiles() throws IOException {
        return files(".dmn");
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyElementIsLaidOutSoTheDiagramRenders(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        Collection<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).toList();
        Collection<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(e -> e.getBpmnElement().getId()).toList();

        assertThat(shapes).containsAll(model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList());
        assertThat(edges).containsAll(model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId).toList());
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void processIsNamedAfterItsFileAndKeepsHistoryForALimitedTime(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        Process process = model.getModelElementsByType(Process.class).iterator().next();

        assertThat(process.getId() + ".bpmn").isEqualTo(file.getFileName().toString());
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(process.isExecutable()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyUserTaskHasAFormCandidatesAndADueDate(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
            assertThat(Files.exists(file.getParent().resolveSibling("forms").resolve(task.getCamundaFormRef() + ".form")))
                    .as("form of " + task.getId()).isTrue();
            // a group, or people named by an expression (the inspectors a spot-check draw picked)
            assertThat(String.join("", nullToEmpty(task.getCamundaCandidateGroups()), nullToEmpty(task.getCamundaCandidateUsers())))
                    .as("candidate group or users of " + task.getId()).isNotBlank();
            assertThat(task.getCamundaDueDate()).as(task.getId()).isNotBlank();
        }
    }

    // bpmnlint recommended (.bpmnlintrc): label-required (a reader sees which way each condition goes) and
    // superfluous-label (a label on a flow that chooses nothing reads like a condition)
    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void aFlowIsLabelledWhereItIsAConditionOutOfAGatewayAndNotWhereItChoosesNothing(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            boolean fromGateway = flow.getSource() instanceof Gateway;
            boolean conditional = flow.getConditionExpression() != null;
            if (fromGateway && conditional) {
                assertThat(flow.getName()).as("name of " + flow.getId()).isNotBlank();
            } else if (!fromGateway && !conditional) {
                assertThat(flow.getName()).as("label of " + flow.getId()).isNullOrEmpty();
            }
        }
    }

    // bpmnlint recommended fake-join: flows meet at a (merging) gateway, not in a task
    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void flowsMeetAtAGatewayAndNotInATask(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!(node instanceof Gateway)) {
                assertThat(node.getIncoming()).as("flows into " + node.getId()).hasSizeLessThanOrEqualTo(1);
            }
        }
    }

    // "-" is the DMN way to say "any value"; an empty cell is read only by Camunda's own FEEL engine
    @ParameterizedTest
    @MethodSource("dmnFiles")
    void everyEmptyInputCellIsWrittenAsADash(Path file) {
        DmnModelInstance model = Dmn.readModelFromFile(file.toFile());

        for (InputEntry entry : model.getModelElementsByType(InputEntry.class)) {
            assertThat(entry.getText().getTextContent()).as(entry.getId()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("dmnFiles")
    void decisionIsNamedAfterItsFileAndKeepsHistoryForALimitedTime(Path file) {
        DmnModelInstance model = Dmn.readModelFromFile(file.toFile());

        Decision decision = model.getModelElementsByType(Decision.class).iterator().next();

        assertThat(decision.getId() + ".dmn").isEqualTo(file.getFileName().toString());
        assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Stream<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList().stream();
        }
    }
}
