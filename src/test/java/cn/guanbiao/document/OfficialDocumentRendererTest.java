package cn.guanbiao.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The renderer alone: what an official document shows, in an embedded font, dated as issued. */
class OfficialDocumentRendererTest {

    static final Path OUT = Path.of("target", "documents");

    final OfficialDocumentRenderer renderer = new OfficialDocumentRenderer(new DocumentFont(new DocumentSettings(
            "重庆市知识产权局", DocumentSettings.DEFAULT_FONTS, "渝知奖", "渝知不奖", "渝知公")));

    @Test
    void printsTitleNumberAddresseeBodyTableOfficeAndDateInAnEmbeddedFont() throws IOException {
        // given
        OfficialDocument document = new OfficialDocument("关于给予重庆某某科技有限公司贯标认证奖励的决定", "渝知奖〔2026〕7号",
                LocalDate.of(2026, 12, 3), "重庆某某科技有限公司",
                List.of("你单位申请的2026年度知识产权管理体系贯标认证奖励（申请编号GB-2026-000042），经审核符合奖励条件。",
                        "经研究，决定给予你单位贯标认证奖励25,000.00 元。"),
                new OfficialDocument.Table(List.of("项目", "内容"), List.of(List.of("申请编号", "GB-2026-000042"),
                        List.of("奖励金额", "25,000.00 元"))),
                List.of("请你单位妥善保存有关记录。"), "重庆市知识产权局", "sample.pdf");

        // when
        byte[] pdf = renderer.render(document);

        // then
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("award-decision-sample.pdf"), pdf);
        PdfText text = PdfText.of(pdf);
        assertThat(text.flat()).contains("关于给予重庆某某科技有限公司贯标认证奖励的决定", "渝知奖〔2026〕7号",
                "重庆某某科技有限公司：", "GB-2026-000042", "25,000.00元", "2026年12月3日", "重庆市知识产权局");
        assertThat(text.fonts()).isNotEmpty();
        assertThat(text.fontsNotEmbedded()).isEmpty();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(read.getDocumentInformation().getTitle()).isEqualTo(document.title());
            assertThat(read.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(LocalDate.of(2026, 12, 3).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
            BufferedImage page = new PDFRenderer(read).renderImageWithDPI(0, 60);
            ImageIO.write(page, "png", OUT.resolve("award-decision-sample.png").toFile());
        }
    }

    @Test
    void withoutAChineseFontTheAppRunsAndADocumentIsRefusedInOneSentence() {
        // given: none of the configured fonts exists on this machine
        DocumentFont none = new DocumentFont(new DocumentSettings("重庆市知识产权局", "/nonexistent/font.ttc", "a", "b", "c"));
        OfficialDocument document = new OfficialDocument("贯标认证奖励申请受理回执", null, LocalDate.of(2026, 3, 1), null,
                List.of("已收到。"), null, List.of(), "重庆市知识产权局", "r.pdf");

        // when / then
        assertThat(none.available()).isFalse();
        assertThatThrownBy(() -> new OfficialDocumentRenderer(none).render(document))
                .isInstanceOf(DocumentUnavailableException.class)
                .hasMessageContaining("中文字体");
    }

    @Test
    void theSameDocumentGivesTheSameText() {
        // given
        OfficialDocument document = new OfficialDocument("贯标认证奖励申请受理回执", null, LocalDate.of(2026, 3, 1), "某单位",
                List.of("已收到。"), null, List.of(), "重庆市知识产权局", "r.pdf");

        // when
        PdfText first = PdfText.of(renderer.render(document));
        PdfText second = PdfText.of(renderer.render(document));

        // then
        assertThat(second.text()).isEqualTo(first.text());
    }
}
