package jp.tsunagu.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The first administrator outside the demo profile: TSUNAGU_ADMIN_USER / TSUNAGU_ADMIN_PASSWORD. */
@ConfigurationProperties("tsunagu.admin")
public record AdministratorProperties(String user, String password) {

    boolean isComplete() {
        return user != null && !user.isBlank() && password != null && !password.isBlank();
    }
}
