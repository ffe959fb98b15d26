package org.porth.insight;

/** Shares as whole percentages, rounded half up, as the dashboard shows and the tests count them. */
public final class Percent {

    private Percent() {
    }

    public static int of(long part, long whole) {
        return whole == 0 ? 0 : (int) ((part * 200 + whole) / (2 * whole));
    }
}
