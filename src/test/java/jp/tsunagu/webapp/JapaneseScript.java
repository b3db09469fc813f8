package jp.tsunagu.webapp;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CAMUNDA_WORDS dictionary of our tsunagu/japanese.js, read as the tests need it: which
 * English of Camunda's own the script translates, and into what. The dictionary is a plain
 * object literal of quoted 'English': '日本語' pairs in named sections; a line of any other shape
 * fails the reading, so the tests never check a dictionary they only half understood.
 * ONLY_INSIDE (English text: the CSS selector it is translated inside) is read the same way.
 */
final class JapaneseScript {

    static final String FILE = "japanese.js";

    private static final Pattern SECTION = Pattern.compile("\\s*(\\w+): \\{");
    private static final Pattern PAIR = Pattern.compile("\\s*'((?:[^'\\\\]|\\\\.)*)': '((?:[^'\\\\]|\\\\.)*)',?");
    private static final Pattern END = Pattern.compile("\\s*},?");

    private JapaneseScript() {
    }

    /** Our japanese.js as the application serves it. */
    static String source() {
        return CamundaLocales.ours("tsunagu", FILE);
    }

    /**
     * The sections of the object literal {@code const name = {...};} by path ("text",
     * "attributes.title"; "" for pairs at its top), each a map of its quoted pairs in the order
     * of the file.
     */
    static Map<String, Map<String, String>> object(String source, String name) {
        String start = "const " + name + " = {\n";
        int from = source.indexOf(start);
        int to = from < 0 ? -1 : source.indexOf("\n};\n", from);
        if (to < 0) {
            throw new AssertionError(FILE + " has no " + name + " object");
        }
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Deque<String> path = new ArrayDeque<>();
        for (String line : source.substring(from + start.length(), to).split("\n")) {
            Matcher section = SECTION.matcher(line);
            Matcher pair = PAIR.matcher(line);
            if (line.isBlank() || line.trim().startsWith("//")) {
                continue;
            } else if (section.matches()) {
                path.addLast(section.group(1));
            } else if (pair.matches()) {
                sections.computeIfAbsent(String.join(".", path), ignored -> new LinkedHashMap<>())
                        .put(unescape(pair.group(1)), unescape(pair.group(2)));
            } else if (END.matcher(line).matches() && !path.isEmpty()) {
                path.removeLast();
            } else {
                throw new AssertionError(name + " in " + FILE + " has a line the tests cannot read: " + line);
            }
        }
        return sections;
    }

    static Map<String, Map<String, String>> camundaWords() {
        return object(source(), "CAMUNDA_WORDS");
    }

    /** Every English text or attribute value the script translates. */
    static Set<String> english() {
        Set<String> english = new TreeSet<>();
        camundaWords().values().forEach(words -> english.addAll(words.keySet()));
        return english;
    }

    private static String unescape(String quoted) {
        return quoted.replaceAll("\\\\(.)", "$1");
    }
}
