package jp.tsunagu.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The paths of our own pages of ../shared/CONTRACTS.md and the home page; each answers 401
 * without login, or sends a browser to /login (which itself needs no login).
 */
@Configuration(proxyBeanMethods = false)
public class PageSecurityConfiguration {

    @Bean
    FilterRegistrationBean<PageAuthenticationFilter> pageAuthenticationFilter(IdentityService identity) {
        FilterRegistrationBean<PageAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new PageAuthenticationFilter(identity));
        registration.setName("tsunagu-page-authentication");
        registration.addUrlPatterns("/evacuation-plans/*", "/cases/*", "/reports/*", "/dashboard", "/search", "/audit",
                "/municipalities", "/municipalities/*", "/staff", "/staff/*", "/home", "/my-requests",
                "/settings/*");
        // 随時相談 and the administrator's kinds of regional activity (issue 20)
        registration.addUrlPatterns("/advice", "/advice/*", "/regional-activity-kinds", "/regional-activity-kinds/*");
        return registration;
    }
}
