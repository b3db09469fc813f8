package jp.tsunagu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import jp.tsunagu.TsunaguApplication;
import jp.tsunagu.identity.MissingAdministratorException;
import jp.tsunagu.identity.MissingAdministratorFailureAnalyzer;

class MissingAdministratorTest {

    @Test
    void startUpWithoutDemoAndWithoutAdministratorFailsWithAClearMessage() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(TsunaguApplication.class)
                .profiles("test")
                .run("--tsunagu.admin.user=", "--tsunagu.admin.password=", "--server.port=0"))
                .hasRootCauseInstanceOf(MissingAdministratorException.class);
    }

    @Test
    void theFailureAnalysisNamesTheVariablesToSet() {
        FailureAnalysis analysis = new MissingAdministratorFailureAnalyzer()
                .analyze(new RuntimeException(new MissingAdministratorException()));
        assertThat(analysis.getAction()).contains("TSUNAGU_ADMIN_USER", "TSUNAGU_ADMIN_PASSWORD");
        assertThat(analysis.getDescription()).contains("管理者アカウントが設定されていません");
    }
}
