package cn.guanbiao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpMailTransportTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String FROM = "重庆市知识产权局贯标奖励 <noreply@guanbiao.example>";
    private static final OutgoingMail MAIL = new OutgoingMail("GB-2026-000001-SUBMITTED", "zhangsan@example.com",
            "【贯标认证奖励】申请 GB-2026-000001：已受理",
            "<p>尊敬的张三：</p><p>您单位（重庆某某科技有限公司）的申请已受理。</p>",
            "尊敬的张三：\n\n您单位（重庆某某科技有限公司）的申请已受理。\n");

    @Test
    void deliversChineseSubjectBodyAndSenderIntact() throws Exception {
        // given
        SmtpMailTransport transport = new SmtpMailTransport(senderTo(greenMail.getSmtp().getPort()), new MimeMessages(FROM));

        // when
        transport.send(MAIL);

        // then
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("【贯标认证奖励】申请 GB-2026-000001：已受理");
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("重庆市知识产权局贯标奖励");
        assertThat(from.getAddress()).isEqualTo("noreply@guanbiao.example");
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("zhangsan@example.com");
        assertThat(MailParts.content(received, "text/plain")).isEqualTo(MAIL.textBody());
        assertThat(MailParts.content(received, "text/html")).isEqualTo(MAIL.htmlBody());
    }

    @Test
    void marksTheMessageWithItsIdempotencyKey() throws Exception {
        // given
        SmtpMailTransport transport = new SmtpMailTransport(senderTo(greenMail.getSmtp().getPort()), new MimeMessages(FROM));

        // when
        transport.send(MAIL);

        // then
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getHeader(MimeMessages.MAIL_ID_HEADER)).containsExactly("GB-2026-000001-SUBMITTED");
        assertThat(received.getContentType()).startsWith("multipart/");
    }

    @Test
    void failsWithAnUncheckedExceptionWhenTheServerIsUnreachable() throws Exception {
        // given
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpMailTransport transport = new SmtpMailTransport(senderTo(closedPort), new MimeMessages(FROM));

        // when / then
        assertThatThrownBy(() -> transport.send(MAIL))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("GB-2026-000001-SUBMITTED");
    }

    private static JavaMailSenderImpl senderTo(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return sender;
    }
}
