package cn.guanbiao.platform;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lines of a CSV download (RFC 4180) that Excel and WPS open safely: cells quoted when needed, a leading = + - @ defused
 * so that a spreadsheet never runs a cell as a formula, {@code null} as an empty cell. Start the text with a byte-order
 * mark ({@link #BOM}) so that the Chinese text is read as UTF-8.
 */
public final class CsvLines {

    public static final String BOM = "\uFEFF";

    private CsvLines() {
    }

    public static void line(StringBuilder csv, Object... cells) {
        csv.append(Stream.of(cells).map(CsvLines::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** A whole download: the byte-order mark, the table's header line and its rows. */
    public static String table(ExportTable table) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, table.headers().toArray());
        table.rows().forEach(row -> line(csv, row.toArray()));
        return csv.toString();
    }

    public static String cell(Object value) {
        String text = value == null ? "" : value instanceof java.math.BigDecimal amount ? amount.toPlainString() : String.valueOf(value);
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")) {
            text = "'" + text;
        }
        return text.matches("(?s).*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
