package org.porth.booking.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.porth.booking.SlotTime;

/**
 * Slots no test has used yet, from the day after tomorrow on, so that tests sharing a database
 * never meet in a slot. Bank holidays are passed over, as the schedule closes them.
 */
public final class FreshSlots {

    private static final Map<String, Integer> HANDED_OUT = new ConcurrentHashMap<>();

    private final Schedule schedule;
    private final ResourceRegistry resources;

    public FreshSlots(Schedule schedule, ResourceRegistry resources) {
        this.schedule = schedule;
        this.resources = resources;
    }

    /** The next unused slot of the resource. */
    public SlotTime next(String resourceId) {
        return next(resourceId, 1).getFirst();
    }

    /** The next {@code count} unused slots of the resource, in time order (possibly on several days). */
    public synchronized List<SlotTime> next(String resourceId, int count) {
        List<SlotTime> slots = new ArrayList<>();
        int skip = HANDED_OUT.getOrDefault(resourceId, 0);
        int seen = 0;
        for (LocalDate date = LocalDate.now(Schedule.ZONE).plusDays(2); slots.size() < count; date = date.plusDays(1)) {
            for (Schedule.Slot slot : schedule.slotsOn(resources.get(resourceId), date)) {
                if (seen++ >= skip && slots.size() < count) {
                    slots.add(new SlotTime(resourceId, slot.start()));
                }
            }
        }
        HANDED_OUT.put(resourceId, skip + count);
        return slots;
    }
}
