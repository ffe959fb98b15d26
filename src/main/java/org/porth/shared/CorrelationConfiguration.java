package org.porth.shared;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;

/** Correlation ids for requests (first of all filters, so security's log lines carry one too) and for tasks. */
@Configuration(proxyBeanMethods = false)
class CorrelationConfiguration {

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Boot applies it to the executor behind the asynchronous event listeners and to the job scheduler. */
    @Bean
    TaskDecorator correlatedTasks() {
        return new CorrelatedTasks();
    }
}
