package org.porth.casework;

/**
 * How a list of cases is sorted: by an order, forwards (as {@link CaseOrder} describes it) or
 * reversed (e.g. the least urgent, the latest due, the newest first).
 */
public record CaseSort(CaseOrder order, boolean reversed) {

    /** The most urgent first, then the soonest due. */
    public static final CaseSort DEFAULT = new CaseSort(CaseOrder.URGENCY, false);

    public CaseSort {
        if (order == null) {
            throw new IllegalArgumentException("A sort needs an order");
        }
    }
}
