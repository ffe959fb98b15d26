package org.porth.devices.registry;

/**
 * What is wrong with one field of a {@link DeviceDraft}.
 *
 * @param field      one of {@link DeviceDraft#FIELDS}
 * @param messageKey the message in the {@code devices-registry} bundle
 * @param line       the CSV line it came from; 0 on the form
 */
public record DraftProblem(String field, String messageKey, int line) {

    public DraftProblem(String field, String messageKey) {
        this(field, messageKey, 0);
    }

    DraftProblem onLine(int number) {
        return new DraftProblem(field, messageKey, number);
    }
}
