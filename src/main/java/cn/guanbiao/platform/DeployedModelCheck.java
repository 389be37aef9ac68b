package cn.guanbiao.platform;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import cn.guanbiao.platform.ModelExpressionPolicy.Place;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Refuses a deployment that holds code: runs before the engine's own deployers on every new deployment, whatever
 * its path (the models deployed at start, {@code POST /engine-rest/deployment/create}, Modeler, Cockpit, the Java API),
 * inside the deployment's transaction, so a refused deployment leaves nothing behind.
 * <p>
 * A deployment may hold BPMN, DMN, forms and PNG images. In BPMN, every attribute and every text of every element is
 * checked as the engine would read it (a literal, or JUEL with {@code ${…}}) against {@link ModelExpressionPolicy}, so
 * no place where the engine evaluates an expression is missed; scripts, Java classes, connectors and field injection
 * are refused outright. In DMN, each cell and input expression is checked in its language (FEEL or JUEL); script
 * languages are refused. Forms hold FEEL that only the browser evaluates and are left as they are.
 * Deployments already in the database (earlier versions, read again into the cache) are not checked again.
 */
class DeployedModelCheck implements Deployer {

    private static final Logger log = LoggerFactory.getLogger(DeployedModelCheck.class);

    private static final List<String> BPMN = List.of(".bpmn", ".bpmn20.xml");
    private static final List<String> DMN = List.of(".dmn", ".dmn11.xml");
    private static final List<String> UNCHECKED = List.of(".form", ".png");

    /** Elements that are code whatever they say. */
    private static final Set<String> CODE_ELEMENTS = Set.of("scriptTask", "script", "connector", "field");
    /** Attributes naming a Java class the engine would instantiate. */
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass", "formHandlerClass");
    /** Attributes that make a script of what they stand on (a condition, a listener) or load one. */
    private static final Set<String> SCRIPT_ATTRIBUTES = Set.of("scriptFormat", "language", "resource");
    /** Attributes the engine resolves to a delegate or listener object. */
    private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression", "variableMappingDelegateExpression");

    /** The DMN cells and expressions the engine evaluates, by element name. */
    private static final Set<String> DMN_EXPRESSIONS = Set.of("inputExpression", "inputEntry", "outputEntry", "literalExpression");
    private static final Set<String> FEEL_NAMESPACES = Set.of(
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15);

    private static final String EXPRESSION_RULE =
            "只允许变量比较、字符串模板、本项目的委托和监听器以及已登记的 bean 方法（见 docs/security.md「部署检查」）";
    private static final String CODE_RULE = "模型中不允许脚本、Java 类、连接器和字段注入（见 docs/security.md「部署检查」）";

    /** The languages the DMN engine gives a cell that names none. */
    record DecisionLanguages(String inputExpression, String inputEntry, String outputEntry, String literalExpression) {

        static final DecisionLanguages FEEL = new DecisionLanguages("feel", "feel", "feel", "feel");

        static DecisionLanguages of(DefaultDmnEngineConfiguration dmn) {
            return new DecisionLanguages(dmn.getDefaultInputExpressionExpressionLanguage(),
                    dmn.getDefaultInputEntryExpressionLanguage(), dmn.getDefaultOutputEntryExpressionLanguage(),
                    dmn.getDefaultLiteralExpressionLanguage());
        }

        String of(String element) {
            return switch (element) {
                case "inputExpression" -> inputExpression;
                case "inputEntry" -> inputEntry;
                case "outputEntry" -> outputEntry;
                default -> literalExpression;
            };
        }
    }

    private final ModelExpressionPolicy policy;
    private final Supplier<DecisionLanguages> decisionLanguages;

    DeployedModelCheck(ModelExpressionPolicy policy, Supplier<DecisionLanguages> decisionLanguages) {
        this.policy = policy;
        this.decisionLanguages = decisionLanguages;
    }

    /** The check on the running engine: DMN's default languages as its DMN engine has them. */
    static DeployedModelCheck onEngine(ModelExpressionPolicy policy) {
        return new DeployedModelCheck(policy,
                () -> DecisionLanguages.of(Context.getProcessEngineConfiguration().getDmnEngineConfiguration()));
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        try {
            for (ResourceEntity resource : deployment.getResources().values()) {
                check(resource.getName(), resource.getBytes());
            }
        } catch (BadUserRequestException refused) {
            String user = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
            log.warn("Deployment '{}' by {} refused: {}", deployment.getName(), user, refused.getMessage());
            throw refused;
        }
    }

    /** Refuses the resource with a {@link BadUserRequestException} in Chinese naming the file, element and expression. */
    void check(String name, byte[] bytes) {
        if (endsWithAny(name, BPMN)) {
            walkBpmn(name, parse(name, bytes).getDocumentElement());
        } else if (endsWithAny(name, DMN)) {
            Element definitions = parse(name, bytes).getDocumentElement();
            walkDmn(name, definitions, definitions.getAttribute("expressionLanguage"));
        } else if (!endsWithAny(name, UNCHECKED)) {
            throw new BadUserRequestException("部署被拒绝：资源 " + name
                    + " 的类型不允许部署，只允许 BPMN（.bpmn）、DMN（.dmn）、表单（.form）和 PNG 图片。");
        }
    }

