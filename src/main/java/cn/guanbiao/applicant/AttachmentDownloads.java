package cn.guanbiao.applicant;

import cn.guanbiao.application.FileType;
import cn.guanbiao.application.Attachments;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file served back only as a download: never rendered by the browser in the application's origin (the
 * type sniffed again from the content, {@code nosniff}, a sandboxing CSP), named in UTF-8 (RFC 6266/5987).
 */
final class AttachmentDownloads {

    private AttachmentDownloads() {
    }

    /**
     * The response for the file. {@code server.servlet.encoding.force} gives every response a charset; a file has
     * none, so the one set for this response is taken back before the file is written. The security headers replace
     * (not add to) what the programme's filter set for its pages.
     */
    static ResponseEntity<byte[]> response(Attachments.Download download, HttpServletResponse servletResponse) {
        servletResponse.setCharacterEncoding(null);
        servletResponse.setHeader("X-Content-Type-Options", "nosniff");
        servletResponse.setHeader("Content-Security-Policy", "sandbox");
        String contentType = FileType.of(download.content()).map(FileType::contentType)
                .orElse(MediaType.APPLICATION_OCTET_STREAM_VALUE);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(download.attachment().fileName()))
                .contentType(MediaType.parseMediaType(contentType))
                .contentLength(download.content().length)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(download.content());
    }

    /** {@code attachment; filename*=UTF-8''%E8%AF%81%E4%B9%A6.pdf} (RFC 6266 with the RFC 5987 encoding). */
    static String disposition(String fileName) {
        StringBuilder encoded = new StringBuilder("attachment; filename*=UTF-8''");
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return encoded.toString();
    }

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";
    private static final String HEX = "0123456789ABCDEF";
}
