package cn.guanbiao.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.lowagie.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Chinese font every document embeds (a subset of it: only the glyphs used). Documents people keep on file must
 * print the same everywhere, so the font travels inside the PDF; none is bundled with the application: the first of
 * {@code app.documents.fonts} that exists on this machine is used (Debian: {@code apt-get install fonts-wqy-microhei}).
 * Without one the application still runs and says so at start; only the documents are unavailable then.
 */
@Component
public class DocumentFont {

    private static final Logger log = LoggerFactory.getLogger(DocumentFont.class);

    private final Optional<BaseFont> font;

    DocumentFont(DocumentSettings settings) {
        this.font = settings.fonts().stream().filter(Files::isReadable).findFirst().flatMap(DocumentFont::load);
        if (font.isEmpty()) {
            log.warn("No Chinese font for the PDF documents (受理回执, 奖励决定, 公示): none of app.documents.fonts {} exists. "
                    + "Install one (Debian: apt-get install fonts-wqy-microhei) or name a TrueType font there; until then "
                    + "the documents cannot be downloaded and e-mails go without them.", settings.fonts());
        }
    }

    private static Optional<BaseFont> load(Path path) {
        String name = path.toString();
        // a collection (.ttc): its first face
        String face = name.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? name + ",0" : name;
        try {
            // read once into memory: each document's subset is then cut from memory, not from the file again
            BaseFont loaded = BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    Files.readAllBytes(path), null);
            log.info("PDF documents embed the font {} ({})", loaded.getPostscriptFontName(), path);
            return Optional.of(loaded);
        } catch (Exception e) {
            log.warn("The font {} cannot be embedded in PDF documents: {}", path, e.toString());
            return Optional.empty();
        }
    }

    /** The font, or a refusal that says in one sentence why there is no document. */
    BaseFont get() {
        return font.orElseThrow(DocumentUnavailableException::new);
    }

    public boolean available() {
        return font.isPresent();
    }
}
