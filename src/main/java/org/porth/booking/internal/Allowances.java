package org.porth.booking.internal;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each household has used of a resource group's limit in a period, counted the way slot
 * places are ({@link SlotCounters}): a row made if absent, then a conditional update, so that two
 * people of one household booking at the same moment cannot both pass the limit.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Allowances {

    private final JdbcClient jdbc;

    Allowances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Uses one of the household's bookings in the period; false, changing nothing, if none are left. */
    boolean take(String group, String household, LocalDate period, int allowed) {
        jdbc.sql("""
                insert into booking_allowance (resource_group, household, period_start, used)
                values (?, ?, ?, 0) on conflict do nothing""").params(group, household, period).update();
        return jdbc.sql("""
                update booking_allowance set used = used + 1
                where resource_group = ? and household = ? and period_start = ? and used < ?""")
                .params(group, household, period, allowed).update() == 1;
    }

    void release(String group, String household, LocalDate period) {
        jdbc.sql("""
                update booking_allowance set used = used - 1
                where resource_group = ? and household = ? and period_start = ? and used > 0""")
                .params(group, household, period).update();
    }
}
