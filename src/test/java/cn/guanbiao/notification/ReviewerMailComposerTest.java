package cn.guanbiao.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewerMailComposerTest {

    private final ReviewerMailComposer composer = new ReviewerMailComposer();

    @ParameterizedTest
    @EnumSource(ReviewerMail.Kind.class)
    void everyKindRendersEveryFieldWithNoPlaceholderLeft(ReviewerMail.Kind kind) {
        // given
        ReviewerMail mail = new ReviewerMail(kind, "王敏", "区县初审", "GB-2026-000123", "重庆<b>某某</b>科技有限公司",
                LocalDateTime.of(2026, 12, 4, 0, 0), "http://localhost:8080/camunda/app/tasklist/default/#/?task=abc");

        // when
        ComposedMail composed = composer.compose(mail);

        // then
        assertThat(composed.subject()).contains(kind.headline()).contains("区县初审").contains("GB-2026-000123");
        for (String part : new String[] {composed.html(), composed.text()}) {
            assertThat(part).contains("王敏", "区县初审", "GB-2026-000123", "2026年12月3日（含）",
                    "http://localhost:8080/camunda/app/tasklist/default/#/?task=abc");
            assertThat(part).doesNotContain("${", "[[", "[(", " th:", "null", "00:00", "12月4日");
        }
        assertThat(composed.html()).contains("重庆&lt;b&gt;某某&lt;/b&gt;科技有限公司").doesNotContain("<b>某某");
        assertThat(composed.text()).contains(switch (kind) {
            case NEW_TASK -> "新的审核任务";
            case DUE_SOON -> "即将到期";
            case OVERDUE -> "已超过办理期限";
        });
    }

    @Test
    void theDigestListsEveryTaskWithItsLinkAndLeavesOutWhatATaskLacks() {
        // given
        ReviewerDigestMail mail = new ReviewerDigestMail("王敏", LocalDate.of(2026, 12, 8), List.of(
                new ReviewerDigestMail.NewTask("区县初审", "GB-2026-000123", "重庆<b>某某</b>科技有限公司",
                        LocalDateTime.of(2026, 12, 22, 0, 0), "http://localhost:8080/camunda/app/tasklist/default/#/?task=abc"),
                new ReviewerDigestMail.NewTask("审核奖励名单", "PC-2026-01", null, null,
                        "http://localhost:8080/camunda/app/tasklist/default/#/?task=def")),
                "http://localhost:8080/camunda/app/tasklist/default/");

        // when
        ComposedMail composed = composer.compose(mail);

        // then
        assertThat(composed.subject()).isEqualTo("【贯标认证奖励】新的审核任务汇总（2026年12月8日）：共2项");
        for (String part : new String[] {composed.html(), composed.text()}) {
            assertThat(part).contains("王敏", "新增以下2项您可认领办理的审核任务", "区县初审", "GB-2026-000123", "2026年12月21日（含）",
                    "#/?task=abc", "审核奖励名单", "PC-2026-01", "#/?task=def");
            assertThat(part).doesNotContain("${", "[[", "[(", " th:", "null", "00:00");
        }
        assertThat(composed.html()).contains("重庆&lt;b&gt;某某&lt;/b&gt;科技有限公司").doesNotContain("<b>某某");
        assertThat(composed.text()).containsOnlyOnce("办理期限");
    }
}
