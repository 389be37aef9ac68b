package cn.guanbiao.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static org.assertj.core.api.Assertions.assertThat;

/** .xlsx downloads read back with Apache POI, as Excel would open them. */
public final class Workbooks {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Workbooks() {
    }

    /** Downloads {@code path} as {@code user} (password "demo", or "admin" for admin) and opens it as a workbook. */
    public static XSSFWorkbook download(int port, String path, String user, String password) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                    assertThat(disposition).startsWith("attachment").contains(".xlsx"));
            return open(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** A row's cells as Excel shows them (numbers formatted by their cell format). */
    public static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(formatter.formatCellValue(row.getCell(c)));
        }
        return texts;
    }

    /** The rows below the header, as {@link #texts}. */
    public static List<List<String>> body(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            rows.add(texts(sheet.getRow(r)));
        }
        return rows;
    }

    public static boolean numeric(Cell cell) {
        return cell != null && cell.getCellType() == CellType.NUMERIC;
    }
}
