package cn.guanbiao.reference;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.guanbiao.application.CreditCode;
import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.Honour;
import cn.guanbiao.application.HonourLevel;
import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.reference.HonourListFile.Column;
import cn.guanbiao.reference.HonourRegister.Entry;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns the rows of an uploaded list, of the admin API's JSON or of the seed file into register entries, or refuses them
 * all: each bad cell is named by its row and column, in Chinese. The same unit, honour and year given twice alike counts
 * once; given twice differently is an error.
 */
final class HonourListRows {

    /** Honours the register keeps: the IP advantage/demonstration titles, those the award policy reads (R2). */
    static final List<Honour> REGISTERED = Stream.of(Honour.values()).filter(h -> h.level() != HonourLevel.NONE).toList();

    static final int FIRST_YEAR = 1990;
    private static final int MAX_ERRORS = 50;
    private static final int MAX_TEXT = 200;

    /** What applies to the rows that leave it out (chosen when importing a list without such a column); null: nothing. */
    record Defaults(Honour honour, Integer year, String document) {
        static final Defaults NONE = new Defaults(null, null, null);

        String of(Column column) {
            return switch (column) {
                case HONOUR -> honour == null ? null : honour.name();
                case YEAR -> year == null ? null : String.valueOf(year);
                case DOCUMENT -> document;
                default -> null;
            };
        }
    }


    private HonourListRows() {
    }

    static List<Entry> fromFile(HonourListFile.Content content, Defaults defaults, int currentYear) {
        List<FieldError> errors = new ArrayList<>();
        for (Column column : List.of(Column.ORG_NAME, Column.HONOUR, Column.YEAR, Column.DOCUMENT)) {
            if (!content.headers().containsKey(column) && defaults.of(column) == null) {
                errors.add(new FieldError("file", "文件没有“" + column.label() + "”列" + (column == Column.ORG_NAME ? ""
                        : "，请在文件中加上，或在导入时填写适用于整个文件的" + column.label())));
            }
        }
        if (content.rows().isEmpty()) {
            errors.add(new FieldError("file", "表头下没有数据行"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return entries(content.rows().stream().map(row -> new Numbered(row.cells(), "第 " + row.number() + " 行",
                column -> "file[" + row.number() + "]." + column.field(),
                column -> "“" + content.headers().getOrDefault(column, column.label()) + "”列")).toList(), defaults, currentYear);
    }

    /** The admin API's body: an array of {@code {"creditCode", "orgName", "honour", "year", "document"}} (or one of them). */
    static List<Entry> fromJson(JsonNode body, int currentYear) {
        List<JsonNode> items = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(items::add);
        } else if (body != null && body.isObject()) {
            items.add(body);
        }
        if (items.isEmpty() || items.stream().anyMatch(item -> !item.isObject())) {
            throw new InvalidInputException("body", "请求体须为名录条目的 JSON 数组（至少一条），每条为对象");
        }
        if (items.size() > HonourListFile.MAX_ROWS) {
            throw new InvalidInputException("body", "一次最多提交 " + HonourListFile.MAX_ROWS + " 条");
        }
        boolean array = body.isArray();
        List<Numbered> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            Map<Column, String> cells = new EnumMap<>(Column.class);
            for (Column column : Column.values()) {
                JsonNode value = item.path(column.field());
                cells.put(column, value.isTextual() || value.isNumber() ? value.asText().strip() : "");
            }
            String prefix = array ? "[" + i + "]." : "";
            rows.add(new Numbered(cells, array ? "第 " + (i + 1) + " 条" : "", column -> prefix + column.field(),
                    column -> "“" + column.label() + "”"));
        }
        return entries(rows, Defaults.NONE, currentYear);
    }

    /** The honour a cell names: its code ({@code MUNICIPAL_ADVANTAGE}) or its Chinese name, as lists write it. */
    static Honour honour(String text) {
        if (text == null) {
            return null;
        }
        String normalized = text.replaceAll("[\\s\u3000]", "");
        for (Honour honour : REGISTERED) {
            String label = honour.label();
            if (honour.name().equalsIgnoreCase(normalized) || Stream.of(label, label.replace("市级", "重庆市"),
                    label.replace("市级", "市"), label.replace("国家", "国家级")).anyMatch(normalized::equals)) {
                return honour;
            }
        }
        return null;
    }

    /** A row with where it is, for errors: the row in words, each cell's field as the API names it and its column in words. */
    private record Numbered(Map<Column, String> cells, String where, Function<Column, String> field,
            Function<Column, String> header) {
    }

    private static List<Entry> entries(List<Numbered> rows, Defaults defaults, int currentYear) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Entry> byKey = new LinkedHashMap<>();
        Map<String, String> firstRow = new LinkedHashMap<>();
        for (Numbered row : rows) {
            Entry entry = entry(row, defaults, currentYear, errors);
            if (entry == null) {
                continue;
            }
            String key = entry.creditCode() + "/" + entry.honour() + "/" + entry.listYear();
            Entry earlier = byKey.putIfAbsent(key, entry);
            if (earlier != null && !earlier.equals(entry)) {
                errors.add(new FieldError(row.field().apply(Column.CREDIT_CODE), row.where() + "：与" + firstRow.get(key)
                        + "为同一单位、称号和年度，但单位名称或文号不同"));
            }
            firstRow.putIfAbsent(key, row.where());
        }
        if (!errors.isEmpty()) {
            if (errors.size() > MAX_ERRORS) {
                int more = errors.size() - MAX_ERRORS;
                errors = new ArrayList<>(errors.subList(0, MAX_ERRORS));
                errors.add(new FieldError("file", "另有 " + more + " 处错误未列出"));
            }
            throw new InvalidInputException(errors);
        }
        return List.copyOf(byKey.values());
    }

