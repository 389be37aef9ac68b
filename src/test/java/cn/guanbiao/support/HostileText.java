package cn.guanbiao.support;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markup in the free-text fields of a valid application ({@code orgName}, {@code contactName}, {@code certificateNo},
 * an {@code invoiceNo}) and in reviewers' and objectors' comments: valid input, to be shown as the text it is.
 */
public final class HostileText {

    public static final String SCRIPT = "<script>alert(1)</script>";
    public static final String IMG = "<img src=x onerror=alert(1)>";
    public static final String QUOTES = "\"'&";

    /** Every piece of markup above, in the form it must never reach an HTML page unescaped. */
    public static final List<String> MARKUP = List.of(SCRIPT, IMG);

    public static final String ORG_NAME = "重庆" + SCRIPT + IMG + QUOTES + "科技有限公司";
    public static final String CONTACT_NAME = "张三" + IMG;
    public static final String COMMENT = "请补充发票" + SCRIPT + IMG + QUOTES;

    private HostileText() {
    }

    /** A valid application of 渝北区 whose free-text fields all carry markup; the invoice number stays unique. */
    public static ObjectNode application(String callId) {
        ObjectNode json = Applicants.enterprise(callId);
        json.put("orgName", ORG_NAME);
        json.put("contactName", CONTACT_NAME);
        json.put("certificateNo", "165IP" + QUOTES + SCRIPT);
        ObjectNode fee = (ObjectNode) json.path("certificationFees").get(0);
        fee.put("invoiceNo", fee.path("invoiceNo").asText() + IMG);
        return json;
    }

    public static String invoiceNoOf(ObjectNode application) {
        return application.path("certificationFees").get(0).path("invoiceNo").asText();
    }

    /** The text as an HTML page must carry it: {@code <}, {@code >}, {@code &}, {@code "} and {@code '} escaped. */
    public static String escaped(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    /** The page holds each text escaped and none of the markup raw. */
    public static void assertShownEscaped(String html, String... texts) {
        for (String text : texts) {
            assertThat(html).as("escaped %s", text).contains(escaped(text));
        }
        for (String markup : MARKUP) {
            assertThat(html).as("raw %s", markup).doesNotContain(markup);
        }
        assertThat(html).doesNotContain(QUOTES);
    }
}
