package cn.guanbiao.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The only kinds of file an applicant may upload, recognised by their first bytes (magic numbers), never by the
 * file name or the Content-Type the browser declares: a page of HTML named {@code x.pdf} is not a PDF.
 */
public enum FileType {
    PDF("application/pdf", "pdf", Set.of("pdf"), bytes("%PDF-")),
    PNG("image/png", "png", Set.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String contentType;
    private final String extension;
    private final Set<String> extensions;
    private final byte[] magic;

    FileType(String contentType, String extension, Set<String> extensions, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The type whose signature the content starts with, or empty. */
    public static Optional<FileType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.startsOf(content)).findFirst();
    }

    /** The type of a stored file by its content type. */
    public static Optional<FileType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
    }

    /**
     * The name the file is stored and downloaded under: the applicant's name, with the extension of what the file
     * really is (so that a PDF named {@code a.html} is saved as {@code a.pdf} and never opened as a web page).
     */
    public String withExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extensionOfName = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extensions.contains(extensionOfName)) {
            return fileName;
        }
        String base = dot <= 0 ? fileName : fileName.substring(0, dot);
        return base + "." + extension;
    }

    private boolean startsOf(byte[] content) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
