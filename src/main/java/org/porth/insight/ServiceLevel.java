package org.porth.insight;

/** Open cases of one service in one team, by how they stand against their service level. */
public record ServiceLevel(String serviceId, String teamId, long onTrack, long atRisk, long breached) {

    public long open() {
        return onTrack + atRisk + breached;
    }

    public int withinTargetPercent() {
        return Percent.of(onTrack, open());
    }
}
