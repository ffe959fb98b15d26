package org.porth.identity;

import java.util.HashMap;
import java.util.Map;

/**
 * The names of some members of staff, by account id, from the {@link StaffDirectory}. An account it
 * does not know (nobody has signed in with it yet) is shown by its id, so nobody ever disappears.
 */
public record StaffNames(Map<String, String> byAccount) {

    public static final StaffNames NONE = new StaffNames(Map.of());

    public StaffNames {
        byAccount = Map.copyOf(byAccount);
    }

    /** These names and the other's, e.g. to add the officers of another page of cases. */
    public StaffNames and(StaffNames other) {
        Map<String, String> both = new HashMap<>(byAccount);
        both.putAll(other.byAccount);
        return new StaffNames(both);
    }

    /** The name to show for the account: e.g. "Cara Jones", or "staff:cara" when unknown; null for null. */
    public String of(String accountId) {
        return accountId == null ? null : byAccount.getOrDefault(accountId, accountId);
    }

    /** The name with the account id, where staff need both, e.g. "Cara Jones (staff:cara)". */
    public String withAccount(String accountId) {
        String name = byAccount.get(accountId);
        return name == null ? accountId : name + " (" + accountId + ")";
    }
}
