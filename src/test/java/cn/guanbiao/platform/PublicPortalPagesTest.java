package cn.guanbiao.platform;

import java.util.List;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.AwardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages wear the portal's frame from {@code app.site.*} and speak to people, not to developers. */
@AwardSpringTest
class PublicPortalPagesTest {

    static final List<String> PUBLIC_PAGES = List.of("/public/notices", "/public/complaints", "/public/spot-checks");

    @LocalServerPort int port;
    @Autowired SiteSettings site;
    @Autowired SpringTemplateEngine templates;

    @Test
    void everyPublicPageShowsTheConfiguredOfficeNavigationAndFooter() {
        for (String path : PUBLIC_PAGES) {
            // when
            ApiClient.Response page = new ApiClient(port).get(path);

            // then
            assertThat(page.status()).as(path).isEqualTo(200);
            String text = text(page.body());
            assertThat(text).as(path).contains(site.officeName(), site.programme(), "主办单位：" + site.sponsor(),
                    "联系电话：" + site.phone(), "地址：" + site.address(), "网站标识码：" + site.siteCode(), site.icp());
            assertThat(page.body()).as(path).contains("href=\"/public/notices\"", "href=\"/public/complaints\"",
                    "href=\"/public/spot-checks\"", "href=\"" + site.icpLink() + "\"", "<main", "class=\"skip-link\"");
            assertThat(page.body().split("aria-current=\"page\"", -1)).as(path + ": one page is the current one").hasSize(2);
        }
    }

    @Test
    void headerAndFooterComeFromTheSettingsNotFromTheTemplate() {
        // given: other settings than the configured ones
        SiteSettings other = new SiteSettings("某某市知识产权局", "某某奖励", "某某市市场监督管理局", "010-99999999",
                "某某市某某路 1 号", "1100000000", "京ICP备12345678号", "https://beian.miit.gov.cn/", "京公网安备 11000000000001号");
        Context context = new Context();
        context.setVariable("site", other);
        context.setVariable("campaigns", List.of());

        // when
        String text = text(templates.process("public/spot-checks", context));

        // then
        assertThat(text).contains("某某市知识产权局", "某某奖励", "主办单位：某某市市场监督管理局", "联系电话：010-99999999",
                "地址：某某市某某路 1 号", "网站标识码：1100000000", "京ICP备12345678号", "京公网安备 11000000000001号");
        assertThat(text).doesNotContain(site.sponsor() + "主办", site.phone());
    }

    @Test
    void publicPagesHaveNoPlaceholderOrDeveloperText() {
        for (String path : PUBLIC_PAGES) {
            String text = text(new ApiClient(port).get(path).body());
            assertThat(text).as(path).doesNotContain("…", "...", "POST", "JSON", "/api/");
        }
        assertThat(text(new ApiClient(port).get("/public/notices").body()))
                .contains("《国家知识产权局办公室关于规范知识产权管理体系贯标认证工作的通知》（国知办发运字〔2019〕34号）");
        assertThat(text(new ApiClient(port).get("/public/notices").body())).contains("投诉举报");
    }

    /** What a reader sees: the body without scripts, tags and repeated white space. */
    private static String text(String html) {
        String body = html.substring(Math.max(0, html.indexOf("<body")));
        return body.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", "")
                .replace("&amp;", "&").replaceAll("\\s*\n\\s*", "").replaceAll("\\s+", " ");
    }
}
