package cn.guanbiao.platform;

import java.util.List;

/**
 * One table of a download: a name (the sheet's in a workbook), its column headers and rows. Cells are values, not text:
 * numbers as {@link Number} (a {@link java.math.BigDecimal} is money, shown with two decimals), dates as
 * {@link java.time.LocalDate} or {@link java.time.LocalDateTime}, {@code null} as an empty cell.
 */
public record ExportTable(String name, List<String> headers, List<List<Object>> rows) {

    public ExportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
