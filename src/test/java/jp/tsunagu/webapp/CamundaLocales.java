package jp.tsunagu.webapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Camunda's web app translations: the English file of the webjar on the class path and our
 * Japanese file, and the comparison of the two. Camunda looks a label up by key and fills
 * {@code {{placeholders}}} in; a key we lack shows the key itself, a placeholder we renamed shows
 * nothing, so both must match the webjar of the Camunda version we run.
 */
final class CamundaLocales {

    static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    // Real markup only: "<null>" and "<version>" in the English file are text shown to the user.
    private static final Pattern TAG = Pattern.compile("</?(a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>");

    private CamundaLocales() {
    }

    static String path(String app, String file) {
        return "META-INF/resources/webjars/camunda/app/" + app + "/" + file;
    }

    /** The webjar's copy of a file even where our resources override the same path. */
    static String fromWebjar(String app, String file) {
        return fromWebjar(path(app, file));
    }

    /** Any file of the webjar by its path from the jar's root ("META-INF/resources/..."). */
    static String fromWebjar(String resource) {
        return read(resource, url -> url.toString().contains("camunda-webapp-webjar"), "the Camunda webjar");
    }

    /** Our copy of a file (target/classes, before the webjar on the class path). */
    static String ours(String app, String file) {
        return read(path(app, file), url -> "file".equals(url.getProtocol()), "src/main/resources");
    }

    static JsonNode json(String text) {
        try {
            // The webjar's en.json files start with a UTF-8 byte order mark, which is not JSON.
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every leaf of a translation file by dotted path ("labels.ABORT", "dateLocales.months[0]"). */
    static Map<String, JsonNode> leaves(JsonNode node) {
        Map<String, JsonNode> leaves = new TreeMap<>();
        collect("", node, leaves);
        return leaves;
    }

    /** What is wrong with {@code ja} as a translation of {@code en}; empty when nothing is. */
    static List<String> problems(JsonNode en, JsonNode ja) {
        Map<String, JsonNode> english = leaves(en);
        Map<String, JsonNode> japanese = leaves(ja);
        List<String> problems = new ArrayList<>();
        english.forEach((path, englishValue) -> {
            JsonNode japaneseValue = japanese.get(path);
            if (japaneseValue == null) {
                problems.add(path + ": missing");
            } else if (englishValue.isTextual()) {
                String e = englishValue.asText();
                String j = japaneseValue.asText();
                if (!all(PLACEHOLDER, e).equals(all(PLACEHOLDER, j))) {
                    problems.add(path + ": placeholders " + all(PLACEHOLDER, e) + " became " + all(PLACEHOLDER, j));
                }
                if (!all(TAG, e).equals(all(TAG, j))) {
                    problems.add(path + ": markup " + all(TAG, e) + " became " + all(TAG, j));
                }
            } else if (englishValue.getNodeType() != japaneseValue.getNodeType()) {
                problems.add(path + ": " + englishValue.getNodeType() + " became " + japaneseValue.getNodeType());
            }
        });
        return problems;
    }

    private static void collect(String prefix, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    collect(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(prefix + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(prefix, node);
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(pattern == PLACEHOLDER ? matcher.group(1) : matcher.group());
        }
        Collections.sort(found);
        return found;
    }

    private interface UrlFilter {
        boolean accepts(URL url);
    }

    private static String read(String resource, UrlFilter filter, String where) {
        try {
            for (URL url : Collections.list(CamundaLocales.class.getClassLoader().getResources(resource))) {
                if (filter.accepts(url)) {
                    try (InputStream in = url.openStream()) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(resource + " not found in " + where);
    }
}
