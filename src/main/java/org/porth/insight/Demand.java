package org.porth.insight;

/**
 * Demand counted for one group (a day, a service, a channel, a ward or a team): new requests and
 * the contacts that chase or reopen one, and how much of it is failure demand (decision 0054).
 *
 * @param requests     new requests, of which {@code failureRequests} were duplicates, repeats or asked again
 * @param chasers      residents' messages chasing a request
 * @param reopens      cases reopened because the outcome did not solve the problem
 * @param contacts     calls and visits staff recorded with a reason that is failure demand
 */
public record Demand(String key, long requests, long failureRequests, long chasers, long reopens, long contacts) {

    /** Nothing counted under the key. */
    public static Demand none(String key) {
        return new Demand(key, 0, 0, 0, 0, 0);
    }

    /** Every request and contact. */
    public long total() {
        return requests + chasers + reopens + contacts;
    }

    public long failure() {
        return failureRequests + chasers + reopens + contacts;
    }

    /** This and the other counted together, under this one's key. */
    public Demand plus(Demand other) {
        return new Demand(key, requests + other.requests, failureRequests + other.failureRequests,
                chasers + other.chasers, reopens + other.reopens, contacts + other.contacts);
    }

    public long value() {
        return total() - failure();
    }

    /** Failure demand as a whole percentage of all demand; 0 when there was none. */
    public int failurePercent() {
        return Percent.of(failure(), total());
    }
}
