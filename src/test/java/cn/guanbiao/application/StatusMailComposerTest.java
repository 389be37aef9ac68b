package cn.guanbiao.application;

import cn.guanbiao.notification.ComposedMail;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StatusMailComposerTest {

    private static final String APPLICATION_NO = "GB-2026-000001";
    private static final String ORG_NAME = "重庆某某科技有限公司";
    private static final String LINK = "https://guanbiao.example/status/GB-2026-000001#token=abc123";
    private static final Pattern STATUS_BODY = Pattern.compile("<div id=\"status-body\"[^>]*>(.*?)</div>", Pattern.DOTALL);

    private final StatusMailComposer composer = new StatusMailComposer();

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void rendersSubjectHtmlAndTextForEveryStatus(ApplicationStatus status) {
        // given
        StatusMail mail = mail(status, ORG_NAME, "材料不全", new BigDecimal("30000.00"), LocalDate.of(2026, 3, 15));

        // when
        ComposedMail composed = composer.compose(mail);

        // then
        assertThat(composed.subject())
                .startsWith("【贯标认证奖励】申请 " + APPLICATION_NO + "：")
                .doesNotContain("\n");
        for (String part : new String[] {composed.html(), composed.text()}) {
            assertThat(part)
                    .contains(APPLICATION_NO, ORG_NAME, LINK, "尊敬的张三", "重庆市知识产权局", status.label());
            assertNoUnresolvedPlaceholder(part);
        }
        assertNoUnresolvedPlaceholder(composed.subject());
        assertThat(composed.html()).contains("href=\"" + LINK + "\"");
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void rendersEveryStatusWhenOptionalFieldsAreMissing(ApplicationStatus status) {
        // given
        StatusMail mail = mail(status, ORG_NAME, null, null, null);

        // when
        ComposedMail composed = composer.compose(mail);

        // then
        assertNoUnresolvedPlaceholder(composed.subject());
        assertNoUnresolvedPlaceholder(composed.html());
        assertNoUnresolvedPlaceholder(composed.text());
        assertThat(composed.text())
                .as("no label left without its value, like '原因：'")
                .doesNotContainPattern("(?m)^ +\\S+：$")
                .doesNotContain("\n\n\n");
    }

    @Test
    void everyStatusHasItsOwnWording() {
        // given
        Map<ApplicationStatus, String> bodies = new EnumMap<>(ApplicationStatus.class);

        // when
        for (ApplicationStatus status : ApplicationStatus.values()) {
            String html = composer.compose(mail(status, ORG_NAME, null, null, null)).html();
            Matcher body = STATUS_BODY.matcher(html);
            assertThat(body.find()).as("status body of %s", status).isTrue();
            bodies.put(status, body.group(1).strip());
        }

        // then
        assertThat(bodies.values()).allSatisfy(body -> assertThat(body).contains("<p>"));
        assertThat(bodies.values()).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "SUBMITTED,               已受理",
            "IN_REVIEW,               资格审查",
            "RETURNED_FOR_CORRECTION, 需补正的内容：材料不全",
            "CREDIT_CHECK,            信用核查",
            "AWAITING_DECISION,       拟奖励名单",
            "IN_PUBLIC_NOTICE,        公示截止日期：2026年3月15日（含）",
            "APPROVED_FOR_PAYMENT,    拨付程序",
            "PAID,                    金额为 30,000.00 元",
            "REJECTED,                原因：材料不全",
            "NOT_FUNDED,              下一批次",
            "UNDER_SPOT_CHECK,        监督抽查",
            "RECOVERY,                应退回金额：30,000.00 元",
            "EVALUATED,               绩效评价已完成",
    })
    void tellsWhatTheStatusMeansInBothParts(ApplicationStatus status, String phrase) {
        // given
        StatusMail mail = mail(status, ORG_NAME, "材料不全", new BigDecimal("30000"), LocalDate.of(2026, 3, 15));

        // when
        ComposedMail composed = composer.compose(mail);

        // then
        assertThat(composed.text()).contains(phrase);
        assertThat(composed.html().replaceAll("<[^>]+>", "")).contains(phrase);
    }

    @Test
    void subjectNamesApplicationAndStatus() {
        // given
        StatusMail mail = mail(ApplicationStatus.SUBMITTED, ORG_NAME, null, null, null);

        // when
        ComposedMail composed = composer.compose(mail);

        // then
        assertThat(composed.subject()).isEqualTo("【贯标认证奖励】申请 GB-2026-000001：已受理");
    }

    @Test
    void escapesUserSuppliedTextInHtml() {
        // given
        String hostile = "<script>alert(1)</script>";
        StatusMail mail = new StatusMail(APPLICATION_NO, hostile, "<b>张三</b>", ApplicationStatus.REJECTED,
                "<img src=x onerror=alert(2)>", null, LINK, null, LocalDateTime.of(2026, 3, 1, 9, 30));

        // when
        ComposedMail composed = composer.compose(mail);

        // then
        assertThat(composed.html())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;张三&lt;/b&gt;", "&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<script>", "<b>张三", "<img");
        assertThat(composed.text()).contains(hostile);
    }

    @Test
    void rejectionGivesTheReason() {
        // given
        StatusMail mail = mail(ApplicationStatus.REJECTED, ORG_NAME, "认证机构不在认可名单内", null, null);

        // when
        ComposedMail composed = composer.compose(mail);

        // then
        assertThat(composed.subject()).endsWith("：不予奖励");
        assertThat(composed.html()).contains("认证机构不在认可名单内");
        assertThat(composed.text()).contains("原因：认证机构不在认可名单内");
    }

    @Test
    void paymentGivesTheAmountPaid() {
        // given
        StatusMail mail = mail(ApplicationStatus.PAID, ORG_NAME, null, new BigDecimal("30000"), null);

        // when
        ComposedMail composed = composer.compose(mail);

        // then
        assertThat(composed.html()).contains("30,000.00 元");
        assertThat(composed.text()).contains("30,000.00 元");
    }

    @Test
    void correctionExplainsDeadlineAndThatItIsMadeThroughTheLink() {
        // given
        StatusMail mail = mail(ApplicationStatus.RETURNED_FOR_CORRECTION, ORG_NAME, "请补充2026年第一季度发票", null,
                LocalDate.of(2026, 3, 15));

        // when
        ComposedMail composed = composer.compose(mail);

        // then
        assertThat(composed.text())
                .contains("请补充2026年第一季度发票")
                .contains("请于 2026年3月15日（含）前通过下方链接进入申请状态页面")
                .contains("补正只能通过申请状态页面办理");
    }

    @Test
    void publicNoticeGivesAmountAndNoticeEnd() {
        // given
        StatusMail mail = mail(ApplicationStatus.IN_PUBLIC_NOTICE, ORG_NAME, null, new BigDecimal("12345.6"),
                LocalDate.of(2026, 4, 30));

        // when
        ComposedMail composed = composer.compose(mail);

        // then
        assertThat(composed.text()).contains("拟奖励金额：12,345.60 元", "公示截止日期：2026年4月30日（含）");
    }

    @Test
    void amountsAreNeverRoundedUp() {
        assertThat(StatusMailComposer.yuan(new BigDecimal("1234567.899"))).isEqualTo("1,234,567.89 元");
        assertThat(StatusMailComposer.yuan(new BigDecimal("0"))).isEqualTo("0.00 元");
    }

    @ParameterizedTest
    @EnumSource(StatusMail.Occasion.class)
    void backToPaidAfterASpotCheckIsNotWordedAsASecondPayment(StatusMail.Occasion occasion) {
        // given
        StatusMail mail = new StatusMail(APPLICATION_NO, ORG_NAME, "张三", ApplicationStatus.PAID, "抽查批次 SC-2026-01",
                new BigDecimal("30000"), LINK, null, LocalDateTime.of(2026, 3, 1, 9, 30), occasion);

        // when
        ComposedMail composed = composer.compose(mail);

        // then
        assertThat(composed.subject()).isEqualTo("【贯标认证奖励】申请 " + APPLICATION_NO + "：" + occasion.headline());
        for (String part : new String[] {composed.html(), composed.text()}) {
            assertThat(part).contains("监督抽查", "抽查批次 SC-2026-01", "本邮件不是新的拨付通知", LINK)
                    .doesNotContain("请注意查收");
            assertNoUnresolvedPlaceholder(part);
        }
    }

    private static StatusMail mail(ApplicationStatus status, String orgName, String reason, BigDecimal amount,
                                   LocalDate deadline) {
        return new StatusMail(APPLICATION_NO, orgName, "张三", status, reason, amount, LINK, deadline,
                LocalDateTime.of(2026, 3, 1, 9, 30));
    }

    private static void assertNoUnresolvedPlaceholder(String rendered) {
        assertThat(rendered)
                .doesNotContain("${", "#{", "*{", "[[", "[(", "[#", "[/]", "{{", "null", "??")
                .doesNotContainPattern("\\bth:"); // a Thymeleaf attribute, not the "th:" in "width:"
    }
}
