package jp.tsunagu.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * A CSV file for Excel in Japan: UTF-8 with a byte order mark (without it Excel reads the file as
 * Shift_JIS and the Japanese is garbled), CRLF line ends, RFC 4180 quoting, and text that begins
 * like a formula defused. Every CSV of the reports writes through this.
 */
final class CsvFile {

    static final char BOM = '\uFEFF';

    private final Writer out;

    private CsvFile(Writer out) {
        this.out = out;
    }

    /** Starts the file: the byte order mark and the header row. */
    static CsvFile start(Writer out, List<String> headers) {
        CsvFile csv = new CsvFile(out);
        csv.write(String.valueOf(BOM));
        csv.line(headers);
        return csv;
    }

    void line(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                write(",");
            }
            write(field(fields.get(i)));
        }
        write("\r\n");
    }

    /**
     * Quotes where RFC 4180 needs it. A text a person entered that begins like a formula
     * (=, +, -, @) gets a leading apostrophe so that Excel shows it instead of running it.
     */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("the CSV could not be written to the client", e);
        }
    }
}
