package org.porth.insight;

/** How old an open case is, in working days since the day it came in (weekends and bank holidays not counted). */
public enum AgeBand {
    UP_TO_2(0, 2),
    UP_TO_5(3, 5),
    UP_TO_10(6, 10),
    UP_TO_20(11, 20),
    OVER_20(21, Integer.MAX_VALUE);

    private final int least;
    private final int most;

    AgeBand(int least, int most) {
        this.least = least;
        this.most = most;
    }

    public static AgeBand of(int workingDays) {
        for (AgeBand band : values()) {
            if (workingDays <= band.most) {
                return band;
            }
        }
        throw new IllegalArgumentException("No age band for " + workingDays + " working days");
    }

    public int least() {
        return least;
    }

    public int most() {
        return most;
    }
}
