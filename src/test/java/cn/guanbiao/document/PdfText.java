package cn.guanbiao.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back as a reader's program sees it: its text, and the fonts it uses. */
record PdfText(String text, List<String> fonts, List<String> fontsNotEmbedded) {

    static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            List<String> fonts = new ArrayList<>();
            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            return new PdfText(text, fonts, notEmbedded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text without the line breaks and spaces that layout puts in. */
    String flat() {
        return text.replaceAll("\\s+", "");
    }
}
