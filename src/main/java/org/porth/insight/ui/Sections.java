package org.porth.insight.ui;

import java.util.function.Consumer;

import org.porth.insight.Drill;
import org.porth.insight.Insight;
import org.porth.insight.InsightFilter;

/** What every part of the dashboard draws with: the figures, the filter chosen, names, words, and where a drill-down goes. */
abstract class Sections {

    protected final Insight insight;
    protected final InsightFilter filter;
    protected final Names names;
    protected final Words words;
    protected final Consumer<Drill> drillDown;

    Sections(Insight insight, InsightFilter filter, Names names, Words words, Consumer<Drill> drillDown) {
        this.insight = insight;
        this.filter = filter;
        this.names = names;
        this.words = words;
        this.drillDown = drillDown;
    }
}
