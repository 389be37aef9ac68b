package cn.guanbiao.document;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code app.documents.*}: the official documents (PDF) the office issues.
 * <ul>
 * <li>{@code issuer}: the issuing office printed on every document, e.g. {@code 重庆市知识产权局};</li>
 * <li>{@code fonts}: TrueType fonts (.ttf, or .ttc: its first face) with Chinese glyphs, comma-separated, tried in
 * this order; the first that exists is embedded in every document;</li>
 * <li>{@code award-prefix}, {@code rejection-prefix}, {@code notice-prefix}: the 文号 prefixes of 奖励决定 / 拨付通知,
 * 不予奖励决定 and 拟奖励名单公示, e.g. {@code 渝知奖} gives {@code 渝知奖〔2026〕3号}.</li>
 * </ul>
 */
@Component
public class DocumentSettings {

    static final String DEFAULT_FONTS = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,"
            + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,/usr/share/fonts/truetype/arphic/uming.ttc,"
            + "C:/Windows/Fonts/simsun.ttc,/Library/Fonts/Arial Unicode.ttf";

    private final String issuer;
    private final List<Path> fonts;
    private final String awardPrefix;
    private final String rejectionPrefix;
    private final String noticePrefix;

    DocumentSettings(@Value("${app.documents.issuer:重庆市知识产权局}") String issuer,
            @Value("${app.documents.fonts:" + DEFAULT_FONTS + "}") String fonts,
            @Value("${app.documents.award-prefix:渝知奖}") String awardPrefix,
            @Value("${app.documents.rejection-prefix:渝知不奖}") String rejectionPrefix,
            @Value("${app.documents.notice-prefix:渝知公}") String noticePrefix) {
        this.issuer = issuer;
        this.fonts = Arrays.stream(fonts.split(",")).map(String::strip).filter(f -> !f.isEmpty()).map(Path::of).toList();
        this.awardPrefix = awardPrefix;
        this.rejectionPrefix = rejectionPrefix;
        this.noticePrefix = noticePrefix;
    }

    public String issuer() {
        return issuer;
    }

    public List<Path> fonts() {
        return fonts;
    }

    public String awardPrefix() {
        return awardPrefix;
    }

    public String rejectionPrefix() {
        return rejectionPrefix;
    }

    public String noticePrefix() {
        return noticePrefix;
    }
}
