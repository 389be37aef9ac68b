package cn.guanbiao.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The link in every e-mail: the application's status page, opened with its tracking token. */
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
    public String evaluationPage(Application application) {
        return page(application.applicationNo(), application.trackingToken(), "/evaluation");
    }

    private String page(String applicationNo, String trackingToken, String suffix) {
        return baseUrl + "/applications/" + applicationNo + suffix + "#token="
                + URLEncoder.encode(trackingToken, StandardCharsets.UTF_8);
    }
}
