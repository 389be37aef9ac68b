package cn.guanbiao.platform;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.Exp;
import org.camunda.feel.syntaxtree.FunctionInvocation;
import org.camunda.feel.syntaxtree.Ref;

/**
 * What an expression (JUEL, {@code ${…}}) may do where the engine evaluates it on an administrator's word: in a
 * deployed BPMN or DMN model ({@link DeployedModelCheck}) and in a stored task filter ({@link CheckedFilterManager}).
 * A JUEL expression can call any method of any object in reach, so a model an administrator deploys would otherwise
 * be code: a stolen administrator password would mean a shell on the server.
 * <p>
 * A model's expression may compare and combine variables and literals ({@code ${reviewOutcome == 'APPROVED'}},
 * {@code district-${districtCode}}), name one of this project's delegates or listeners where the engine wants one
 * ({@code camunda:delegateExpression="${rejectApplication}"}), and call the bean methods in {@link #BEAN_METHODS}.
 * Nothing else: no other method call, no function, no property of an object ({@code a.b}), no bean used as a value,
 * no engine object ({@code execution}, {@code task}).
 * <p>
 * A decision table's FEEL (the default language of its cells) reaches no beans and, with external functions off (as
 * in Camunda), no Java class; but a variable holding a Java object would offer its methods ({@code x.getClass()}) and
 * properties. So FEEL may test, compare, compute and call FEEL's built-in functions, and may not read a path
 * ({@code a.b}), call a function on one, define functions or read an object's members by name ({@code get value}).
 * <p>
 * <b>Later work that adds an expression to a model extends {@link #BEAN_METHODS} (or {@link #FILTER_FUNCTIONS}) here.</b>
 * The lists are code on purpose: administrators cannot extend them.
 */
final class ModelExpressionPolicy {

    /** The bean methods the models in {@code processes/} call: "bean.method". */
    static final Set<String> BEAN_METHODS = Set.of(
            "dueDates.of",                  // due dates of user tasks
            "dueDates.reminderOf",          // the reminder timers before them
            "spotCheckRecords.sample",      // the units a spot-check campaign drew (multi-instance collection)
            "spotCheckRecords.inspectors"); // the inspectors drawn for one unit (candidate users)

    /** The functions Tasklist's shared filters use; in a filter there are no variables, only these. */
    static final Set<String> FILTER_FUNCTIONS = Set.of("currentUser", "currentUserGroups");

