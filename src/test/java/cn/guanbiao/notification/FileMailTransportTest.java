package cn.guanbiao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMailTransportTest {

    private static final String FROM = "重庆市知识产权局贯标奖励 <noreply@guanbiao.example>";

    @TempDir
    Path tempDir;

    @Test
    void writesAnEmlThatParsesBackWithChineseIntact() throws Exception {
        // given
        Path folder = tempDir.resolve("data/mail");
        FileMailTransport transport = new FileMailTransport(folder, new MimeMessages(FROM));
        OutgoingMail mail = mail("GB-2026-000001-PAID", "【贯标认证奖励】申请 GB-2026-000001：奖励资金已拨付", "金额为 30,000.00 元");

        // when
        transport.send(mail);

        // then
        Path eml = folder.resolve("GB-2026-000001-PAID.eml");
        assertThat(eml).isRegularFile();
        MimeMessage parsed = parse(eml);
        assertThat(parsed.getSubject()).isEqualTo("【贯标认证奖励】申请 GB-2026-000001：奖励资金已拨付");
        assertThat(((InternetAddress) parsed.getFrom()[0]).getPersonal()).isEqualTo("重庆市知识产权局贯标奖励");
        assertThat(parsed.getAllRecipients()).extracting(Object::toString).containsExactly("zhangsan@example.com");
        assertThat(parsed.getHeader(MimeMessages.MAIL_ID_HEADER)).containsExactly("GB-2026-000001-PAID");
        assertThat(MailParts.content(parsed, "text/plain")).isEqualTo(mail.textBody());
        assertThat(MailParts.content(parsed, "text/html")).isEqualTo(mail.htmlBody());
    }

    @Test
    void chineseBodiesAreBase64NotQuotedPrintable() throws Exception {
        // given
        FileMailTransport transport = new FileMailTransport(tempDir, new MimeMessages(FROM));
        String text = "您单位的贯标认证奖励 30,000.00 元已拨付，请注意查收。";
        // markup as the templates write it: mostly ASCII, for which Jakarta Mail would choose quoted-printable
        String html = "<table style=\"border-collapse: collapse; font-family: sans-serif; color: #333333\">"
                + "<tr><td style=\"padding: 8px 16px; border-bottom: 1px solid #dddddd\">" + text + "</td></tr></table>";
        OutgoingMail mail = new OutgoingMail("GB-2026-000001-PAID", "zhangsan@example.com",
                "【贯标认证奖励】申请 GB-2026-000001：奖励资金已拨付", html, text);

        // when
        transport.send(mail);

        // then: both bodies base64 and decoded as written
        Path eml = tempDir.resolve("GB-2026-000001-PAID.eml");
        List<Part> bodies = MailParts.leaves(parse(eml));
        assertThat(bodies).hasSize(2).allSatisfy(body ->
                assertThat(((MimeBodyPart) body).getEncoding()).isEqualTo("base64"));
        assertThat(MailParts.content(parse(eml), "text/plain")).isEqualTo(mail.textBody());
        assertThat(MailParts.content(parse(eml), "text/html")).isEqualTo(mail.htmlBody());
        assertThat(Files.readString(eml, StandardCharsets.US_ASCII)).doesNotContain("quoted-printable");
    }

    @Test
    void sendingTheSameIdAgainOverwritesTheOneFile() throws Exception {
        // given
        FileMailTransport transport = new FileMailTransport(tempDir, new MimeMessages(FROM));
        transport.send(mail("GB-2026-000001-SUBMITTED", "【贯标认证奖励】申请 GB-2026-000001：已受理", "第一次"));

        // when
        transport.send(mail("GB-2026-000001-SUBMITTED", "【贯标认证奖励】申请 GB-2026-000001：已受理", "重试"));

        // then
        try (Stream<Path> files = Files.list(tempDir)) {
            assertThat(files).extracting(path -> path.getFileName().toString())
                    .containsExactly("GB-2026-000001-SUBMITTED.eml");
        }
        assertThat(MailParts.content(parse(tempDir.resolve("GB-2026-000001-SUBMITTED.eml")), "text/plain"))
                .isEqualTo("重试");
    }

    @Test
    void failsWithAnUncheckedExceptionWhenTheFolderCannotBeCreated() throws Exception {
        // given
        Path notAFolder = Files.writeString(tempDir.resolve("occupied"), "a file, not a folder");
        FileMailTransport transport = new FileMailTransport(notAFolder.resolve("mail"), new MimeMessages(FROM));

        // when / then
        assertThatThrownBy(() -> transport.send(mail("GB-2026-000001-SUBMITTED", "主题", "正文")))
                .isInstanceOf(MailDeliveryException.class);
    }

    @Test
    void refusesAnIdThatIsNoPlainFileName() {
        assertThatThrownBy(() -> mail("../../etc/cron.d/x", "主题", "正文"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OutgoingMail mail(String id, String subject, String text) {
        return new OutgoingMail(id, "zhangsan@example.com", subject, "<p>" + text + "</p>", text);
    }

    private static MimeMessage parse(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
