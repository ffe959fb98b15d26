package org.porth.insight;

/**
 * Which figures a manager asks for: a period and, optionally, one service, team, ward and channel
 * (null: all of them that the person may see).
 */
public record InsightFilter(Period period, String serviceId, String teamId, String ward, String channel) {

    public static InsightFilter of(Period period) {
        return new InsightFilter(period, null, null, null, null);
    }

    public InsightFilter withPeriod(Period other) {
        return new InsightFilter(other, serviceId, teamId, ward, channel);
    }

    public InsightFilter withService(String service) {
        return new InsightFilter(period, service, teamId, ward, channel);
    }

    public InsightFilter withTeam(String team) {
        return new InsightFilter(period, serviceId, team, ward, channel);
    }

    public InsightFilter withWard(String value) {
        return new InsightFilter(period, serviceId, teamId, value, channel);
    }

    public InsightFilter withChannel(String value) {
        return new InsightFilter(period, serviceId, teamId, ward, value);
    }
}
