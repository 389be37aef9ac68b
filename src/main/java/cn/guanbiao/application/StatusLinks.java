package cn.guanbiao.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The links in the applicant's e-mails: the status page and the evaluation page, opened with the tracking token. */
@Component
public class StatusLinks {

    private final String baseUrl;

    public StatusLinks(@Value("${app.public-base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String statusPage(String applicationNo, String trackingToken) {
        return page(applicationNo, trackingToken, "");
    }

    /** Where the unit reports its IP indicators for the performance evaluation. */
    public String evaluationPage(String applicationNo, String trackingToken) {
        return page(applicationNo, trackingToken, "/evaluation");
    }

    private String page(String applicationNo, String trackingToken, String suffix) {
        return baseUrl + "/applications/" + applicationNo + suffix + "#token="
                + URLEncoder.encode(trackingToken, StandardCharsets.UTF_8);
    }
}
