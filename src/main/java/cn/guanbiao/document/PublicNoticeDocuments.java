package cn.guanbiao.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.guanbiao.award.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The public notice as the dated document the office publishes: one per call and day the notice began, listing every
 * unit published that day with its proposed amount, as published (a unit withdrawn later stays in the document of that
 * day, as on paper). Made from {@code public_notice}, whose rows keep the name and amount as published. Its 文号 is the
 * rank of that day's notice among the year's, which only ever grows at the end.
 */
@Service("publicNoticeDocuments")
public class PublicNoticeDocuments {

    /** A notice document as the archive page links it. */
    public record Listed(String callId, LocalDate startsOn, String documentNo, String title, int units, String link) {

        public String startsOnText() {
            return OfficialDocumentRenderer.CHINESE_DATE.format(startsOn);
        }
    }

    private record Day(String callId, LocalDate startsOn, int units, int callYear) {
    }

    private record Row(String applicationNo, String orgName, String creditCode, BigDecimal amount, LocalDateTime endsAt) {
    }

    private final JdbcClient jdbc;
    private final DocumentSettings settings;
    private final OfficialDocumentRenderer renderer;
    private final String baseUrl;

    PublicNoticeDocuments(JdbcClient jdbc, DocumentSettings settings, OfficialDocumentRenderer renderer,
            @Value("${app.public-base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.renderer = renderer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Every notice document, the newest first. */
    public List<Listed> all() {
        List<Day> days = days();
        Map<Integer, Integer> numberInYear = new HashMap<>();
        List<Listed> listed = new ArrayList<>();
        for (Day day : days) {
            int number = numberInYear.merge(day.startsOn().getYear(), 1, Integer::sum);
            listed.add(0, new Listed(day.callId(), day.startsOn(),
                    DocumentNumbers.of(settings.noticePrefix(), day.startsOn().getYear(), number), title(day), day.units(),
                    "/public/notices/documents/" + day.callId() + "/" + day.startsOn()));
        }
        return listed;
    }

    public Optional<ApplicationDocuments.Pdf> pdf(String callId, LocalDate startsOn) {
        return document(callId, startsOn).map(d -> new ApplicationDocuments.Pdf(d.fileName(), renderer.render(d)));
    }

    public Optional<OfficialDocument> document(String callId, LocalDate startsOn) {
        Optional<Listed> listed = all().stream()
                .filter(l -> l.callId().equals(callId) && l.startsOn().equals(startsOn)).findFirst();
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = jdbc.sql("SELECT application_no, org_name, credit_code, amount, ends_at FROM public_notice "
                        + "WHERE call_id = ? AND starts_on = ? ORDER BY application_no")
                .params(callId, startsOn)
                .query((rs, i) -> new Row(rs.getString("application_no"), rs.getString("org_name"),
                        rs.getString("credit_code"), rs.getBigDecimal("amount"),
                        rs.getTimestamp("ends_at").toLocalDateTime()))
                .list();
        BigDecimal total = rows.stream().map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        // the notice runs until the end of its last day
        LocalDate lastDay = rows.stream().map(Row::endsAt).max(LocalDateTime::compareTo).orElseThrow()
                .toLocalDate().minusDays(1);
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            table.add(List.of(String.valueOf(i + 1), row.applicationNo(), row.orgName(), row.creditCode(),
                    amount(row.amount())));
        }
        table.add(List.of("合计", "", rows.size() + " 家", "", amount(total)));
        Listed notice = listed.get();
        return Optional.of(new OfficialDocument(notice.title(), notice.documentNo(), startsOn, null,
                List.of("经区县初审、行业主管部门审核、市局复核和信用核查，现将" + notice.title().replace("公示", "")
                                + "（共" + rows.size() + "家，拟奖励金额合计" + Money.yuan(total) + "）予以公示，接受社会监督。",
                        "公示期为" + OfficialDocumentRenderer.CHINESE_DATE.format(startsOn) + "至"
                                + OfficialDocumentRenderer.CHINESE_DATE.format(lastDay) + "（含）。"),
                new OfficialDocument.Table(List.of("序号", "申请编号", "单位名称", "统一社会信用代码", "拟奖励金额（元）"), table),
                List.of("公示期内，任何单位或个人对名单有异议的，可在" + baseUrl + "/public/notices 对应单位处提出，"
                        + "或以书面形式向" + settings.issuer() + "反映，并请提供事实与证据线索。"),
                settings.issuer(), "拟奖励名单公示-" + callId + "-" + startsOn + ".pdf"));
    }

    private static String title(Day day) {
        return day.callYear() + "年度知识产权管理体系贯标认证拟奖励名单公示";
    }

    private List<Day> days() {
        return jdbc.sql("SELECT n.call_id, n.starts_on, COUNT(*) AS units, MAX(c.call_year) AS call_year "
                        + "FROM public_notice n LEFT JOIN award_call c ON c.call_id = n.call_id "
                        + "GROUP BY n.call_id, n.starts_on ORDER BY n.starts_on, n.call_id")
                .query((rs, i) -> {
                    LocalDate startsOn = rs.getDate("starts_on").toLocalDate();
                    int year = rs.getInt("call_year");
                    return new Day(rs.getString("call_id"), startsOn, rs.getInt("units"),
                            rs.wasNull() ? startsOn.getYear() : year);
                })
                .list();
    }

    private static String amount(BigDecimal amount) {
        return Money.yuan(amount).replace(" 元", "");
    }
}
