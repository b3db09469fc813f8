package jp.tsunagu.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine's REST API is never anonymous: every call authenticates with HTTP Basic against
 * Camunda's identity service, and the engine's authorization checks then apply to that user.
 */
@Configuration(proxyBeanMethods = false)
public class RestAuthenticationConfiguration {

    static final String REST_PATH = "/engine-rest/*";
    /** The engine API the web apps (Tasklist, Cockpit) call with their session. */
    static final String WEBAPP_ENGINE_PATH = "/camunda/api/engine/*";

    /** Ahead of authentication: a cross-site change is refused whoever it claims to be. */
    @Bean
    FilterRegistrationBean<CrossSiteRestFilter> crossSiteRestFilter() {
        FilterRegistrationBean<CrossSiteRestFilter> registration = new FilterRegistrationBean<>(new CrossSiteRestFilter());
        registration.setName("tsunagu-rest-cross-site");
        registration.addUrlPatterns(REST_PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Bodies Camunda would fail on with 500 (null, a variable without its value object) get 400. */
    @Bean
    FilterRegistrationBean<NullJsonRestFilter> nullJsonRestFilter() {
        FilterRegistrationBean<NullJsonRestFilter> registration = new FilterRegistrationBean<>(new NullJsonRestFilter());
        registration.setName("tsunagu-rest-null-json");
        registration.addUrlPatterns(REST_PATH, WEBAPP_ENGINE_PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CockpitApiFilter> cockpitApiFilter() {
        FilterRegistrationBean<CockpitApiFilter> registration = new FilterRegistrationBean<>(new CockpitApiFilter());
        registration.setName("tsunagu-cockpit-api");
        registration.addUrlPatterns(CockpitApiFilter.PATH);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-authentication");
        registration.addUrlPatterns(REST_PATH);
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }
}
