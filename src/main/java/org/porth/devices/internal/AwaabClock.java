package org.porth.devices.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.porth.casework.SignalCaseEntries;
import org.porth.devices.AwaabStep;
import org.porth.devices.AwaabStep.Kind;
import org.porth.shared.BusinessCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The due dates of Awaab's Law (decision 0041). Porth counts the landlord as aware when a sensor's
 * alert reaches it: emergency hazards are investigated and made safe within 24 hours (clock hours);
 * significant ones investigated within 10 working days; from the investigation, the written summary
 * within 3 working days, safety work within 5 and further work started within 12 weeks. Working days
 * are the council's business calendar's (weekends and bank holidays do not count).
 */
@Component
public class AwaabClock {

    static final Duration EMERGENCY = Duration.ofHours(24);
    static final Duration FURTHER_WORK = Duration.ofDays(7 * 12);

    private final JdbcClient jdbc;
    private final BusinessCalendar calendar;
    private final SignalCaseEntries entries;
    private final Clock clock;

    AwaabClock(JdbcClient jdbc, BusinessCalendar calendar, SignalCaseEntries entries, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.entries = entries;
        this.clock = clock;
    }

    /** Starts the clock of a new case: the landlord became aware now. */
    void start(String caseReference, String severity) {
        Instant aware = clock.instant();
        if ("emergency".equals(severity)) {
            add(caseReference, Kind.MAKE_SAFE, aware.plus(EMERGENCY));
            add(caseReference, Kind.INVESTIGATE, aware.plus(EMERGENCY));
        } else {
            add(caseReference, Kind.INVESTIGATE, calendar.addWorkingDays(aware, 10));
        }
    }

    public List<AwaabStep> steps(String caseReference) {
        return jdbc.sql("select step, due_at, done_at, done_by from awaab_step where case_reference = ?")
                .param(caseReference)
                .query((row, n) -> new AwaabStep(Kind.valueOf(row.getString("step")), row.getTimestamp("due_at").toInstant(),
                        row.getTimestamp("done_at") == null ? null : row.getTimestamp("done_at").toInstant(),
                        row.getString("done_by")))
                .list().stream().sorted(java.util.Comparator.comparing(AwaabStep::step)).toList();
    }

    /** Records a step done (once: recording it again changes nothing); after the investigation, the rest fall due. */
    public void done(String caseReference, Kind step, String officer) {
        Instant now = clock.instant();
        int recorded = jdbc.sql("""
                update awaab_step set done_at = ?, done_by = ? where case_reference = ? and step = ? and done_at is null""")
                .params(SignalStore.at(now), officer, caseReference, step.name()).update();
        if (recorded == 0) {
            if (steps(caseReference).stream().noneMatch(one -> one.step() == step)) {
                throw new IllegalArgumentException("Case " + caseReference + " has no Awaab's Law step " + step);
            }
            return;
        }
        if (step == Kind.INVESTIGATE) {
            add(caseReference, Kind.WRITTEN_SUMMARY, calendar.addWorkingDays(now, 3));
            add(caseReference, Kind.SAFETY_WORK, calendar.addWorkingDays(now, 5));
            add(caseReference, Kind.FURTHER_WORK, now.plus(FURTHER_WORK));
        }
        entries.addIfOpen(caseReference, "Awaab's Law: " + step + " done by " + officer);
    }

    private void add(String caseReference, Kind step, Instant due) {
        jdbc.sql("insert into awaab_step (case_reference, step, due_at) values (?, ?, ?) on conflict do nothing")
                .params(caseReference, step.name(), SignalStore.at(due)).update();
        entries.addIfOpen(caseReference, "Awaab's Law: " + step + " due by " + due);
    }
}
