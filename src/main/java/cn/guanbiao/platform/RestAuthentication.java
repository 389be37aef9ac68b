package cn.guanbiao.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Who may call what: Camunda's REST API (open by default) and the programme's own admin pages require HTTP Basic;
 * officials reach only their work of the engine's REST resources ({@link EngineApiGate}).
 */
@Configuration
class RestAuthentication {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(
            @org.springframework.beans.factory.annotation.Value("${app.security.hsts:false}") boolean hsts) {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders(hsts));
        registration.setName("security-headers");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Failed logins per client address, in front of every login: the webapps' login form, HTTP Basic on the engine's
     * REST API, the programme's admin pages and APIs and the reviewers' attachment downloads. Before their
     * authentication, so that it sees their answer and a blocked address never reaches the password check.
     */
    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottle(
            @org.springframework.beans.factory.annotation.Value("${app.login.failures-per-address:20}") int maxFailures,
            @org.springframework.beans.factory.annotation.Value("${app.login.failure-window:PT15M}") Duration window,
            @org.springframework.beans.factory.annotation.Value("${app.login.address-block:PT15M}") Duration blockFor,
            Clock clock) {
        FilterRegistrationBean<LoginThrottle> registration =
                new FilterRegistrationBean<>(new LoginThrottle(maxFailures, window, blockFor, clock));
        registration.setName("login-throttle");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns(LoginThrottle.WEBAPP_LOGIN + "*", "/engine-rest/*", "/api/admin/*", "/admin/*",
                "/review/attachments/*");
        return registration;
    }

    /**
     * The admin pages and APIs change nothing at another site's request (HTTP Basic goes with any form post a browser
     * sends, e.g. an upload to the honour register); before the login, so such a request never reaches the password check.
     */
    @Bean
    FilterRegistrationBean<CrossSiteRequestGuard> crossSiteRequestGuard() {
        FilterRegistrationBean<CrossSiteRequestGuard> registration = new FilterRegistrationBean<>(new CrossSiteRequestGuard());
        registration.setName("cross-site-request-guard");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 2);
        registration.addUrlPatterns("/api/admin/*", "/admin/*");
        return registration;
    }

    /** What anyone may post without logging in is rate limited per client address. */
    @Bean
    FilterRegistrationBean<PublicRateLimit> publicRateLimit(
            @org.springframework.beans.factory.annotation.Value("${app.rate-limit.per-minute:30}") long perMinute) {
        FilterRegistrationBean<PublicRateLimit> registration = new FilterRegistrationBean<>(new PublicRateLimit(perMinute));
        registration.setName("public-rate-limit");
        registration.addUrlPatterns("/api/applications", "/api/applications/*", "/api/public/*");
        return registration;
    }

    /** ...and limited in size: JSON bodies of at most 1 MiB (uploads have the multipart limits). */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            @org.springframework.beans.factory.annotation.Value("${app.request-body-limit:1MB}") DataSize limit) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(Math.toIntExact(limit.toBytes())));
        registration.setName("request-body-limit");
        registration.addUrlPatterns("/api/applications", "/api/applications/*", "/api/public/*");
        return registration;
    }

    /** The programme's admin API: administrators only. */
    @Bean
    FilterRegistrationBean<EngineUserAuthentication> adminApiAuthentication(IdentityService identityService) {
        FilterRegistrationBean<EngineUserAuthentication> registration = new FilterRegistrationBean<>(
                new EngineUserAuthentication(identityService, "guanbiao-admin", Set.of(Groups.ADMIN)));
        registration.setName("admin-api-authentication");
        registration.addUrlPatterns("/api/admin/*");
        return registration;
    }

    /** The programme dashboard and reports: administrators and the municipal IP office. */
    @Bean
    FilterRegistrationBean<EngineUserAuthentication> reportAuthentication(IdentityService identityService) {
        FilterRegistrationBean<EngineUserAuthentication> registration = new FilterRegistrationBean<>(
                new EngineUserAuthentication(identityService, "guanbiao-reports", Set.of(Groups.ADMIN, Groups.MUNICIPAL_IP_OFFICE)));
        registration.setName("report-authentication");
        registration.addUrlPatterns("/admin/*");
        return registration;
    }
}