    private static Entry entry(Numbered row, Defaults defaults, int currentYear, List<FieldError> errors) {
        int before = errors.size();
        Function<Column, String> cell = column -> {
            String value = row.cells().getOrDefault(column, "");
            return value.isEmpty() && defaults.of(column) != null ? defaults.of(column) : value;
        };
        String creditCode = cell.apply(Column.CREDIT_CODE).replaceAll("[\\s\u3000]", "").toUpperCase(Locale.ROOT);
        if (creditCode.isEmpty()) {
            error(errors, row, Column.CREDIT_CODE, "未填写");
        } else if (!CreditCode.isValid(creditCode)) {
            error(errors, row, Column.CREDIT_CODE, "“" + abbreviate(creditCode) + "”不是有效的统一社会信用代码（18 位，末位为校验码）");
        }
        String orgName = cell.apply(Column.ORG_NAME);
        if (orgName.isEmpty() || orgName.length() > MAX_TEXT) {
            error(errors, row, Column.ORG_NAME, "请填写单位名称（不超过 " + MAX_TEXT + " 字）");
        }
        String honourText = cell.apply(Column.HONOUR);
        Honour honour = honour(honourText);
        if (honour == null) {
            error(errors, row, Column.HONOUR, (honourText.isEmpty() ? "未填写" : "“" + abbreviate(honourText) + "”不是名录所收的称号")
                    + "，应为" + REGISTERED.stream().map(Honour::label).collect(Collectors.joining("、")) + "之一");
        }
        String yearText = cell.apply(Column.YEAR).replaceAll("[\\s\u3000]|年度?$", "");
        Integer year = yearText.matches("\\d{4}") ? Integer.valueOf(yearText) : null;
        if (year == null || year < FIRST_YEAR || year > currentYear) {
            error(errors, row, Column.YEAR, "应为 " + FIRST_YEAR + " 至 " + currentYear + " 之间的年份（名录的认定年度）");
        }
        String document = cell.apply(Column.DOCUMENT);
        if (document.isEmpty() || document.length() > MAX_TEXT) {
            error(errors, row, Column.DOCUMENT, "请填写认定文件的文号或名录名称（不超过 " + MAX_TEXT + " 字）");
        }
        return errors.size() > before ? null : new Entry(creditCode, honour, year, orgName, document);
    }

    private static void error(List<FieldError> errors, Numbered row, Column column, String message) {
        errors.add(new FieldError(row.field().apply(column), row.where() + row.header().apply(column) + "：" + message));
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
