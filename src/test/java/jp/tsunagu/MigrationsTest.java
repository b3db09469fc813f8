package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A database running a released version has these migrations applied; Flyway refuses to start
 * on it when a new migration is numbered below the highest applied one (it happened: V7 and V8
 * were written after V40 had shipped). New migrations go above {@link #HIGHEST_RELEASED}.
 */
class MigrationsTest {

    /** The migrations of the last released version (issue 10's landing). */
    static final Set<Integer> RELEASED = Set.of(1, 2, 3, 4, 5, 6, 20, 30, 40);
    static final int HIGHEST_RELEASED = 40;

    static final Pattern VERSION = Pattern.compile("V(\\d+)__[^/]*\\.(sql|class)$");

    @Test
    void noNewMigrationIsNumberedBelowTheReleasedOnes() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Set<Integer> versions = new TreeSet<>();
        for (String pattern : new String[] {"classpath*:db/migration/V*__*.sql", "classpath*:jp/tsunagu/**/V*__*.class"}) {
            Arrays.stream(resolver.getResources(pattern)).map(Resource::getFilename).forEach(name -> {
                Matcher version = VERSION.matcher(name);
                if (version.find()) {
                    versions.add(Integer.parseInt(version.group(1)));
                }
            });
        }
        assertThat(versions).as("both kinds found").contains(3, 40);
        assertThat(versions.stream().filter(version -> version <= HIGHEST_RELEASED).toList())
                .containsExactlyElementsOf(new TreeSet<>(RELEASED));
    }
}
