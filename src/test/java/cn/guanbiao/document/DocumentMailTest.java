package cn.guanbiao.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.guanbiao.applicant.ApplicationIntake;
import cn.guanbiao.application.Applications;
import cn.guanbiao.account.Ledger;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.TestSmtp;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The e-mail that announces a document carries it as a PDF attachment (over SMTP, to GreenMail). */
@AwardSpringTest
class DocumentMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup());

    @Autowired AwardDriver driver;
    @Autowired Applications applications;
    @Autowired Ledger ledger;

    record Attachment(String fileName, String contentType, byte[] content) {
    }

    String callId;

    @BeforeEach
    void openCall() {
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void theMailOfTheSubmissionCarriesTheReceiptAndTheOtherMailsNone() throws Exception {
        // given
        ObjectNode form = Applicants.enterprise(callId);
        String email = "receipt-" + System.nanoTime() + "@example.com";
        form.put("contactEmail", email);
        ApplicationIntake.Accepted accepted = driver.submit(form);

        // when
        driver.deliverMails(accepted.applicationNo());

        // then
        MimeMessage submitted = mailTo(email, "已受理");
        List<Attachment> attachments = attachments(submitted);
        assertThat(attachments).hasSize(1);
        Attachment receipt = attachments.get(0);
        assertThat(receipt.fileName()).isEqualTo(accepted.applicationNo() + "-受理回执.pdf");
        assertThat(receipt.contentType()).startsWith("application/pdf");
        assertThat(new String(receipt.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfText pdf = PdfText.of(receipt.content());
        assertThat(pdf.flat()).contains("受理回执", accepted.applicationNo(), form.get("orgName").asText());
        assertThat(pdf.fontsNotEmbedded()).isEmpty();
        assertThat(text(submitted)).contains("《受理回执》（PDF）随本邮件附上");
        assertThat(attachments(mailTo(email, "审核中"))).isEmpty();
    }

    @Test
    void theMailOfThePaymentCarriesTheAwardDecisionWithTheAmount() throws Exception {
        // given
        String email = "paid-" + System.nanoTime() + "@example.com";

        // when
        String no = driver.pay(call -> Applicants.enterprise(call).put("contactEmail", email));
        driver.deliverMails(no);

        // then
        List<Attachment> attachments = attachments(mailTo(email, "已拨付"));
        assertThat(attachments).extracting(Attachment::fileName).containsExactly(no + "-奖励决定及拨付通知.pdf");
        PdfText pdf = PdfText.of(attachments.get(0).content());
        assertThat(pdf.flat()).contains(no, cn.guanbiao.award.Money.yuan(ledger.payment(no).orElseThrow().amount()).replace(" ", ""),
                "渝知奖〔");
    }

    @Test
    void theMailOfTheDecisionNotToAwardCarriesItWithTheReason() throws Exception {
        // given
        ObjectNode form = Applicants.enterprise(callId);
        String email = "rejected-" + System.nanoTime() + "@example.com";
        form.put("contactEmail", email);
        form.put("certificationBody", Applicants.UNAPPROVED_BODY);

        // when
        String no = driver.submit(form).applicationNo();
        driver.deliverMails(no);

        // then
        List<Attachment> attachments = attachments(mailTo(email, "不予奖励"));
        assertThat(attachments).extracting(Attachment::fileName).containsExactly(no + "-不予奖励决定.pdf");
        assertThat(PdfText.of(attachments.get(0).content()).flat())
                .contains(no, applications.get(no).statusReason().replaceAll("\\s+", ""), "渝知不奖〔");
    }

    MimeMessage mailTo(String email, String subjectPart) throws MessagingException {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            boolean addressed = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equals(email));
            if (addressed && message.getSubject().contains(subjectPart)) {
                return message;
            }
        }
        throw new AssertionError("No mail to " + email + " about " + subjectPart);
    }

    static List<Attachment> attachments(Part part) throws MessagingException, IOException {
        List<Attachment> found = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(attachments(multipart.getBodyPart(i)));
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                found.add(new Attachment(MimeUtility.decodeText(part.getFileName()), part.getContentType(), in.readAllBytes()));
            }
        }
        return found;
    }

    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                text.append(text(body));
            }
            return text.toString();
        }
        return "";
    }
}
