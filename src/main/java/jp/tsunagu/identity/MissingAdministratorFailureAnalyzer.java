package jp.tsunagu.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing administrator into a message an operator can act on, not a stack trace. */
public class MissingAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdministratorException cause) {
        return new FailureAnalysis(
                "Tsunagu was started without the demo profile, and no first administrator is configured. "
                        + "Outside the demo profile no account has a known password.\n"
                        + "管理者アカウントが設定されていません（demo プロファイル以外では既知のパスワードを持つアカウントはありません）。",
                "Set the environment variables TSUNAGU_ADMIN_USER and TSUNAGU_ADMIN_PASSWORD "
                        + "(環境変数 TSUNAGU_ADMIN_USER と TSUNAGU_ADMIN_PASSWORD を設定してください), "
                        + "or run the demo profile (./mvnw spring-boot:run).",
                cause);
    }
}
