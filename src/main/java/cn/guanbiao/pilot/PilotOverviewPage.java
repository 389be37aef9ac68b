package cn.guanbiao.pilot;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.guanbiao.platform.CsvLines;
import cn.guanbiao.platform.XlsxDownload;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/pilot} (camunda-admin and municipal-ip-office, like /admin/report): the pilot's coverage per district and
 * year, and its exports (CSV and .xlsx).
 */
@Controller
class PilotOverviewPage {

    private final PilotOverview overview;
    private final PilotExports exports;
    private final PilotYears years;

    PilotOverviewPage(PilotOverview overview, PilotExports exports, PilotYears years) {
        this.overview = overview;
        this.exports = exports;
        this.years = years;
    }

    @GetMapping("/admin/pilot")
    String page(Model model) {
        model.addAttribute("overview", overview.overview());
        model.addAttribute("lastYear", years.lastYear());
        return "admin/pilot";
    }

    @GetMapping("/admin/pilot/list.csv")
    ResponseEntity<byte[]> pilotList(@RequestParam(required = false) Integer year) {
        return csv("创新管理国际标准试点企业名单" + (year == null ? "" : "-" + year) + ".csv", CsvLines.table(exports.pilotList(year)));
    }

    @GetMapping("/admin/pilot/list.xlsx")
    ResponseEntity<byte[]> pilotListWorkbook(@RequestParam(required = false) Integer year) {
        return XlsxDownload.of("创新管理国际标准试点企业名单" + (year == null ? "" : "-" + year) + ".xlsx", List.of(exports.pilotList(year)));
    }

    @GetMapping("/admin/pilot/reports.csv")
    ResponseEntity<byte[]> annualReports(@RequestParam(required = false) Integer year) {
        return csv("试点企业年度数据" + (year == null ? "" : "-" + year) + ".csv", CsvLines.table(exports.annualReports(year)));
    }

    @GetMapping("/admin/pilot/reports.xlsx")
    ResponseEntity<byte[]> annualReportsWorkbook(@RequestParam(required = false) Integer year) {
        return XlsxDownload.of("试点企业年度数据" + (year == null ? "" : "-" + year) + ".xlsx", List.of(exports.annualReports(year)));
    }

    private static ResponseEntity<byte[]> csv(String filename, String body) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
