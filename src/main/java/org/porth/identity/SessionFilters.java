package org.porth.identity;

import java.time.Clock;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The servlet filters of sign-in: one ahead of Spring Security, one behind it. */
@Configuration(proxyBeanMethods = false)
class SessionFilters {

    /** Ahead of Spring Security, so an idle session is gone before anyone reads its sign-in. */
    @Bean
    FilterRegistrationBean<IdleSessionFilter> idleSessionFilter(SessionTimeouts timeouts, Clock clock) {
        var registration = new FilterRegistrationBean<>(new IdleSessionFilter(timeouts, clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /** Behind Spring Security, so it knows who is signed in. */
    @Bean
    FilterRegistrationBean<LanguageChoiceFilter> languageChoiceFilter(CurrentUser currentUser,
            LanguagePreferences preferences) {
        var registration = new FilterRegistrationBean<>(new LanguageChoiceFilter(currentUser, preferences));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
