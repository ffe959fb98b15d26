package org.porth.booking.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.porth.resident.ResidentId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Makes a booking once per resident and request key: a retried confirm (a double click, a lost
 * response) gets the booking the first one made. The database holds the key unique per resident, so
 * two tries at the same moment cannot both book: the second's transaction fails and is rolled back,
 * places and all, and it answers with the first's booking.
 */
@Component
public class RequestKeys {

    public static final int MAX_LENGTH = 100;

    private final BookingRows rows;

    RequestKeys(BookingRows rows) {
        this.rows = rows;
    }

    public BookingRow once(ResidentId resident, String requestKey, Supplier<BookingRow> book) {
        if (requestKey == null || requestKey.isBlank() || requestKey.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A request key of 1 to " + MAX_LENGTH + " characters is needed");
        }
        Optional<BookingRow> done = rows.byRequest(resident, requestKey);
        if (done.isPresent()) {
            return done.get();
        }
        try {
            return book.get();
        } catch (DataIntegrityViolationException sameKeyAtOnce) {
            return rows.byRequest(resident, requestKey).orElseThrow(() -> sameKeyAtOnce);
        }
    }
}
