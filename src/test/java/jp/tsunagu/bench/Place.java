package jp.tsunagu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A municipality and its region, from the same reference file the application loads. */
record Place(String code, String region) {

    String officer() {
        return "muni." + code;
    }

    String adviser() {
        return "adviser." + region;
    }

    static List<Place> all() {
        try (var in = Place.class.getResourceAsStream("/reference/municipalities.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split("\t"))
                    .map(cells -> new Place(cells[0], cells[2])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
