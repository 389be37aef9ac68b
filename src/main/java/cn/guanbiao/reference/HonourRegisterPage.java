package cn.guanbiao.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.guanbiao.application.CreditCode;
import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.Honour;
import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.platform.CsvLines;
import cn.guanbiao.reference.HonourRegisterImport.Channel;
import cn.guanbiao.reference.HonourRegisterImport.Imported;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /admin/honour-register} (camunda-admin and municipal-ip-office, HTTP Basic like every {@code /admin/**} page):
 * the municipal office uploads a published list of IP advantage/demonstration enterprises, sees the register and every
 * change to it, and removes a listing entered by mistake.
 */
@Controller
class HonourRegisterPage {

    static final int SHOWN_LISTINGS = 500;
    static final int SHOWN_CHANGES = 200;

    private final HonourRegister register;
    private final HonourRegisterImport imports;

    HonourRegisterPage(HonourRegister register, HonourRegisterImport imports) {
        this.register = register;
        this.imports = imports;
    }

    @GetMapping("/admin/honour-register")
    String page(@RequestParam(required = false) String creditCode, @RequestParam(required = false) String year, Model model,
            HttpServletResponse response) {
        try {
            return show(model, HonourRegisterAdminController.creditCode(creditCode), HonourRegisterAdminController.year(year));
        } catch (InvalidInputException e) {
            return failed(model, response, e.errors());
        }
    }

    @PostMapping("/admin/honour-register/import")
    String importFile(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String honour,
            @RequestParam(required = false) String year, @RequestParam(required = false) String document, Model model,
            HttpServletResponse response) throws IOException {
        try {
            Imported imported = imports.importFile(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), HonourRegisterAdminController.defaults(honour, year, document),
                    Channel.PAGE);
            model.addAttribute("message", "已导入" + imported.source() + "：共 " + imported.rows() + " 条，新增 "
                    + imported.outcome().added() + " 条，修改 " + imported.outcome().changed() + " 条，已在名录中未变 "
                    + imported.outcome().unchanged() + " 条。");
            return show(model, null, null);
        } catch (InvalidInputException e) {
            return failed(model, response, e.errors());
        }
    }

    @PostMapping("/admin/honour-register/{id}/remove")
    String remove(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute("message", imports.remove(id, reason, Channel.PAGE)
                    .map(l -> "已从名录中删除：" + l.orgName() + "（" + l.creditCode() + "）" + l.listYear() + " 年"
                            + l.honour().label() + "。")
                    .orElse("该条目已不在名录中（可能已被他人删除）。"));
            return show(model, null, null);
        } catch (InvalidInputException e) {
            return failed(model, response, e.errors());
        }
    }

    /** A file to fill in: the header the import reads and one example row. */
    @GetMapping("/admin/honour-register/template.csv")
    ResponseEntity<byte[]> template() {
        StringBuilder csv = new StringBuilder(CsvLines.BOM);
        CsvLines.line(csv, "统一社会信用代码", "单位名称", "称号", "年度", "文号");
        CsvLines.line(csv, CreditCode.withCheckCharacter("91500112MA5U00000"), "重庆某某科技有限公司", Honour.MUNICIPAL_ADVANTAGE.label(), 2025,
                "渝知发〔2025〕1号");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("荣誉称号认定名录-导入模板.csv", StandardCharsets.UTF_8).build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String failed(Model model, HttpServletResponse response, List<FieldError> errors) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", errors.stream().map(FieldError::message).toList());
        return show(model, null, null);
    }

    private String show(Model model, String creditCode, Integer year) {
        List<HonourRegister.Listing> listings = register.find(creditCode, year);
        model.addAttribute("creditCode", creditCode);
        model.addAttribute("year", year);
        model.addAttribute("listings", listings.stream().limit(SHOWN_LISTINGS).toList());
        model.addAttribute("listingCount", listings.size());
        model.addAttribute("shownListings", SHOWN_LISTINGS);
        model.addAttribute("changes", register.changes(creditCode, SHOWN_CHANGES));
        model.addAttribute("shownChanges", SHOWN_CHANGES);
        model.addAttribute("validYears", register.validYears());
        model.addAttribute("honours", HonourListRows.REGISTERED);
        model.addAttribute("register", register);
        return "admin/honour-register";
    }
}
