package cn.guanbiao.notification;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintMailComposerTest {

    private final ComplaintMailComposer composer = new ComplaintMailComposer();

    @ParameterizedTest
    @EnumSource(ComplaintMail.Outcome.class)
    void everyOutcomeRendersEveryFieldWithNoPlaceholderLeft(ComplaintMail.Outcome outcome) {
        // given
        ComplaintMail mail = new ComplaintMail("TS-2026-000042", "李四", "重庆<b>某某</b>科技有限公司（申请编号 GB-2026-000007）获得的贯标认证奖励",
                LocalDateTime.of(2026, 3, 1, 9, 30), outcome, "经现场核实，<i>审核记录</i>系代写。\n第二行。",
                LocalDateTime.of(2026, 3, 10, 16, 0));

        // when
        ComposedMail composed = composer.compose(mail);

        // then
        assertThat(composed.subject()).contains("TS-2026-000042").contains(outcome.headline());
        for (String part : new String[] {composed.html(), composed.text()}) {
            assertThat(part).contains("李四", "TS-2026-000042", "2026年3月1日 09:30", "2026年3月10日", "GB-2026-000007", "第二行。");
            assertThat(part).doesNotContain("${", "[[", "[(", " th:", "null");
        }
        assertThat(composed.html()).contains("重庆&lt;b&gt;某某&lt;/b&gt;科技有限公司").doesNotContain("<b>某某")
                .contains("&lt;i&gt;审核记录&lt;/i&gt;");
        assertThat(composed.text()).contains(switch (outcome) {
            case CONFIRMED_AWARD -> "已依法启动追回该单位奖励资金的程序";
            case CONFIRMED_UNPAID_AWARD -> "该单位的本次申请不予奖励，奖励资金不予拨付";
            case CONFIRMED_BODY -> "记入该认证机构的问题记录";
            case UNFOUNDED -> "不属实";
        });
    }

    @Test
    void complainantWithoutANameIsAddressedAsComplainant() {
        // given
        ComplaintMail mail = new ComplaintMail("TS-2026-000043", null, "认证机构“中知（北京）认证有限公司”",
                LocalDateTime.of(2026, 3, 1, 9, 30), ComplaintMail.Outcome.UNFOUNDED, "查无实据。", LocalDateTime.of(2026, 3, 2, 9, 0));

        // when
        ComposedMail composed = composer.compose(mail);

        // then
        assertThat(composed.text()).startsWith("投诉举报人：");
        assertThat(composed.html()).contains("投诉举报人：");
    }
}
