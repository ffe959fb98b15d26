package org.porth.identity;

/**
 * Whether demo accounts, whose passwords are published, can sign in to this portal (the embedded
 * sign-in provider's). While they can, every page says so (decision 0024).
 */
public final class DemoAccounts {

    static final DemoAccounts NONE = new DemoAccounts(false);

    private final boolean exist;

    private DemoAccounts(boolean exist) {
        this.exist = exist;
    }

    /** For the embedded provider, which has the accounts. */
    public static DemoAccounts of(int count) {
        return count > 0 ? new DemoAccounts(true) : NONE;
    }

    public boolean exist() {
        return exist;
    }
}
