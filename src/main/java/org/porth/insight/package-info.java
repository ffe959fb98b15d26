/**
 * Insight for the people who run services (issue 18): roll-ups kept current from casework's events
 * and rebuilt from the cases by a job (decision 0053), residents' satisfaction from apply's answers,
 * failure demand as decision 0054 defines it,
 * and the managers' dashboard at {@code /staff/insight}. Forecasts ({@code insight.forecast}) and demo
 * data ({@code insight.demo}) are sub-packages of their own.
 */
@ApplicationModule(displayName = "Insight", allowedDependencies = {"apply", "casework", "catalogue", "identity", "shared", "shell"})
package org.porth.insight;

import org.springframework.modulith.ApplicationModule;
