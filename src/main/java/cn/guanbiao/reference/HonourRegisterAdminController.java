package cn.guanbiao.reference;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import cn.guanbiao.application.Honour;
import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.reference.HonourListRows.Defaults;
import cn.guanbiao.reference.HonourRegister.Change;
import cn.guanbiao.reference.HonourRegister.Listing;
import cn.guanbiao.reference.HonourRegisterImport.Channel;
import cn.guanbiao.reference.HonourRegisterImport.Imported;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The honour register's admin API (group camunda-admin, like every {@code /api/admin/**}): list and filter it, add JSON
 * rows, import a published list (CSV or .xlsx), remove a listing, read its changes. The municipal office uses the page
 * ({@link HonourRegisterPage}).
 */
@RestController
@RequestMapping("/api/admin/honour-register")
class HonourRegisterAdminController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    record ListingView(long id, String creditCode, String orgName, String honour, String honourName, int year,
            int validUntil, String document, String source, String addedBy, String addedAt) {
    }

    record ChangeView(long id, String action, String creditCode, String orgName, String honour, int year, String document,
            String detail, String source, String changedBy, String changedAt) {
    }

    record ImportView(String source, int rows, int added, int changed, int unchanged) {
        static ImportView of(Imported imported) {
            return new ImportView(imported.source(), imported.rows(), imported.outcome().added(),
                    imported.outcome().changed(), imported.outcome().unchanged());
        }
    }

    private final HonourRegister register;
    private final HonourRegisterImport imports;

    HonourRegisterAdminController(HonourRegister register, HonourRegisterImport imports) {
        this.register = register;
        this.imports = imports;
    }

    /** {@code ?creditCode=&year=}: the listings, newest list first. */
    @GetMapping
    List<ListingView> listings(@RequestParam(required = false) String creditCode, @RequestParam(required = false) String year) {
        return register.find(creditCode(creditCode), year(year)).stream().map(this::view).toList();
    }

    /** A JSON array of {@code {"creditCode", "orgName", "honour", "year", "document"}} (or one such object). */
    @PostMapping
    ImportView add(@RequestBody JsonNode body) {
        return ImportView.of(imports.importJson(body));
    }

    /**
     * Multipart {@code file} (CSV or .xlsx; header row with 统一社会信用代码, 单位名称, 称号, 年度, 文号), and for a list without
     * some of these columns {@code honour}, {@code year}, {@code document} that apply to every row.
     */
    @PostMapping("/import")
    ImportView importFile(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String honour,
            @RequestParam(required = false) String year, @RequestParam(required = false) String document)
            throws IOException {
        return ImportView.of(imports.importFile(file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes(), defaults(honour, year, document), Channel.API));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable long id, @RequestParam(required = false) String reason) {
        return imports.remove(id, reason, Channel.API).isPresent() ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    /** {@code ?creditCode=}: the latest 500 changes, newest first. */
    @GetMapping("/changes")
    List<ChangeView> changes(@RequestParam(required = false) String creditCode) {
        return register.changes(creditCode(creditCode), 500).stream().map(HonourRegisterAdminController::view).toList();
    }

    private ListingView view(Listing l) {
        return new ListingView(l.id(), l.creditCode(), l.orgName(), l.honour().name(), l.honour().label(), l.listYear(),
                register.lastValidYear(l.listYear()), l.document(), l.source(), l.addedBy(), l.addedAt().format(TIME));
    }

    private static ChangeView view(Change c) {
        return new ChangeView(c.id(), c.action().name(), c.creditCode(), c.orgName(), c.honour().name(), c.listYear(),
                c.document(), c.detail(), c.source(), c.changedBy(), c.changedAt().format(TIME));
    }

    static String creditCode(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("\\d{4}")) {
            throw new InvalidInputException("year", "年度应为四位数字");
        }
        return Integer.valueOf(text.strip());
    }

    /** The import's choices for rows that leave honour, year or document out. */
    static Defaults defaults(String honour, String year, String document) {
        Honour chosen = null;
        if (honour != null && !honour.isBlank()) {
            chosen = HonourListRows.honour(honour);
            if (chosen == null) {
                throw new InvalidInputException("honour", "“" + honour.strip() + "”不是名录所收的称号");
            }
        }
        String doc = document == null || document.isBlank() ? null : document.strip();
        if (doc != null && doc.length() > 200) {
            throw new InvalidInputException("document", "文号或名录名称不超过 200 字");
        }
        return new Defaults(chosen, year(year), doc);
    }
}
