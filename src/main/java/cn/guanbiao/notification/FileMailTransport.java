package cn.guanbiao.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Writes every mail as {@code <folder>/<id>.eml} instead of sending it ({@code app.mail.transport=file}, the
 * embedded default): the files open in any mail client. The same id overwrites the same file.
 */
public class FileMailTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(FileMailTransport.class);

    private final Path folder;
    private final MimeMessages mimeMessages;
    /** Makes messages that share one MIME type map, as the SMTP sender's do (a new map per mail read every jar). */
    private final JavaMailSenderImpl messageFactory = new JavaMailSenderImpl();

    public FileMailTransport(Path folder, MimeMessages mimeMessages) {
        this.folder = folder.toAbsolutePath().normalize();
        this.mimeMessages = mimeMessages;
    }

    @Override
    public void send(OutgoingMail mail) {
        Path target = folder.resolve(mail.id() + ".eml");
        try {
            Files.createDirectories(folder);
            MimeMessage message = messageFactory.createMimeMessage();
            mimeMessages.fill(message, mail);
            writeAtomically(message, target);
        } catch (IOException | MessagingException e) {
            throw new MailDeliveryException("Mail " + mail.id() + " could not be written to " + target, e);
        }
        log.info("Mail {} written to {}", mail.id(), target);
    }

    /** Never leaves a half-written .eml behind, even when two retries of one job race. */
    private void writeAtomically(MimeMessage message, Path target) throws IOException, MessagingException {
        Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            // buffered: MIME writes line by line, each an unbuffered write a system call
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW))) {
                message.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
