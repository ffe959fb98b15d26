package org.porth.insight;

/**
 * Residents' answers to the satisfaction question for one service in a period (the GOV.UK user
 * satisfaction KPI): satisfied means "very satisfied" (5) or "satisfied" (4).
 *
 * @param scoreTotal the answers' scores added up, for the average
 */
public record SatisfactionFigure(String serviceId, long answers, long satisfied, long scoreTotal) {

    /** The share satisfied as a whole percentage; 0 when nobody answered. */
    public int satisfiedPercent() {
        return Percent.of(satisfied, answers);
    }

    /** The average score from 1 to 5, to one decimal place (half up); 0 when nobody answered. */
    public double averageScore() {
        return answers == 0 ? 0 : Math.round(scoreTotal * 10.0 / answers) / 10.0;
    }
}
