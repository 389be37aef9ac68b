package cn.guanbiao.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import org.springframework.stereotype.Component;

/**
 * Prints an {@link OfficialDocument} the way a Chinese office's document looks (after GB/T 9704): the issuing
 * office in red, the 文号 under it and a red rule, the title, the addressee, the body with indented paragraphs,
 * a table of facts, and the office and date at the foot. The CJK font is embedded (subset), so the file prints the
 * same on any machine. The same document always gives the same text; the file's dates are the document's date.
 */
@Component
public class OfficialDocumentRenderer {

    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.SIMPLIFIED_CHINESE);
    private static final Color RED = new Color(0xC8, 0x10, 0x2E);
    private static final Color GREY = new Color(0x59, 0x59, 0x59);
    private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DocumentFont font;

    OfficialDocumentRenderer(DocumentFont font) {
        this.font = font;
    }

    /** @throws DocumentUnavailableException when this machine has no Chinese font */
    public byte[] render(OfficialDocument document) {
        BaseFont base = font.get();
        Font office = new Font(base, 24, Font.NORMAL, RED);
        Font number = new Font(base, 12);
        Font title = new Font(base, 17);
        Font body = new Font(base, 12);
        Font cell = new Font(base, 10.5f);
        Font small = new Font(base, 9, Font.NORMAL, GREY);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 70, 66, 60, 60);
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        pdf.addTitle(document.title());
        pdf.addAuthor(document.issuer());
        pdf.addCreator("贯标认证奖励管理系统");
        pdf.open();
        datedAsIssued(writer, document.issuedOn());

        Paragraph head = new Paragraph(document.issuer(), office);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingAfter(10);
        pdf.add(head);
        if (document.documentNo() != null) {
            Paragraph no = new Paragraph(document.documentNo(), number);
            no.setAlignment(Element.ALIGN_CENTER);
            pdf.add(no);
        }
        pdf.add(new Chunk(new LineSeparator(1.5f, 100, RED, Element.ALIGN_CENTER, -6)));

        Paragraph heading = new Paragraph(new Chunk(document.title(), title)
                .setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, 0.3f, Color.BLACK));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingBefore(22);
        heading.setSpacingAfter(14);
        heading.setLeading(26);
        pdf.add(heading);

        if (document.addressee() != null) {
            Paragraph to = new Paragraph(document.addressee() + "：", body);
            to.setLeading(22);
            pdf.add(to);
        }
        for (String text : document.paragraphs()) {
            pdf.add(bodyParagraph(text, body));
        }
        if (document.table() != null) {
            pdf.add(table(document.table(), cell));
        }
        for (String text : document.closing()) {
            pdf.add(bodyParagraph(text, body));
        }

        Paragraph signature = new Paragraph(document.issuer(), body);
        signature.setAlignment(Element.ALIGN_RIGHT);
        signature.setSpacingBefore(30);
        signature.setIndentationRight(24);
        pdf.add(signature);
        Paragraph date = new Paragraph(CHINESE_DATE.format(document.issuedOn()), body);
        date.setAlignment(Element.ALIGN_RIGHT);
        date.setIndentationRight(24);
        pdf.add(date);

        Paragraph note = new Paragraph("本文书由贯标认证奖励管理系统根据登记信息生成，可在申请状态页或公示页面重新下载，内容不变。", small);
        note.setSpacingBefore(30);
        pdf.add(note);
        pdf.close();
        return out.toByteArray();
    }

    private static Paragraph bodyParagraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setFirstLineIndent(24);
        paragraph.setLeading(22);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static PdfPTable table(OfficialDocument.Table facts, Font font) {
        PdfPTable table = new PdfPTable(facts.header().size());
        table.setWidthPercentage(100);
        table.setWidths(columnWidths(facts));
        table.setSpacingBefore(8);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        for (String text : facts.header()) {
            PdfPCell header = cell(text, font);
            header.setBackgroundColor(HEADER_FILL);
            table.addCell(header);
        }
        for (var row : facts.rows()) {
            row.forEach(text -> table.addCell(cell(text, font)));
        }
        return table;
    }

    /** Each column as wide as its longest text, within bounds: a number column stays narrow, a name gets room. */
    private static float[] columnWidths(OfficialDocument.Table facts) {
        float[] widths = new float[facts.header().size()];
        for (int i = 0; i < widths.length; i++) {
            int longest = facts.header().get(i).length();
            for (var row : facts.rows()) {
                longest = Math.max(longest, row.get(i) == null ? 0 : row.get(i).length());
            }
            widths[i] = Math.max(3, Math.min(16, longest));
        }
        return widths;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(5);
        cell.setLeading(0, 1.3f);
        return cell;
    }

    /** The file says it was made on the document's date, not when it was printed again. */
    private static void datedAsIssued(PdfWriter writer, LocalDate issuedOn) {
        GregorianCalendar calendar = GregorianCalendar.from(issuedOn.atStartOfDay(CHINA));
        calendar.setTimeZone(TimeZone.getTimeZone(CHINA));
        PdfString date = new PdfDate(calendar);
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
    }
}
