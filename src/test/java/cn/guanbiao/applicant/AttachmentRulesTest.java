package cn.guanbiao.applicant;

import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.application.FileType;
import cn.guanbiao.application.AttachmentKind;
import cn.guanbiao.application.FieldError;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a file must be to be taken, decided without a server: its content, its size, its name. */
class AttachmentRulesTest {

    private final AttachmentUploads oneKilobyteLimit = new AttachmentUploads(null, null, null, null, null, null, null, 1024);

    @Test
    void typeIsRecognisedByTheFirstBytesOnly() {
        // given / when / then
        assertThat(FileType.of(Uploads.PDF)).contains(FileType.PDF);
        assertThat(FileType.of(Uploads.PNG)).contains(FileType.PNG);
        assertThat(FileType.of(Uploads.JPEG)).contains(FileType.JPEG);
        assertThat(FileType.of(Uploads.HTML)).isEmpty();
        assertThat(FileType.of(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.of(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(FileType.of(new byte[0])).isEmpty();
    }

    @Test
    void fileAboveTheConfiguredLimitIsRefusedBeforeItIsRead() {
        // when / then
        assertThatThrownBy(() -> oneKilobyteLimit.checkKindAndSize("INVOICE", true, 1025))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("file");
                    assertThat(e.errors().get(0).message()).contains("1 KB");
                });
        assertThat(oneKilobyteLimit.checkKindAndSize("invoice", true, 1024)).isEqualTo(AttachmentKind.INVOICE);
    }

    @Test
    void nameLosesFoldersAndControlCharactersAndGetsTheExtensionOfItsContent() {
        // when / then
        assertThat(AttachmentUploads.cleanName("C:\\Users\\张三\\证书.pdf", AttachmentKind.CERTIFICATE)).isEqualTo("证书.pdf");
        assertThat(AttachmentUploads.cleanName("../../etc/passwd", AttachmentKind.OTHER)).isEqualTo("passwd");
        assertThat(AttachmentUploads.cleanName("a\u0000b\r\n\".pdf", AttachmentKind.OTHER)).isEqualTo("ab.pdf");
        assertThat(AttachmentUploads.cleanName("<img src=x onerror=alert(1)>`.pdf", AttachmentKind.OTHER))
                .isEqualTo("img src=x onerror=alert(1).pdf");
        assertThat(AttachmentUploads.cleanName("  ", AttachmentKind.INVOICE)).isEqualTo("认证费发票");
        assertThat(AttachmentUploads.cleanName("x".repeat(300) + ".pdf", AttachmentKind.OTHER)).hasSize(120).endsWith(".pdf");
        assertThat(FileType.PDF.withExtension("报告.html")).isEqualTo("报告.pdf");
        assertThat(FileType.JPEG.withExtension("scan.JPEG")).isEqualTo("scan.JPEG");
        assertThat(FileType.PNG.withExtension("scan")).isEqualTo("scan.png");
    }

    @Test
    void downloadNameIsPercentEncodedUtf8() {
        // when / then
        assertThat(AttachmentDownloads.disposition("发票 1.pdf"))
                .isEqualTo("attachment; filename*=UTF-8''%E5%8F%91%E7%A5%A8%201.pdf");
        assertThat(AttachmentDownloads.disposition("a;b\"c'.pdf")).isEqualTo("attachment; filename*=UTF-8''a%3Bb%22c%27.pdf");
    }
}
