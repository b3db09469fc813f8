package jp.tsunagu.identity;

/** Start-up outside the demo profile without the first administrator's credentials. */
public class MissingAdministratorException extends RuntimeException {

    public MissingAdministratorException() {
        super("TSUNAGU_ADMIN_USER and TSUNAGU_ADMIN_PASSWORD must be set outside the demo profile");
    }
}
