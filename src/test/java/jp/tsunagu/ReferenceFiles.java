package jp.tsunagu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads the project's copy of the reference TSV directly, independent of the code that loads it. */
public final class ReferenceFiles {

    private ReferenceFiles() {
    }

    public static Map<String, Long> municipalityCountPerRegion() {
        try {
            return new TreeMap<>(Files.readAllLines(Path.of("src/main/resources/reference/municipalities.tsv"),
                            StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .collect(Collectors.groupingBy(line -> line.split("\t")[2], Collectors.counting())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
