package cn.guanbiao.platform;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import cn.guanbiao.notice.Objections;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 19, finding 4: the limits on posts without login hold however the URI spells the path. The rate limit counts
 * a post by the path Spring MVC routes it by, not by how the URI spells it. Each spelling is first shown to reach the controller on the running server (an empty body gets the
 * controller's own 400); then a client whose budget is spent on the plain path sends a valid post under that
 * spelling through the application's controllers behind the filter as the application registers it, with a budget
 * of 2 a minute (the test profile's own limit is too high to reach). The body limit is mapped by the servlet
 * container on the decoded path without parameters, so it holds on the running server as it is.
 */
@AwardSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPathSpellingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired WebApplicationContext context;
    @Autowired AwardDriver driver;
    @Autowired JdbcClient jdbc;
    @Autowired Objections objections;

    String callId;
    String inNotice;

    @BeforeAll
    void openACallWithAnApplicationInNotice() {
        String decided = driver.openCall("1000000").callId();
        inNotice = driver.submit(Applicants.enterprise(decided)).applicationNo();
        driver.passReviews(inNotice);
        driver.decideCall(decided);
        callId = driver.openCall("1000000").callId();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/applications;x", "/api/applications;jsessionid=1", "/api/%61pplications", "/api;x/applications"})
    void applicationBeyondTheLimitIsRefusedUnderAnySpellingAndNothingIsStored(String spelling) throws Exception {
        // given: the server routes the spelling to the intake...
        Response routed = new ApiClient(port).post(spelling, "{}");
        assertThat(routed.status()).as(routed.toString()).isEqualTo(400);
        assertThat(routed.errorFields()).contains("creditCode");
        // ...and a client has spent its budget on the plain path
        MockMvc limited = limitedTo(2);
        String client = newClient();
        for (int i = 0; i < 2; i++) {
            assertThat(send(limited, "/api/applications", Applicants.enterprise(callId), client).getResponse().getStatus())
                    .isEqualTo(201);
        }
        ObjectNode application = Applicants.enterprise(callId);

        // when
        MvcResult refused = send(limited, spelling, application, client);

        // then
        assertThat(refused.getResponse().getStatus()).as(refused.getResponse().getContentAsString()).isEqualTo(429);
        assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application WHERE credit_code = ?")
                .param(application.path("creditCode").asText()).query(Long.class).single()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/public/notices/{no}/objections;x", "/api/public/notices/{no}/%6Fbjections",
            "/api/public;jsessionid=1/notices/{no};x/objections"})
    void objectionBeyondTheLimitIsRefusedUnderAnySpellingAndNothingIsStored(String spelling) throws Exception {
        // given: the server routes the spelling to the objection desk...
        String path = spelling.replace("{no}", inNotice);
        Response routed = new ApiClient(port).post(path, "{}");
        assertThat(routed.status()).as(routed.toString()).isEqualTo(400);
        assertThat(routed.errorFields()).contains("reason");
        // ...and a client has spent its budget on the plain path
        MockMvc limited = limitedTo(2);
        String client = newClient();
        for (int i = 0; i < 2; i++) {
            MvcResult accepted = send(limited, "/api/public/notices/" + inNotice + "/objections", objection("异议" + i), client);
            assertThat(accepted.getResponse().getStatus()).as(accepted.getResponse().getContentAsString()).isEqualTo(202);
        }
        int onFile = objections.of(inNotice).size();

        // when
        MvcResult refused = send(limited, path, objection("换一种写法的异议"), client);

        // then
        assertThat(refused.getResponse().getStatus()).as(refused.getResponse().getContentAsString()).isEqualTo(429);
        assertThat(objections.of(inNotice)).hasSize(onFile)
                .noneSatisfy(o -> assertThat(o.reason()).isEqualTo("换一种写法的异议"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/applications;x", "/api/%61pplications", "/api/public/notices/GB-2026-000001/objections;x",
            "/api/public/complaints;jsessionid=1"})
    void bodyOverTheLimitIsRefusedUnderAnySpelling(String spelling) {
        // given: one byte more than app.request-body-limit (1 MiB)
        String body = "{\"reason\":\"" + "x".repeat(1024 * 1024) + "\"}";

        // when
        Response refused = new ApiClient(port).post(spelling, body);

        // then
        assertThat(refused.status()).as(refused.status() + " " + refused.contentType()).isEqualTo(413);
        assertThat(refused.body()).contains("提交的内容过大");
    }

    /** The application's controllers behind the rate limit as {@link RestAuthentication} registers it. */
    private MockMvc limitedTo(long perMinute) {
        FilterRegistrationBean<PublicRateLimit> registration = new RestAuthentication().publicRateLimit(perMinute);
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilter(registration.getFilter(), registration.getUrlPatterns().toArray(String[]::new)).build();
    }

    private static MvcResult send(MockMvc mvc, String path, JsonNode body, String client) throws Exception {
        return mvc.perform(post(URI.create(path)).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsBytes(body))
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                })).andReturn();
    }

    private static JsonNode objection(String reason) {
        return JSON.createObjectNode().put("reason", reason).put("contact", "13900000000");
    }

    private static String newClient() {
        return "10.19.4." + CLIENTS.incrementAndGet();
    }
}