    private void walkBpmn(String resource, Element element) {
        String name = element.getLocalName();
        if (CODE_ELEMENTS.contains(name)) {
            throw refused(resource, element, "含有" + describe(name) + "（" + element.getTagName() + "）；" + CODE_RULE);
        }
        if ("constraint".equals(name) && "validator".equals(element.getAttribute("name"))) {
            // a form field's custom validator: a class the engine instantiates, or a bean
            throw refused(resource, element, "引用了自定义校验器 " + element.getAttribute("config") + "；" + CODE_RULE);
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                continue;
            }
            String local = attribute.getLocalName();
            if (CLASS_ATTRIBUTES.contains(local)) {
                throw refused(resource, element, "引用了 Java 类 " + attribute.getValue() + "（" + attribute.getName() + "）；" + CODE_RULE);
            }
            if (SCRIPT_ATTRIBUTES.contains(local)) {
                throw refused(resource, element, "含有脚本（" + attribute.getName() + "=\"" + attribute.getValue() + "\"）；" + CODE_RULE);
            }
            Place place = DELEGATE_ATTRIBUTES.contains(local) ? Place.MODEL_DELEGATE : Place.MODEL_VALUE;
            checkExpression(resource, element, "的 " + attribute.getName() + " 中", attribute.getValue(), place);
        }
        String text = ownText(element);
        if (!text.isBlank()) {
            // the element's name already shows its tag unless it has an id of its own
            String where = element.getAttribute("id").isEmpty() ? "中" : "的 " + element.getTagName() + " 内容中";
            checkExpression(resource, element, where, text, Place.MODEL_VALUE);
        }
        for (Element child : children(element)) {
            walkBpmn(resource, child);
        }
    }

    private void checkExpression(String resource, Element element, String where, String text, Place place) {
        Optional<String> violation = policy.violation(text, place);
        if (violation.isPresent()) {
            throw refused(resource, element, where + "的表达式 " + shorten(text) + " " + violation.get() + "；" + EXPRESSION_RULE);
        }
    }

    private void walkDmn(String resource, Element element, String globalLanguage) {
        String language = element.getAttribute("expressionLanguage");
        if (!language.isEmpty() && !isFeel(language) && !isJuel(language)) {
            throw refused(resource, element, "使用了脚本语言 " + language + "；决策表只允许 FEEL 和不调用方法的 JUEL（见 docs/security.md「部署检查」）");
        }
        if (DMN_EXPRESSIONS.contains(element.getLocalName())) {
            checkDecisionExpression(resource, element, effectiveLanguage(element, language, globalLanguage));
        }
        for (Element child : children(element)) {
            walkDmn(resource, child, globalLanguage);
        }
    }

    /** As the DMN engine decides it: the cell's own, else the definitions' unless that is FEEL, else the default. */
    private String effectiveLanguage(Element element, String own, String global) {
        if (!own.isEmpty()) {
            return own;
        }
        if (!global.isEmpty() && !FEEL_NAMESPACES.contains(global)) {
            return global;
        }
        return decisionLanguages.get().of(element.getLocalName());
    }

    private void checkDecisionExpression(String resource, Element element, String language) {
        String text = children(element).stream().filter(c -> "text".equals(c.getLocalName()))
                .map(Element::getTextContent).findFirst().orElse("");
        if (text.isBlank()) {
            return;
        }
        Optional<String> violation;
        if (isFeel(language)) {
            violation = ModelExpressionPolicy.feelViolation(text, "inputEntry".equals(element.getLocalName()));
        } else if (isJuel(language)) {
            // the DMN engine reads JUEL without ${…} as if it were wrapped in one
            String expression = ModelExpressionPolicy.isLiteral(text) ? "${" + text + "}" : text;
            violation = policy.violation(expression, Place.MODEL_VALUE);
        } else {
            violation = Optional.of("使用了脚本语言 " + language);
        }
        if (violation.isPresent()) {
            throw refused(resource, element, "的表达式 " + shorten(text) + " " + violation.get()
                    + "；决策表只允许比较、计算和不调用方法的表达式（见 docs/security.md「部署检查」）");
        }
    }

    private static boolean isFeel(String language) {
        return FEEL_NAMESPACES.contains(language) || "feel".equals(language.toLowerCase(Locale.ROOT));
    }

    private static boolean isJuel(String language) {
        return "juel".equalsIgnoreCase(language);
    }

    private static BadUserRequestException refused(String resource, Element element, String what) {
        return new BadUserRequestException("部署被拒绝：" + resource + " 中元素 " + elementName(element) + " " + what + "。");
    }

    /** The element's id, or that of the nearest element around it that has one (a listener has none), or its tag. */
    private static String elementName(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (!e.getAttribute("id").isEmpty()) {
                return e == element ? e.getAttribute("id") : e.getAttribute("id") + " 内的 " + element.getTagName();
            }
        }
        return element.getTagName();
    }

    private static String describe(String codeElement) {
        return switch (codeElement) {
            case "scriptTask", "script" -> "脚本";
            case "connector" -> "连接器";
            default -> "字段注入";
        };
    }

    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        return text.toString();
    }

    private static List<Element> children(Element element) {
        List<Element> children = new java.util.ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }

    private static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }

    private static boolean endsWithAny(String name, List<String> suffixes) {
        return suffixes.stream().anyMatch(name::endsWith);
    }

    /** Namespace-aware, without DOCTYPE: what an entity could hide from the check is not read at all. */
    private static Document parse(String resource, byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new BadUserRequestException("部署被拒绝：" + resource + " 不是可以检查的 XML（不能解析，或含有 DOCTYPE 声明）。");
        }
    }
}
