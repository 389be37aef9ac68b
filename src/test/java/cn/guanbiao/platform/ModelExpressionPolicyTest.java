package cn.guanbiao.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.guanbiao.platform.DeployedModelCheck.DecisionLanguages;
import cn.guanbiao.platform.ModelExpressionPolicy.Place;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deployment check on its own (issue 19, finding 7): every model in {@code processes/} passes; models that would
 * run code (method calls, classes, scripts, beans as values, script languages in DMN) are refused in Chinese, naming
 * the element. The beans are this project's components as Spring would name them, plus a few of the framework's.
 */
class ModelExpressionPolicyTest {

    static final ModelExpressionPolicy POLICY = new ModelExpressionPolicy(ProjectBeans.scan());
    static final DeployedModelCheck CHECK = new DeployedModelCheck(POLICY, () -> DecisionLanguages.FEEL);

    static Stream<Path> deployedFiles() throws IOException {
        return Stream.of("processes", "forms").flatMap(folder -> {
            try {
                return Files.list(Path.of(folder)).filter(ModelExpressionPolicyTest::isDeployed).sorted().toList().stream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** What {@link ProcessResourceDeployer} deploys from those folders. */
    static boolean isDeployed(Path file) {
        return Stream.of(".bpmn", ".dmn", ".form").anyMatch(file.getFileName().toString()::endsWith);
    }

    @ParameterizedTest
    @MethodSource("deployedFiles")
    void everyModelOfTheProjectPasses(Path file) throws IOException {
        // given
        byte[] model = Files.readAllBytes(file);

        // when / then
        assertThatCode(() -> CHECK.check(file.getParent().getFileName() + "/" + file.getFileName(), model))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<bpmn:serviceTask id='Task_Allowed' camunda:expression='${true}'/>",
            "<bpmn:serviceTask id='Task_Allowed' camunda:delegateExpression='${rejectApplication}'/>",
            "<bpmn:userTask id='Task_Allowed' camunda:candidateGroups='district-${districtCode},municipal-ip-office' "
                    + "camunda:dueDate=\"${dueDates.of('DistrictReview')}\"/>",
            "<bpmn:userTask id='Task_Allowed' camunda:candidateUsers='${spotCheckRecords.inspectors(campaignNo, applicationNo)}'>"
                    + "<bpmn:extensionElements><camunda:taskListener delegateExpression='${reviewDecision}' event='create'/>"
                    + "</bpmn:extensionElements></bpmn:userTask>",
            "<bpmn:sequenceFlow id='Flow_Allowed' sourceRef='a' targetRef='b'><bpmn:conditionExpression xsi:type='bpmn:tFormalExpression'>"
                    + "${reviewOutcome == 'APPROVED' &amp;&amp; !empty comment || score &gt;= 60 ? true : false}</bpmn:conditionExpression></bpmn:sequenceFlow>",
            "<bpmn:serviceTask id='Task_Allowed' camunda:delegateExpression='${rejectApplication}'><bpmn:extensionElements>"
                    + "<camunda:inputOutput><camunda:inputParameter name='rejectionReason'>未补正（${applicationNo}）</camunda:inputParameter>"
                    + "</camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>"})
    void theShapesTheModelsUseAreAllowed(String element) {
        // when / then
        assertThatCode(() -> CHECK.check("processes/allowed.bpmn", bpmn(element))).doesNotThrowAnyException();
    }

    static Stream<Arguments> hostileModels() {
        return Stream.of(
                hostile("an engine object's methods", "Task_Hostile",
                        "<bpmn:serviceTask id='Task_Hostile' camunda:expression='${execution.getProcessEngineServices().getRuntimeService()}'/>",
                        "使用了流程引擎对象 execution"),
                hostile("a class by name", "Task_Hostile",
                        "<bpmn:serviceTask id='Task_Hostile' camunda:expression=\"${''.getClass().forName('java.lang.Runtime')"
                                + ".getMethod('getRuntime').invoke(null).exec('id')}\"/>", "调用了未经允许的方法 getClass(…)"),
                hostile("Runtime.exec", "Task_Hostile",
                        "<bpmn:serviceTask id='Task_Hostile' camunda:expression=\"${Runtime.getRuntime().exec('id')}\"/>",
                        "调用了未经允许的方法 Runtime.getRuntime(…)"),
                hostile("a bean method not on the list", "Task_Hostile",
                        "<bpmn:serviceTask id='Task_Hostile' camunda:expression='${dueDates.getClass()}'/>", "调用了未经允许的方法 dueDates.getClass(…)"),
                hostile("a repository's method", "Task_Hostile",
                        "<bpmn:serviceTask id='Task_Hostile' camunda:expression=\"${applications.delete('x')}\"/>",
                        "调用了未经允许的方法 applications.delete(…)"),
                hostile("a call inside an allowed call's arguments", "Task_Hostile",
                        "<bpmn:userTask id='Task_Hostile' camunda:dueDate=\"${dueDates.of(Runtime.getRuntime().exec('id'))}\"/>",
                        "调用了未经允许的方法 Runtime.getRuntime(…)"),
                hostile("a deferred expression", "Task_Hostile",
                        "<bpmn:serviceTask id='Task_Hostile' camunda:expression='#{dueDates.getClass()}'/>",
                        "调用了未经允许的方法 dueDates.getClass(…)"),
                hostile("a method on a variable", "Task_Hostile",
                        "<bpmn:serviceTask id='Task_Hostile' camunda:expression='${applicationNo.getBytes()}'/>",
                        "调用了未经允许的方法 applicationNo.getBytes(…)"),
                hostile("a property of a variable", "Task_Hostile",
                        "<bpmn:serviceTask id='Task_Hostile' camunda:expression='${applicationNo.class}'/>", "读取了对象的属性 class"),
                hostile("a bean as a value", "Task_Hostile",
                        "<bpmn:serviceTask id='Task_Hostile' camunda:delegateExpression='${rejectApplication}'><bpmn:extensionElements>"
                                + "<camunda:inputOutput><camunda:inputParameter name='env'>${systemEnvironment}</camunda:inputParameter>"
                                + "</camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>", "把程序对象 systemEnvironment 当作值使用"),
                hostile("a function", "Task_Hostile",
                        "<bpmn:userTask id='Task_Hostile' camunda:assignee='${currentUser()}'/>", "调用了函数 currentUser()"),
                hostile("a JavaScript task", "Task_Hostile",
                        "<bpmn:scriptTask id='Task_Hostile' scriptFormat='javascript'><bpmn:script>java.lang.Runtime.getRuntime().exec('id')"
                                + "</bpmn:script></bpmn:scriptTask>", "脚本"),
                hostile("a Groovy task", "Task_Hostile",
                        "<bpmn:scriptTask id='Task_Hostile' scriptFormat='groovy'><bpmn:script>'id'.execute()</bpmn:script></bpmn:scriptTask>",
                        "脚本"),
                hostile("a script in an input parameter", "Task_Hostile",
                        "<bpmn:serviceTask id='Task_Hostile' camunda:delegateExpression='${rejectApplication}'><bpmn:extensionElements>"
                                + "<camunda:inputOutput><camunda:inputParameter name='x'><camunda:script scriptFormat='juel'>"
                                + "${''.getClass()}</camunda:script></camunda:inputParameter></camunda:inputOutput>"
                                + "</bpmn:extensionElements></bpmn:serviceTask>", "脚本"),
                hostile("a class as a listener", "Task_Hostile",
                        "<bpmn:serviceTask id='Task_Hostile' camunda:delegateExpression='${rejectApplication}'><bpmn:extensionElements>"
                                + "<camunda:executionListener class='java.lang.ProcessBuilder' event='start'/>"
                                + "</bpmn:extensionElements></bpmn:serviceTask>", "java.lang.ProcessBuilder"),
                hostile("a class as a service task", "Task_Hostile",
                        "<bpmn:serviceTask id='Task_Hostile' camunda:class='java.lang.ProcessBuilder'/>", "Java 类"),
                hostile("a form handler class", "StartEvent_Hostile",
                        "<bpmn:startEvent id='StartEvent_Hostile' camunda:formHandlerClass='java.lang.ProcessBuilder'/>", "Java 类"),
                hostile("a field injected into a delegate", "Task_Hostile",
                        "<bpmn:serviceTask id='Task_Hostile' camunda:delegateExpression='${rejectApplication}'><bpmn:extensionElements>"
                                + "<camunda:field name='applications'><camunda:string>x</camunda:string></camunda:field>"
                                + "</bpmn:extensionElements></bpmn:serviceTask>", "字段注入"),
                hostile("a bean that is no delegate", "Task_Hostile",
                        "<bpmn:serviceTask id='Task_Hostile' camunda:delegateExpression='${dataSource}'/>", "没有指向本项目的委托或监听器（dataSource）"),
                hostile("an expression that is no delegate name", "Task_Hostile",
                        "<bpmn:serviceTask id='Task_Hostile' camunda:delegateExpression=\"${dueDates.of('DistrictReview')}\"/>",
                        "委托"),
                hostile("a timer", "Timer_Hostile",
                        "<bpmn:intermediateCatchEvent id='Event_Hostile'><bpmn:timerEventDefinition id='Timer_Hostile'>"
                                + "<bpmn:timeDate xsi:type='bpmn:tFormalExpression'>${execution.getVariable('x')}</bpmn:timeDate>"
                                + "</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>", "使用了流程引擎对象 execution"),
                hostile("candidate groups", "Task_Hostile",
                        "<bpmn:userTask id='Task_Hostile' camunda:candidateGroups=\"district-${dueDates.getClass().getName()}\"/>",
                        "调用了未经允许的方法 dueDates.getClass(…)"),
                hostile("a sequence flow's condition", "Flow_Hostile",
                        "<bpmn:sequenceFlow id='Flow_Hostile' sourceRef='a' targetRef='b'><bpmn:conditionExpression xsi:type='bpmn:tFormalExpression'>"
                                + "${Runtime.getRuntime().exec('id') != null}</bpmn:conditionExpression></bpmn:sequenceFlow>",
                        "调用了未经允许的方法 Runtime.getRuntime(…)"),
                hostile("a script condition", "Flow_Hostile",
                        "<bpmn:sequenceFlow id='Flow_Hostile' sourceRef='a' targetRef='b'><bpmn:conditionExpression xsi:type='bpmn:tFormalExpression' "
                                + "language='javascript'>true</bpmn:conditionExpression></bpmn:sequenceFlow>", "脚本"),
                hostile("a conditional event", "Event_Hostile",
                        "<bpmn:intermediateCatchEvent id='Event_Hostile'><bpmn:conditionalEventDefinition>"
                                + "<bpmn:condition xsi:type='bpmn:tFormalExpression'>${dueDates.reminderOf('x').setTime(0) == null}"
                                + "</bpmn:condition></bpmn:conditionalEventDefinition></bpmn:intermediateCatchEvent>", "调用了未经允许的方法 setTime(…)"),
                hostile("a message name", "Message_Hostile",
                        "<bpmn:startEvent id='StartEvent_Message'/></bpmn:process><bpmn:message id='Message_Hostile' "
                                + "name='${execution.getProcessEngine()}'/><bpmn:process id='other' isExecutable='false'>", "使用了流程引擎对象 execution"),
                hostile("an escaped expression", "Task_Hostile",
                        "<bpmn:userTask id='Task_Hostile' camunda:candidateGroups='\\${dueDates.getClass()}'/>", "含有转义的表达式"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileModels")
    void aModelThatWouldRunCodeIsRefusedNamingTheElement(String what, String elementId, String element, String named) {
        // when / then
        assertThatThrownBy(() -> CHECK.check("processes/hostile.bpmn", bpmn(element)))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("部署被拒绝：processes/hostile.bpmn 中元素 " + elementId)
                .hasMessageContaining(named);
    }

    @Test
    void anEntityCannotHideAnExpressionFromTheCheck() {
        // given
        String model = "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY e \"${execution}\">]>" + new String(bpmn(
                "<bpmn:serviceTask id='Task_Hostile' camunda:expression='&e;'/>"), StandardCharsets.UTF_8).substring(
                "<?xml version='1.0' encoding='UTF-8'?>".length());

        // when / then
        assertThatThrownBy(() -> CHECK.check("processes/hostile.bpmn", model.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("DOCTYPE");
    }

    static Stream<Arguments> hostileDecisions() {
        return Stream.of(
                Arguments.of("a JUEL cell calling a method", "InputEntry_Hostile",
                        dmn("<inputEntry id='InputEntry_Hostile' expressionLanguage='juel'><text>${applicantType.getClass()"
                                + ".forName('java.lang.Runtime') != null}</text></inputEntry>", ""), "调用了未经允许的方法 applicantType.getClass(…)"),
                Arguments.of("a JUEL input expression without ${}", "InputExpression_Hostile",
                        dmn("", "expressionLanguage='juel'", "Runtime.getRuntime().exec('id')"), "调用了未经允许的方法 Runtime.getRuntime(…)"),
                Arguments.of("a JavaScript input expression", "InputExpression_Hostile",
                        dmn("", "expressionLanguage='javascript'", "java.lang.Runtime.getRuntime()"), "使用了脚本语言 javascript"),
                Arguments.of("a table in Groovy", "Definitions_Hostile",
                        dmn("<inputEntry id='InputEntry_X'><text>true</text></inputEntry>", "")
                                .replace("id='Definitions_Hostile'", "id='Definitions_Hostile' expressionLanguage='groovy'"),
                        "使用了脚本语言 groovy"),
                Arguments.of("a FEEL call on a variable's object", "OutputEntry_Hostile",
                        dmn("<inputEntry id='InputEntry_X'><text>-</text></inputEntry>", "")
                                .replace("<text>\"dept-economy\"</text>", "<text>applicantType.getClass()</text>"), "FEEL"),
                Arguments.of("a FEEL path", "OutputEntry_Hostile",
                        dmn("<inputEntry id='InputEntry_X'><text>-</text></inputEntry>", "")
                                .replace("<text>\"dept-economy\"</text>", "<text>applicantType.bytes</text>"), "FEEL"),
                Arguments.of("FEEL reading a member by name", "OutputEntry_Hostile",
                        dmn("<inputEntry id='InputEntry_X'><text>-</text></inputEntry>", "")
                                .replace("<text>\"dept-economy\"</text>", "<text>get value(applicantType, \"class\")</text>"),
                        "get value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileDecisions")
    void aDecisionTableThatWouldRunCodeIsRefusedNamingTheElement(String what, String elementId, String table, String named) {
        // when / then
        assertThatThrownBy(() -> CHECK.check("processes/hostile.dmn", table.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("部署被拒绝：processes/hostile.dmn 中元素 " + elementId)
                .hasMessageContaining(named);
    }

    @Test
    void aDecisionTableOfComparisonsPassesInFeelAndInJuel() {
        // given
        String feel = dmn("<inputEntry id='InputEntry_X'><text>not(\"A\", \"B\")</text></inputEntry>", "");
        String juel = dmn("<inputEntry id='InputEntry_X' expressionLanguage='juel'><text>${cellInput == 'ENTERPRISE'}</text>"
                + "</inputEntry>", "expressionLanguage='juel'", "applicantType");

        // when / then
        assertThatCode(() -> CHECK.check("processes/allowed.dmn", feel.getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
        assertThatCode(() -> CHECK.check("processes/allowed.dmn", juel.getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"processes/x.cmmn", "scripts/x.js", "scripts/x.groovy", "forms/x.html", "processes/x.svg", "x.xml"})
    void onlyModelsFormsAndImagesMayBeDeployed(String resource) {
        // when / then
        assertThatThrownBy(() -> CHECK.check(resource, "x".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("部署被拒绝：资源 " + resource + " 的类型不允许部署，只允许 BPMN（.bpmn）、DMN（.dmn）、表单（.form）和 PNG 图片。");
    }

    @Test
    void aFilterMayUseTheCurrentUserAndHisGroupsOnly() {
        // when / then
        assertThat(POLICY.violation("${currentUser()}", Place.FILTER)).isEmpty();
        assertThat(POLICY.violation("${currentUserGroups()}", Place.FILTER)).isEmpty();
        assertThat(POLICY.violation("${dueDates.of('DistrictReview')}", Place.FILTER)).isPresent();
        assertThat(POLICY.violation("${systemEnvironment}", Place.FILTER)).isPresent();
        assertThat(POLICY.violation("${now()}", Place.FILTER)).isPresent();
    }

    private static Arguments hostile(String what, String elementId, String element, String named) {
        return Arguments.of(what, elementId, element, named);
    }

    static byte[] bpmn(String elements) {
        return ("<?xml version='1.0' encoding='UTF-8'?>"
                + "<bpmn:definitions xmlns:bpmn='http://www.omg.org/spec/BPMN/20100524/MODEL' "
                + "xmlns:camunda='http://camunda.org/schema/1.0/bpmn' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' "
                + "id='Definitions_Test' targetNamespace='http://guanbiao.cn/bpmn'>"
                + "<bpmn:process id='hostile' isExecutable='true' camunda:historyTimeToLive='P1D'>" + elements
                + "</bpmn:process></bpmn:definitions>").getBytes(StandardCharsets.UTF_8);
    }

    static String dmn(String inputEntry, String inputLanguage) {
        return dmn(inputEntry, inputLanguage, "applicantType");
    }

    /** A one-rule table like review-routing.dmn, with the given input entry and input expression. */
    static String dmn(String inputEntry, String inputLanguage, String inputExpression) {
        return "<?xml version='1.0' encoding='UTF-8'?>"
                + "<definitions xmlns='https://www.omg.org/spec/DMN/20191111/MODEL/' xmlns:camunda='http://camunda.org/schema/1.0/dmn' "
                + "id='Definitions_Hostile' name='x' namespace='http://guanbiao.cn/dmn'>"
                + "<decision id='hostile' name='x' camunda:historyTimeToLive='P1D'><decisionTable id='DecisionTable_Hostile'>"
                + "<input id='Input_X' camunda:inputVariable='cellInput'><inputExpression id='InputExpression_Hostile' typeRef='string' "
                + inputLanguage + "><text>" + inputExpression + "</text></inputExpression></input>"
                + "<output id='Output_X' name='departmentGroup' typeRef='string'/>"
                + "<rule id='Rule_X'>" + (inputEntry.isEmpty() ? "<inputEntry id='InputEntry_X'><text></text></inputEntry>" : inputEntry)
                + "<outputEntry id='OutputEntry_Hostile'><text>\"dept-economy\"</text></outputEntry></rule>"
                + "</decisionTable></decision></definitions>";
    }

    /** This project's components by the names Spring gives them, and some of the framework's beans. */
    record ProjectBeans(Map<String, Class<?>> beans) implements ModelExpressionPolicy.Beans {

        static final List<String> FRAMEWORK = List.of("dataSource", "systemEnvironment", "systemProperties", "environment",
                "processEngine", "runtimeService", "jdbcTemplate");

        static ProjectBeans scan() {
            var scanner = new ClassPathScanningCandidateComponentProvider(true);
            var names = new AnnotationBeanNameGenerator();
            var registry = new SimpleBeanDefinitionRegistry();
            Map<String, Class<?>> beans = new HashMap<>();
            for (BeanDefinition definition : scanner.findCandidateComponents("cn.guanbiao")) {
                try {
                    beans.put(names.generateBeanName(definition, registry), Class.forName(definition.getBeanClassName()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
            FRAMEWORK.forEach(name -> beans.put(name, Object.class));
            return new ProjectBeans(beans);
        }

        @Override
        public boolean isBean(String name) {
            return beans.containsKey(name);
        }

        @Override
        public boolean isDelegate(String name) {
            return beans.containsKey(name) && ModelDeploymentGuard.isProjectDelegate(beans.get(name));
        }
    }
}
