package cn.guanbiao.reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.guanbiao.application.InvalidInputException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * A published list of honours as the municipal office uploads it: a CSV file (UTF-8, or GB18030 as Excel saves "CSV"
 * on a Chinese Windows; quoted cells allowed) or the first sheet of an {@code .xlsx} workbook, read as a stream. The
 * header row (the first row, or the first of the top ten naming the credit-code column, below a title row) names the
 * columns, in Chinese or English, in any order; other columns (序号, 所在区县 …) are ignored. Rows are numbered as the
 * spreadsheet shows them.
 */
final class HonourListFile {

    /** The largest file read (a year's list of the city is a few hundred rows). */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    /** An .xlsx part may expand to this much (POI's own guard against zip bombs; the default is 4 GiB). */
    private static final long MAX_XLSX_ENTRY_BYTES = 64L * 1024 * 1024;
    private static final int HEADER_SEARCH_ROWS = 10;

    enum Column {
        CREDIT_CODE("creditCode", "统一社会信用代码", Set.of("统一社会信用代码", "社会信用代码", "信用代码", "creditcode")),
        ORG_NAME("orgName", "单位名称", Set.of("单位名称", "企业名称", "名称", "单位", "企业", "orgname", "name")),
        HONOUR("honour", "称号", Set.of("称号", "荣誉", "荣誉称号", "认定称号", "类别", "honour", "honor")),
        YEAR("year", "年度", Set.of("年度", "年份", "认定年度", "year", "listyear")),
        DOCUMENT("document", "文号", Set.of("文号", "认定文号", "认定文件", "文号或名录名称", "名录名称", "名单名称", "名录", "名单",
                "document", "documentno"));

        private final String field;
        private final String label;
        private final Set<String> headers;

        Column(String field, String label, Set<String> headers) {
            this.field = field;
            this.label = label;
            this.headers = headers;
        }

        /** The key of the admin API's JSON rows, and of the field named in an error. */
        String field() {
            return field;
        }

        String label() {
            return label;
        }

        static Column ofHeader(String header) {
            String normalized = header.replace("\uFEFF", "").replaceAll("[\\s\u3000*＊:：()（）]", "").toLowerCase(Locale.ROOT);
            for (Column column : values()) {
                if (column.headers.contains(normalized)) {
                    return column;
                }
            }
            return null;
        }
    }

    /** One data row: its number as the spreadsheet shows it, and the cells of the columns the header named. */
    record Row(int number, Map<Column, String> cells) {
    }

    /** The columns the header named (with the header's own words, for messages) and the data rows below it. */
    record Content(Map<Column, String> headers, List<Row> rows) {
    }

    private HonourListFile() {
    }

    static Content read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw invalid("文件为空");
        }
        if (content.length > MAX_BYTES) {
            throw invalid("文件超过 " + MAX_BYTES / 1024 / 1024 + " MB，请分批导入");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return table(xlsxRows(content));
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw invalid("不支持 Excel 97-2003（.xls）或加密的工作簿：请在 Excel 中另存为 .xlsx 或“CSV UTF-8”后导入");
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw invalid("文件不是有效的 Excel 工作簿（.xlsx）");
        }
        return table(csvRows(decode(content)));
    }

    /** Finds the header row and keeps the rows below it that are not blank. */
    private static Content table(TreeMap<Integer, List<String>> rows) {
        Integer headerRow = null;
        Map<Integer, Column> columns = new TreeMap<>();
        Map<Column, String> headers = new EnumMap<>(Column.class);
        for (var row : rows.entrySet()) {
            if (row.getKey() > HEADER_SEARCH_ROWS) {
                break;
            }
            if (row.getValue().stream().anyMatch(cell -> Column.ofHeader(cell) == Column.CREDIT_CODE)) {
                headerRow = row.getKey();
                for (int c = 0; c < row.getValue().size(); c++) {
                    Column column = Column.ofHeader(row.getValue().get(c));
                    if (column != null && !headers.containsKey(column)) {
                        columns.put(c, column);
                        headers.put(column, row.getValue().get(c).strip());
                    }
                }
                break;
            }
        }
        if (headerRow == null) {
            throw invalid("找不到表头：第一行（或标题下方的一行）应写明各列名称，至少包括“统一社会信用代码”，以及“单位名称”“称号”“年度”“文号”");
        }
        List<Row> data = new ArrayList<>();
        for (var row : rows.tailMap(headerRow, false).entrySet()) {
            Map<Column, String> cells = new EnumMap<>(Column.class);
            columns.forEach((index, column) -> {
                String cell = index < row.getValue().size() ? row.getValue().get(index).strip() : "";
                cells.put(column, cell);
            });
            if (cells.values().stream().anyMatch(cell -> !cell.isEmpty())) {
                data.add(new Row(row.getKey(), cells));
            }
        }
        return new Content(headers, data);
    }

    private static TreeMap<Integer, List<String>> xlsxRows(byte[] content) {
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_XLSX_ENTRY_BYTES));
        TreeMap<Integer, List<String>> rows = new TreeMap<>();
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(workbook);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw invalid("工作簿中没有工作表");
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(workbook),
                    new SheetRows(rows), new DataFormatter(Locale.CHINA), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception notAWorkbook) {
            throw invalid("文件不是有效的 Excel 工作簿（.xlsx），或解压后过大");
        }
        return rows;
    }

    /** Collects the formatted value of every cell of the first sheet, by row number (1-based) and column. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final TreeMap<Integer, List<String>> rows;
        private List<String> current;
        private int nextColumn;

        SheetRows(TreeMap<Integer, List<String>> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            if (rows.size() > MAX_ROWS) {
                throw invalid("文件超过 " + MAX_ROWS + " 行，请分批导入");
            }
            current = new ArrayList<>();
            nextColumn = 0;
            rows.put(rowNum + 1, current);
        }

        @Override
        public void endRow(int rowNum) {
            current = null;
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            if (column > 200) {
                return;
            }
            while (current.size() <= column) {
                current.add("");
            }
            current.set(column, formattedValue == null ? "" : formattedValue);
            nextColumn = column + 1;
        }
    }

    /** RFC 4180: cells separated by commas (or tabs, as Excel's "Unicode text"), quoted with "" when they need it. */
    private static TreeMap<Integer, List<String>> csvRows(String text) {
        TreeMap<Integer, List<String>> rows = new TreeMap<>();
        String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == '\t').count() > firstLine.chars().filter(c -> c == ',').count()
                ? '\t' : ',';
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int number = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.put(number++, row);
                row = new ArrayList<>();
                if (rows.size() > MAX_ROWS) {
                    throw invalid("文件超过 " + MAX_ROWS + " 行，请分批导入");
                }
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.put(number, row);
        }
        return rows;
    }

    /** UTF-8 (with or without a byte-order mark), UTF-16 with its mark, else GB18030 (a superset of GBK). */
    private static String decode(byte[] content) {
        String text;
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            text = new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
            text = new String(content, StandardCharsets.UTF_16);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            } catch (CharacterCodingException notUtf8) {
                text = new String(content, Charset.forName("GB18030"));
            }
        }
        if (text.indexOf('\0') >= 0) {
            throw invalid("文件不是 CSV 或 Excel（.xlsx）文件");
        }
        return text;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException("file", message);
    }
}