    /** What the engine itself puts in reach of an expression; with these, any method of the engine. */
    static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "caseExecution", "externalTask");

    /** Where the expression stands. */
    enum Place {
        /** Any place in a model that takes a value: conditions, assignees, due dates, timers, inputs… */
        MODEL_VALUE,
        /** {@code delegateExpression}: the name of one of this project's delegates or listeners, nothing else. */
        MODEL_DELEGATE,
        /** A stored task filter: evaluated without variables, so any name would be a bean. */
        FILTER
    }

    /** The Spring beans an expression could reach by name, and which of them are this project's delegates. */
    interface Beans {

        boolean isBean(String name);

        boolean isDelegate(String name);
    }

    /** FEEL's syntax tree nodes a decision table may use; anything else is refused. */
    private static final Set<String> FEEL_NODES = Set.of(
            "Addition", "ArithmeticNegation", "AtLeastOne", "Comparison", "Conjunction", "ConstBool", "ConstContext",
            "ConstDate", "ConstDateTime", "ConstDayTimeDuration", "ConstInputValue", "ConstList", "ConstLocalDateTime",
            "ConstLocalTime", "ConstNull", "ConstNumber", "ConstRange", "ConstString", "ConstTime",
            "ConstYearMonthDuration", "Disjunction", "Division", "Equal", "EveryItem", "Exponentiation", "Filter", "For",
            "FunctionInvocation", "GreaterOrEqual", "GreaterThan", "If", "In", "InputEqualTo", "InputGreaterOrEqual",
            "InputGreaterThan", "InputInRange", "InputLessOrEqual", "InputLessThan", "InstanceOf", "IterationContext",
            "LessOrEqual", "LessThan", "Multiplication", "Not", "Ref", "SomeItem", "Subtraction", "UnaryTestExpression");

    /** Built-in FEEL functions that read a Java object's members by name. */
    private static final Set<String> FEEL_MEMBER_READERS = Set.of("get value", "get entries");

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
    private static final FeelEngineApi FEEL = FeelEngineBuilder.create().build();

    private final Beans beans;

    ModelExpressionPolicy(Beans beans) {
        this.beans = beans;
    }

    /** True when the engine evaluates {@code text} as a literal: it holds no {@code ${} or {@code #{}. */
    static boolean isLiteral(String text) {
        return !text.contains("${") && !text.contains("#{");
    }

    /** Why {@code text} (a literal or a JUEL composite like {@code district-${districtCode}}) is refused, in Chinese. */
    Optional<String> violation(String text, Place place) {
        if (place != Place.MODEL_DELEGATE && isLiteral(text)) {
            return Optional.empty();
        }
        Node root;
        try {
            root = PARSER.build(text).getRoot();
        } catch (TreeBuilderException e) {
            return Optional.of("不是合法的表达式");
        }
        if (place == Place.MODEL_DELEGATE) {
            return delegateViolation(root);
        }
        return violation(root, place);
    }

    private Optional<String> delegateViolation(Node root) {
        if (root instanceof AstEval eval && eval.getChild(0) instanceof AstIdentifier identifier) {
            return beans.isDelegate(identifier.getName()) ? Optional.empty()
                    : Optional.of("没有指向本项目的委托或监听器（" + identifier.getName() + "）");
        }
        return Optional.of("不是本项目委托或监听器的名称（只能写成 ${名称}）");
    }

    private Optional<String> violation(Node node, Place place) {
        if (node instanceof AstText text) {
            // only an escaped \${…} leaves these in literal text; where the engine splits or unescapes, it would be one
            return isLiteral(text.eval(null, null).toString()) ? Optional.empty() : Optional.of("含有转义的表达式");
        }
        if (node instanceof AstIdentifier identifier) {
            return identifierViolation(identifier.getName(), place);
        }
        if (node instanceof AstMethod method) {
            return methodViolation(method, place);
        }
        if (node instanceof AstFunction function) {
            if (place != Place.FILTER || !FILTER_FUNCTIONS.contains(function.getName())) {
                return Optional.of("调用了函数 " + function.getName() + "()");
            }
            return children(node, place);
        }
        if (node instanceof AstProperty) {
            return Optional.of("读取了对象的属性 " + (node instanceof AstDot dot ? propertyOf(dot) : "[…]") + "，只允许直接使用变量");
        }
        if (node instanceof AstComposite || node instanceof AstEval || node instanceof AstNested
                || node instanceof AstBinary || node instanceof AstUnary || node instanceof AstChoice
                || node instanceof AstParameters || node instanceof AstString || node instanceof AstNumber
                || node instanceof AstBoolean || node instanceof AstNull) {
            return children(node, place);
        }
        return Optional.of("含有不允许的写法（" + node + "）");
    }

    private Optional<String> identifierViolation(String name, Place place) {
        if (ENGINE_OBJECTS.contains(name)) {
            return Optional.of("使用了流程引擎对象 " + name);
        }
        if (place == Place.FILTER) {
            return Optional.of("使用了名称 " + name + "（过滤器中只允许 " + String.join("()、", FILTER_FUNCTIONS.stream().sorted().toList()) + "()）");
        }
        if (beans.isBean(name)) {
            return Optional.of("把程序对象 " + name + " 当作值使用");
        }
        return Optional.empty();
    }

    private Optional<String> methodViolation(AstMethod method, Place place) {
        if (method.getChild(0) instanceof AstDot dot) {
            String name = propertyOf(dot);
            if (dot.getChild(0) instanceof AstIdentifier bean) {
                String call = bean.getName() + "." + name;
                if (place != Place.FILTER && BEAN_METHODS.contains(call)) {
                    return violation(method.getChild(1), place);
                }
                if (ENGINE_OBJECTS.contains(bean.getName())) {
                    return identifierViolation(bean.getName(), place);
                }
                return Optional.of("调用了未经允许的方法 " + call + "(…)");
            }
            // a chain: name the call it starts with
            Optional<String> inner = violation(dot.getChild(0), place);
            return inner.isPresent() ? inner : Optional.of("调用了未经允许的方法 " + name + "(…)");
        }
        return Optional.of("调用了未经允许的方法");
    }

    /** {@code a.b}'s "b": JUEL keeps it in a protected field and prints the node as {@code ". b"}. */
    private static String propertyOf(AstDot dot) {
        String printed = dot.toString();
        return printed.startsWith(". ") ? printed.substring(2) : printed;
    }

    private Optional<String> children(Node node, Place place) {
        for (int i = 0; i < node.getCardinality(); i++) {
            Optional<String> violation = violation(node.getChild(i), place);
            if (violation.isPresent()) {
                return violation;
            }
        }
        return Optional.empty();
    }

    /**
     * Why a decision table's FEEL {@code text} is refused, in Chinese: an input entry ({@code unaryTests}, like
     * {@code >= 90} or {@code "A","B"}) or an input or output expression.
     */
    static Optional<String> feelViolation(String text, boolean unaryTests) {
        ParseResult parsed = unaryTests ? FEEL.parseUnaryTests(text) : FEEL.parseExpression(text);
        if (!parsed.isSuccess()) {
            return Optional.of("不是合法的 FEEL 表达式");
        }
        return feelViolation(parsed.parsedExpression().expression());
    }

    /** Walks Scala's case classes: each node is a Product of its parts; lists and maps are Iterables. */
    private static Optional<String> feelViolation(Object node) {
        if (node instanceof Exp) {
            String kind = node.getClass().getSimpleName();
            if (!FEEL_NODES.contains(kind) || node instanceof Ref ref && ref.names().length() > 1) {
                return Optional.of("读取了对象的属性或调用了对象的方法（FEEL " + kind + "）");
            }
            if (node instanceof FunctionInvocation invocation && FEEL_MEMBER_READERS.contains(invocation.function())) {
                return Optional.of("按名称读取了对象的成员（" + invocation.function() + "）");
            }
        }
        camundajar.impl.scala.collection.Iterator<?> parts = null;
        if (node instanceof camundajar.impl.scala.Product product) {
            parts = product.productIterator();
        } else if (node instanceof camundajar.impl.scala.collection.Iterable<?> iterable) {
            parts = iterable.iterator();
        }
        while (parts != null && parts.hasNext()) {
            Optional<String> violation = feelViolation(parts.next());
            if (violation.isPresent()) {
                return violation;
            }
        }
        return Optional.empty();
    }
}
