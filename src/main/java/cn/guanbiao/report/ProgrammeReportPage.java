package cn.guanbiao.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import cn.guanbiao.platform.XlsxDownload;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/report?year=}: the programme report of a year, as a page and as a CSV or .xlsx download for the spreadsheet. */
@Controller
class ProgrammeReportPage {

    private final ProgrammeReports reports;
    private final Clock clock;

    ProgrammeReportPage(ProgrammeReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/admin/report")
    String report(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("report", reports.of(yearOrThis(year)));
        return "admin/report";
    }

    @GetMapping("/admin/report.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year) {
        ProgrammeReport report = reports.of(yearOrThis(year));
        String filename = "贯标认证奖励项目报告-" + report.year() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(ProgrammeReportCsv.write(report).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/admin/report.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year) {
        ProgrammeReport report = reports.of(yearOrThis(year));
        return XlsxDownload.of("贯标认证奖励项目报告-" + report.year() + ".xlsx", ProgrammeReportTables.of(report));
    }

    private int yearOrThis(Integer year) {
        return year != null && year >= 2000 && year <= 2100 ? year : LocalDate.now(clock).getYear();
    }
}
