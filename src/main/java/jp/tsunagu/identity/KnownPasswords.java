package jp.tsunagu.identity;

import java.util.List;

/**
 * Passwords anyone can read in the README: the demo profile's accounts use them
 * ({@code demo.DemoAccounts}), and outside that profile no account may keep one
 * ({@link FirstAdministrator}). Declared here, under the demo profile, so that the check does not
 * depend on the demo accounts.
 */
public final class KnownPasswords {

    /** Every demo account's password. */
    public static final String DEMO = "demo";
    /** The demo administrator's password. */
    public static final String DEMO_ADMIN = "admin";
    /** Never accepted outside the demo profile. */
    public static final List<String> ALL = List.of(DEMO, DEMO_ADMIN);

    private KnownPasswords() {
    }
}
