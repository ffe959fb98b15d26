package org.porth.catalogue;

/** A service's start page: what you need, how long it takes, what happens next. */
public record StartPage(Text whatYouNeed, Text howLong, Text whatHappensNext) {
}
