package org.porth.shared;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The business calendar, read once at start-up: a mistake in the bank holidays file stops the portal. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

    @Bean
    BusinessCalendar businessCalendar(CalendarProperties properties) {
        return new BusinessCalendar(BankHolidaysFile.read(properties.bankHolidays(), properties.region()),
                properties.officeOpens(), properties.officeCloses());
    }
}
