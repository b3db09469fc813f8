package jp.tsunagu.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which databases a starting test JVM removes from a shared server: only left-overs. */
class TestPostgresTest {

    @Test
    void aDatabaseOfARunningTestJvmIsKeptAndOldOnesGo() {
        long now = 1_800_000_000L;
        assertThat(TestPostgres.createdBefore("tsunagu_test_" + now + "_0a1b2c3d", now - 3600)).isFalse();
        assertThat(TestPostgres.createdBefore("tsunagu_test_" + (now - 7200) + "_0a1b2c3d", now - 3600)).isTrue();
        // the older form of the name, without its creation second
        assertThat(TestPostgres.createdBefore("tsunagu_test_0a1b2c3d4e5f6a7b", now)).isTrue();
    }
}
