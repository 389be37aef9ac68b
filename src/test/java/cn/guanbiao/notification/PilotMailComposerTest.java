package cn.guanbiao.notification;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The e-mails to a piloted enterprise's contact person, in Chinese, HTML and text. */
class PilotMailComposerTest {

    private final PilotMailComposer composer = new PilotMailComposer();

    @Test
    void enterpriseOnTheListIsToldWhatToDoOnTheNationalPlatform() {
        ComposedMail mail = composer.compose(new PilotMail(PilotMail.Kind.PILOTED, "重庆某某科技有限公司", "王联络", 2024,
                "渝北区知识产权局", null), LocalDate.of(2024, 4, 1));

        assertThat(mail.subject()).isEqualTo("【创新管理国际标准试点】重庆某某科技有限公司：已列入创新管理知识产权国际标准实施试点");
        assertThat(mail.text()).startsWith("王联络：").contains("已列入 2024 年", "https://www.tc554.org.cn", "初始测评",
                "分级评价", "告知渝北区知识产权局", "2024年4月1日");
        assertThat(mail.html()).contains("王联络：", "重庆某某科技有限公司", "https://www.tc554.org.cn", "渝北区知识产权局");
    }

    @Test
    void yearlyDataIsAskedForWithItsDeadline() {
        ComposedMail mail = composer.compose(new PilotMail(PilotMail.Kind.REPORT_DATA, "重庆某某科技有限公司", null, 2024,
                "渝北区知识产权局", LocalDate.of(2025, 3, 31)), LocalDate.of(2025, 1, 2));

        assertThat(mail.subject()).isEqualTo("【创新管理国际标准试点】重庆某某科技有限公司：请填报2024年度知识产权和创新数据");
        assertThat(mail.text()).startsWith("企业联系人：").contains("2024 年度", "2025年3月31日（含）前", "国家知识产权优势示范企业评选")
                .doesNotContain("null");
        assertThat(mail.html()).contains("2025年3月31日（含）").doesNotContain("null");
    }
}
