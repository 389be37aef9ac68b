package cn.guanbiao.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An Excel workbook (.xlsx) with one sheet per {@link ExportTable}: the header row bold and frozen, columns as wide as
 * their longest text, numbers as numbers (money as two-decimal amounts), dates as dates. Text is always a text cell, so
 * a value starting with "=" is never run as a formula.
 */
public final class XlsxDownload {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private XlsxDownload() {
    }

    /** The workbook as a download named {@code filename} (Chinese names kept, RFC 5987). */
    public static ResponseEntity<byte[]> of(String filename, List<ExportTable> tables) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(write(tables));
    }

    public static byte[] write(List<ExportTable> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (ExportTable table : tables) {
                write(workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name())), table, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, ExportTable table, Styles styles) {
        int[] widths = new int[table.headers().size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < table.headers().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.headers().get(c));
            cell.setCellStyle(styles.header);
            widths[c] = width(table.headers().get(c));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = table.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    set(row.createCell(c), value, styles);
                    if (c < widths.length) {
                        widths[c] = Math.max(widths[c], width(value));
                    }
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(60, widths[c] + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void set(Cell cell, Object value, Styles styles) {
        if (value instanceof BigDecimal money) {
            cell.setCellValue(money.doubleValue());
            cell.setCellStyle(styles.money);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(number instanceof Double || number instanceof Float ? styles.decimal : styles.integer);
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time.withNano(0));
            cell.setCellStyle(styles.dateTime);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Boolean yes) {
            cell.setCellValue(yes ? "是" : "否");
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }

    /** Column width in characters; a Chinese character takes two. */
    private static int width(Object value) {
        String text = value instanceof LocalDateTime ? "yyyy-mm-dd hh:mm:ss" : value instanceof BigDecimal money
                ? String.format("%,.2f", money) : String.valueOf(value);
        return text.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum();
    }

    private static final class Styles {

        final CellStyle header;
        final CellStyle money;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            money = format(workbook, "#,##0.00");
            integer = format(workbook, "0");
            decimal = format(workbook, "0.0#");
            date = format(workbook, "yyyy-mm-dd");
            dateTime = format(workbook, "yyyy-mm-dd hh:mm:ss");
        }

        private static CellStyle format(XSSFWorkbook workbook, String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(pattern));
            return style;
        }
    }
}
