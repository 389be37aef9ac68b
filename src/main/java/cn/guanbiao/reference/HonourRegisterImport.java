package cn.guanbiao.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.reference.HonourListRows.Defaults;
import cn.guanbiao.reference.HonourRegister.Entry;
import cn.guanbiao.reference.HonourRegister.Listing;
import cn.guanbiao.reference.HonourRegister.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/**
 * Changes to the honour register by people: a published list uploaded (CSV or .xlsx) on the admin page or the admin API,
 * JSON rows, a listing removed. All or nothing, attributed to the user logged in, with where it came from.
 */
@Service
class HonourRegisterImport {

    /** Where a change came in, as the register's audit shows it. */
    enum Channel {
        PAGE("管理页面"), API("管理接口");

        private final String label;

        Channel(String label) {
            this.label = label;
        }
    }

    record Imported(String source, int rows, Outcome outcome) {
    }

    private final HonourRegister register;
    private final IdentityService identityService;
    private final Clock clock;

    HonourRegisterImport(HonourRegister register, IdentityService identityService, Clock clock) {
        this.register = register;
        this.identityService = identityService;
        this.clock = clock;
    }

    Imported importFile(String fileName, byte[] content, Defaults defaults, Channel via) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "请选择要导入的名录文件（CSV 或 .xlsx）");
        }
        List<Entry> entries = HonourListRows.fromFile(HonourListFile.read(fileName, content), defaults, currentYear());
        String source = "文件“" + displayName(fileName) + "”（" + via.label + "导入）";
        return new Imported(source, entries.size(), register.apply(entries, source, user()));
    }

    Imported importJson(JsonNode body) {
        List<Entry> entries = HonourListRows.fromJson(body, currentYear());
        return new Imported(Channel.API.label, entries.size(), register.apply(entries, Channel.API.label, user()));
    }

    Optional<Listing> remove(long id, String reason, Channel via) {
        if (reason != null && reason.length() > 500) {
            throw new InvalidInputException("reason", "删除原因不超过 500 字");
        }
        return register.remove(id, via.label, user(), reason == null ? null : reason.strip());
    }

    /** The seed file of {@code config/reference} at start: its rows that were never in the register. */
    int seed(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        try {
            List<Entry> entries = HonourListRows.fromFile(HonourListFile.read(file.getFileName().toString(), content),
                    Defaults.NONE, currentYear());
            return register.seed(entries, file.getFileName() + "（启动时载入）");
        } catch (InvalidInputException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    private String user() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /** The file's own name, without a browser's path or anything unprintable, as the audit shows it. */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "未命名";
        }
        return name.length() > 100 ? name.substring(0, 100) + "…" : name;
    }
}
