package org.porth.channels;

/** A client's new secret, shown to the administrator once and never again: only its hash is kept. */
public record IssuedSecret(String clientId, String secret) {

    @Override
    public String toString() {
        return "IssuedSecret[clientId=" + clientId + ", secret=(hidden)]";
    }
}
