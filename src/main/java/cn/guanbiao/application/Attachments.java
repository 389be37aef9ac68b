package cn.guanbiao.application;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files applicants uploaded, in table {@code attachment}: what they are, their SHA-256 and their bytes. */
@Repository
public class Attachments {

    /** What is known of a file without its bytes. */
    public record Attachment(String id, String applicationNo, AttachmentKind kind, String fileName, String contentType,
            long size, String sha256, LocalDateTime uploadedAt) {
    }

    /** A file with its bytes, to be downloaded. */
    public record Download(Attachment attachment, byte[] content) {
    }

    private static final String COLUMNS =
            "id, application_no, kind, file_name, content_type, size_bytes, sha256, uploaded_at";

    private final JdbcClient jdbc;
    private final String baseUrl;

    public Attachments(JdbcClient jdbc, @Value("${app.public-base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public void insert(Attachment attachment, byte[] content) {
        jdbc.sql("INSERT INTO attachment (" + COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(attachment.id(), attachment.applicationNo(), attachment.kind().name(), attachment.fileName(),
                        attachment.contentType(), attachment.size(), attachment.sha256(), attachment.uploadedAt(), content)
                .update();
    }

    /** The files of an application, in the order they were uploaded. */
    public List<Attachment> of(String applicationNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE application_no = ? ORDER BY uploaded_at, id")
                .param(applicationNo).query((rs, row) -> map(rs)).list();
    }

    public int countOf(String applicationNo) {
        return jdbc.sql("SELECT COUNT(*) FROM attachment WHERE application_no = ?").param(applicationNo)
                .query(Integer.class).single();
    }

    /** The application a file belongs to. */
    public Optional<String> applicationOf(String id) {
        return jdbc.sql("SELECT application_no FROM attachment WHERE id = ?").param(id).query(String.class).optional();
    }

    public Optional<Download> download(String id) {
        return jdbc.sql("SELECT " + COLUMNS + ", content FROM attachment WHERE id = ?").param(id)
                .query((rs, row) -> new Download(map(rs), rs.getBytes("content"))).optional();
    }

    /** Where a reviewer downloads the file (HTTP Basic, those who review the application only), as shown in the review forms. */
    public String reviewerLink(String id) {
        return baseUrl + "/review/attachments/" + id;
    }

    private static Attachment map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Attachment(rs.getString("id"), rs.getString("application_no"),
                AttachmentKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getObject("uploaded_at", LocalDateTime.class));
    }
}
