package cn.guanbiao.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.site.*}: who runs the public and applicant pages, as their header and footer show it (templates/fragments/site.html).
 *
 * @param officeName      the office in the header, e.g. 重庆市知识产权局
 * @param programme       the service's name under it, e.g. 知识产权管理体系贯标认证奖励
 * @param sponsor         主办单位 in the footer
 * @param phone           the public's contact phone
 * @param address         the office's postal address
 * @param siteCode        网站标识码 of the government website register (empty: not shown)
 * @param icp             ICP 备案号, e.g. 渝ICP备…号 (empty: not shown)
 * @param icpLink         where the ICP number links to (the MIIT register)
 * @param publicSecurity  公安机关备案号 (empty: not shown)
 */
@ConfigurationProperties("app.site")
public record SiteSettings(String officeName, String programme, String sponsor, String phone, String address,
        String siteCode, String icp, String icpLink, String publicSecurity) {
}
