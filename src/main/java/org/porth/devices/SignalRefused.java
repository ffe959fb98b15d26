package org.porth.devices;

/**
 * A signal Porth does not take, and why: nothing of it is stored. The code names the problem for
 * clients ({@code unknown-device}, {@code unknown-condition}, {@code wrong-unit}, {@code bad-value},
 * {@code emergency-alarm}); the message says it in words.
 */
public class SignalRefused extends IllegalArgumentException {

    private final String code;

    public SignalRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
