package org.porth.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole portal, in the council's time zone, so tests can fix the time. It ticks in
 * microseconds, as the databases keep time, so a time shown or returned is the time that reads back.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.tick(Clock.system(UK), Duration.ofNanos(1_000));
    }
}
