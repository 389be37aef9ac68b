package cn.guanbiao.usertask;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class FormFieldsTest {

    private static final Clock TODAY_2025_06_30 = Clock.fixed(Instant.parse("2025-06-30T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static FormFields submitted(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable(anyString())).thenAnswer(call -> values.get(call.<String>getArgument(0)));
        return new FormFields(scope, TODAY_2025_06_30);
    }

    @Test
    void textIsStrippedAndRequiredTextNamesTheFieldAndWhy() {
        assertThat(submitted("note", "  好 ").text("note")).isEqualTo("好");
        assertThat(submitted().text("note")).isEmpty();
        assertThatThrownBy(() -> submitted("comment", " ").requiredText("comment", "决定理由", "：须说明理由"))
                .isInstanceOf(BadUserRequestException.class).hasMessage("请填写决定理由（comment）：须说明理由");
    }

    @Test
    void textLongerThanItsLimitIsRefusedCountingCharactersNotCodeUnits() {
        assertThat(submitted("note", "𠀀".repeat(3)).text("note", "备注", 3)).hasSize(6);
        assertThatThrownBy(() -> submitted("note", "字".repeat(4)).text("note", "备注", 3)).hasMessage("备注（note）不能超过 3 字");
    }

    @Test
    void numbersCountsAndScores() {
        assertThat(submitted("n", 12L).count("n", "数量")).isEqualTo(12);
        assertThatThrownBy(() -> submitted("n", "1.5").count("n", "数量")).hasMessage("数量（n）须为不小于 0 的整数");
        assertThatThrownBy(() -> submitted("n", "-1").number("n", "数量")).hasMessage("数量（n）不能为负数");
        assertThatThrownBy(() -> submitted().number("n", "数量")).hasMessage("请填写数量（n）");
        assertThat(submitted("score", "85.0").integer("score", "绩效评分", 0, 100)).isEqualTo(85);
        assertThatThrownBy(() -> submitted("score", 101L).integer("score", "绩效评分", 0, 100))
                .hasMessage("请填写绩效评分（score）：0 到 100 之间的整数");
    }

    @Test
    void sumsInYuan() {
        assertThat(submitted("rd", "10.5").yuan("rd", "研发投入")).isEqualTo(new BigDecimal("10.50"));
        assertThatThrownBy(() -> submitted("rd", "10.001").yuan("rd", "研发投入")).hasMessage("研发投入（rd）最多两位小数");
        BigDecimal paid = new BigDecimal("100.00");
        assertThat(submitted("amount", 100L).yuan("amount", "追回金额", paid)).isEqualTo(paid);
        assertThatThrownBy(() -> submitted("amount", "100.01").yuan("amount", "追回金额", paid)).hasMessage("追回金额（amount）不能超过 100.00 元");
        assertThatThrownBy(() -> submitted("amount", "0").yuan("amount", "追回金额", paid)).hasMessage("追回金额（amount）须大于零、最多两位小数");
        assertThatThrownBy(() -> submitted().yuan("amount", "追回金额", paid)).hasMessage("请填写追回金额（amount），单位为元");
    }

    @Test
    void pastDatesMayBeTodayNotLater() {
        assertThat(submitted("on", "2025-06-30T00:00:00").pastDate("on", "评价日期")).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThatThrownBy(() -> submitted("on", "2025-07-01").pastDate("on", "评价日期")).hasMessage("评价日期（on）不能晚于今天");
        assertThatThrownBy(() -> submitted("on", "昨天").pastDate("on", "评价日期")).hasMessage("请填写评价日期（on，如 2024-05-10）");
    }

    @Test
    void choicesYesOrNoAndChecklists() {
        assertThat(submitted("grade", "二级").choice("grade", "评价等级", List.of("一级", "二级"), "")).isEqualTo("二级");
        assertThatThrownBy(() -> submitted("grade", "六级").choice("grade", "评价等级", List.of("一级", "二级"), ""))
                .hasMessage("请选择评价等级（grade）：一级、二级");
        assertThat(submitted("yes", "false").yesOrNo("yes", "是否参加")).isFalse();
        assertThatThrownBy(() -> submitted().yesOrNo("yes", "是否参加")).hasMessage("请选择是否参加（yes）");
        assertThat(submitted("codes", "[\" A \",\"B\"]").checked("codes", "名单", "信用代码")).isEqualTo(Set.of("A", "B"));
        assertThat(submitted("codes", List.of("A")).checked("codes", "名单", "信用代码")).containsExactly("A");
        assertThatThrownBy(() -> submitted("codes", "{}").checked("codes", "名单", "信用代码")).hasMessage("名单（codes）须为信用代码的列表");
    }
}
