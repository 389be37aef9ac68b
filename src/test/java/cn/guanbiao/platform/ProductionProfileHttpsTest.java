package cn.guanbiao.platform;

import java.io.IOException;
import java.util.Map;

import org.camunda.bpm.spring.boot.starter.property.WebappProperty;
import org.camunda.bpm.webapp.impl.security.filter.CookieConfigurator;
import org.camunda.bpm.webapp.impl.security.filter.headersec.HttpHeaderSecurityFilter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.web.server.Cookie;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What config/application-postgres.yaml (production, behind https) makes of cookies and HSTS, read the way Spring Boot
 * reads it over config/application.yaml, without a database: Secure, SameSite=Lax and HttpOnly session cookies, a
 * Secure CSRF cookie, HSTS on the webapps and on the programme's own pages. The embedded default (plain http on
 * localhost) keeps none of the https-only settings.
 */
class ProductionProfileHttpsTest {

    @Test
    void productionSessionCookieIsSecureSameSiteAndHttpOnly() throws IOException {
        // given
        Binder production = Binder.get(environment(true));

        // when
        Cookie cookie = production.bindOrCreate("server", ServerProperties.class).getServlet().getSession().getCookie();

        // then
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.getHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo(Cookie.SameSite.LAX);
    }

    @Test
    void productionWebappsMarkTheirSessionAndCsrfCookiesSecureAndSameSite() throws IOException {
        // given
        WebappProperty webapp = Binder.get(environment(true)).bindOrCreate("camunda.bpm.webapp", WebappProperty.class);

        // when: the webapps' cookie filters configured as the starter configures them
        String session = configurator(webapp.getSessionCookie().getInitParams()).getConfig("JSESSIONID=1; Path=/");
        String csrf = configurator(webapp.getCsrf().getInitParams()).getConfig("XSRF-TOKEN=2; Path=/camunda");

        // then
        assertThat(session).contains("SameSite=Lax").contains("Secure");
        assertThat(csrf).contains("SameSite=Lax").contains("Secure");
    }

    @Test
    void productionWebappsSendHsts() throws Exception {
        // given
        WebappProperty webapp = Binder.get(environment(true)).bindOrCreate("camunda.bpm.webapp", WebappProperty.class);
        HttpHeaderSecurityFilter filter = new HttpHeaderSecurityFilter();
        filter.init(filterConfig(webapp.getHeaderSecurity().getInitParams()));
        MockHttpServletResponse response = new MockHttpServletResponse();

        // when
        filter.doFilter(new MockHttpServletRequest("GET", "/camunda/app/tasklist/"), response, new MockFilterChain());

        // then
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void productionTurnsOnHstsForTheProgrammesOwnPages() throws IOException {
        // when
        Boolean hsts = Binder.get(environment(true)).bind("app.security.hsts", Boolean.class).orElse(false);

        // then
        assertThat(hsts).isTrue();
    }

    @Test
    void embeddedDefaultKeepsCookiesUsableOverPlainHttpAndSendsNoHsts() throws Exception {
        // given
        Binder embedded = Binder.get(environment(false));
        WebappProperty webapp = embedded.bindOrCreate("camunda.bpm.webapp", WebappProperty.class);
        HttpHeaderSecurityFilter filter = new HttpHeaderSecurityFilter();
        filter.init(filterConfig(webapp.getHeaderSecurity().getInitParams()));
        MockHttpServletResponse response = new MockHttpServletResponse();

        // when
        filter.doFilter(new MockHttpServletRequest("GET", "/camunda/app/tasklist/"), response, new MockFilterChain());

        // then
        assertThat(embedded.bindOrCreate("server", ServerProperties.class).getServlet().getSession().getCookie().getSecure())
                .isNotEqualTo(Boolean.TRUE);
        assertThat(configurator(webapp.getSessionCookie().getInitParams()).getConfig("JSESSIONID=1")).doesNotContain("Secure");
        assertThat(configurator(webapp.getCsrf().getInitParams()).getConfig("XSRF-TOKEN=2")).doesNotContain("Secure");
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
        assertThat(embedded.bind("app.security.hsts", Boolean.class).orElse(false)).isFalse();
    }

    /** config/application.yaml, and over it config/application-postgres.yaml when the profile is active. */
    private static StandardEnvironment environment(boolean postgres) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        for (PropertySource<?> source : yaml.load("application.yaml", new FileSystemResource("config/application.yaml"))) {
            environment.getPropertySources().addLast(source);
        }
        if (postgres) {
            for (PropertySource<?> source : yaml.load("application-postgres.yaml",
                    new FileSystemResource("config/application-postgres.yaml"))) {
                environment.getPropertySources().addFirst(source);
            }
        }
        return environment;
    }

    private static CookieConfigurator configurator(Map<String, String> initParams) {
        CookieConfigurator configurator = new CookieConfigurator();
        configurator.parseParams(filterConfig(initParams));
        return configurator;
    }

    private static MockFilterConfig filterConfig(Map<String, String> initParams) {
        MockFilterConfig config = new MockFilterConfig();
        initParams.forEach(config::addInitParameter);
        return config;
    }
}
