package org.porth.booking.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.porth.shared.AfterCommit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slots this node found full in the last moment ({@code porth.booking.full-slot-memory}, a second),
 * with the free times it offered instead: when a popular slot fills, the crowd still asking for it
 * is told so without queueing for a connection to count its places again. Only refusals come from
 * here, so it can never let a slot over capacity; a place given back on this node is forgotten
 * here once committed, and one given back on another node reads as taken for at most that moment.
 */
@Component
public class FullSlots {

    private record Full(long slotId, List<LocalDateTime> nearest, Instant until) {
    }

    private record Key(String resourceId, LocalDateTime start) {
    }

    private final Map<Key, Full> full = new ConcurrentHashMap<>();
    private final Duration memory;

    FullSlots(@Value("${porth.booking.full-slot-memory:1s}") Duration memory) {
        this.memory = memory;
    }

    /** The free times to offer instead, if the slot was found full a moment ago. */
    Optional<List<LocalDateTime>> nearestIfFull(String resourceId, LocalDateTime start, Instant now) {
        Key key = new Key(resourceId, start);
        Full found = full.get(key);
        if (found == null) {
            return Optional.empty();
        }
        if (!found.until().isAfter(now)) {
            full.remove(key, found);
            return Optional.empty();
        }
        return Optional.of(found.nearest());
    }

    void found(String resourceId, LocalDateTime start, long slotId, List<LocalDateTime> nearest, Instant now) {
        if (!memory.isZero()) {
            full.put(new Key(resourceId, start), new Full(slotId, List.copyOf(nearest), now.plus(memory)));
        }
    }

    /** The slot may have a place again: forgotten once the transaction that freed it commits. */
    void mayHaveSpace(long slotId) {
        AfterCommit.run(() -> full.values().removeIf(entry -> entry.slotId() == slotId));
    }

    /** Every slot of the resource may have places again (its capacity changed). */
    void mayHaveSpace(String resourceId) {
        AfterCommit.run(() -> full.keySet().removeIf(key -> key.resourceId().equals(resourceId)));
    }
}
