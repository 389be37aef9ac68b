package cn.guanbiao.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One official document as the office issues it, ready to print: everything in it comes from the project's tables.
 *
 * @param title       e.g. {@code 关于给予重庆某某科技有限公司贯标认证奖励的决定}
 * @param documentNo  文号, e.g. {@code 渝知奖〔2026〕3号}; null for a document that has none (受理回执)
 * @param issuedOn    the date the document bears
 * @param addressee   主送: whom it is addressed to, e.g. the unit's name; may be null
 * @param paragraphs  the body, one paragraph each
 * @param table       facts as a table; may be null
 * @param closing     paragraphs after the table (e.g. how to appeal); may be empty
 * @param issuer      the issuing office
 * @param fileName    the file name it is downloaded or attached under, with {@code .pdf}
 */
public record OfficialDocument(String title, String documentNo, LocalDate issuedOn, String addressee,
        List<String> paragraphs, Table table, List<String> closing, String issuer, String fileName) {

    /** A table of facts: a header row and rows of as many cells. */
    public record Table(List<String> header, List<List<String>> rows) {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("Row " + row + " has not the " + header.size() + " cells of " + header);
                }
            }
        }
    }

    public OfficialDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(fileName, "fileName");
        paragraphs = List.copyOf(paragraphs);
        closing = List.copyOf(closing);
    }
}
