package org.porth.booking.internal;

import java.util.function.Function;
import java.util.function.Supplier;

import org.porth.resident.Profile;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate transaction;

    RequestKeys(BookingRows rows, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @param who  the resident the booking is for, read in the booking's transaction
     * @param book makes the booking for them, with the request key
     */
    public BookingRow once(Supplier<Profile> who, String requestKey, Function<Profile, BookingRow> book) {
        if (requestKey == null || requestKey.isBlank() || requestKey.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A request key of 1 to " + MAX_LENGTH + " characters is needed");
        }
        try {
            // one transaction for the reads and the booking: a connection less to wait for in a rush
            return transaction.execute(status -> {
                Profile resident = who.get();
                return rows.byRequest(resident.id(), requestKey).orElseGet(() -> book.apply(resident));
            });
        } catch (DataIntegrityViolationException sameKeyAtOnce) {
            return rows.byRequest(who.get().id(), requestKey).orElseThrow(() -> sameKeyAtOnce);
        }
    }
}
