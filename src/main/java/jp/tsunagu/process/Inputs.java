package jp.tsunagu.process;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.common.JapaneseDates;

/**
 * Reads what a person entered (a start form, a task form, or a REST call that bypasses forms)
 * and refuses bad values with a Japanese message naming the field as the form labels it.
 * Delegates validate through this again because REST bypasses the forms' own validation.
 */
public final class Inputs {

    /**
     * Tags, script URLs, control characters, and the invisible ones: zero-width characters, the
     * bidirectional overrides that make text read in another order than it is stored, and halves
     * of a character (lone surrogates). Nothing a person writes about a child's care needs them,
     * and they would reach pages, Tasklist and CSV files that others open.
     */
    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*/?\\s*[a-zA-Z!?]|javascript:|[\\p{Cntrl}&&[^\\n\\r\\t]]|[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]|\\p{Cs}",
            Pattern.CASE_INSENSITIVE);

    /** Reads a value by name: a variable of the engine, or a field of one of our pages' forms. */
    private interface Values {
        Object getVariable(String name);
    }

    private final Values scope;

    private Inputs(Values scope) {
        this.scope = scope;
    }

    public static Inputs of(VariableScope scope) {
        return new Inputs(scope::getVariable);
    }

    /**
     * The fields of a form on one of our pages, checked by the same rules as a flow's form; a
     * field left empty is absent.
     */
    public static Inputs ofForm(java.util.Map<String, String> fields) {
        return new Inputs(name -> {
            String value = fields.get(name);
            return value == null || value.isBlank() ? null : value;
        });
    }

    public String requiredText(String variable, String label, int maxLength) {
        return optionalText(variable, label, maxLength)
                .orElseThrow(() -> new InvalidInputException("「" + label + "」を入力してください。"));
    }

    public Optional<String> optionalText(String variable, String label, int maxLength) {
        Object value = scope.getVariable(variable);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw new InvalidInputException("「" + label + "」は文字で入力してください。");
        }
        String stripped = text.strip();
        refuseMarkup(label, stripped);
        if (stripped.length() > maxLength) {
            throw new InvalidInputException("「" + label + "」は" + maxLength + "文字以内で入力してください。");
        }
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }

    public <E extends Enum<E>> E requiredChoice(String variable, String label, Class<E> type) {
        return choice(requiredText(variable, label, 64), label, type);
    }

    public <E extends Enum<E>> Optional<E> optionalChoice(String variable, String label, Class<E> type) {
        return optionalText(variable, label, 64).map(value -> choice(value, label, type));
    }

    private static <E extends Enum<E>> E choice(String value, String label, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("「" + label + "」の選択「" + value + "」は選べません。一覧から選んでください。");
        }
    }

    public LocalDate requiredDate(String variable, String label) {
        Object value = scope.getVariable(variable);
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new InvalidInputException("「" + label + "」を入力してください。");
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(EngineTime.JAPAN).toLocalDate();
        }
        if (value instanceof String text) {
            try {
                return parseDate(text.strip());
            } catch (DateTimeException e) {
                throw new InvalidInputException(notADate(label, text.strip()));
            }
        }
        throw new InvalidInputException("「" + label + "」は日付" + DATE_EXAMPLES + "で入力してください。");
    }

    /**
     * Why a typed date is refused: one that looks like a date but is not on the calendar
     * (2026-02-30, 2026/13/45) is named as such, so nobody thinks it was read as another day.
     */
    static String notADate(String label, String text) {
        if (DATE_SHAPE.matcher(text).matches()) {
            return "「" + label + "」の「" + text + "」は存在しない日付です。暦にある日付" + DATE_EXAMPLES + "を入力してください。";
        }
        return "「" + label + "」は日付" + DATE_EXAMPLES + "で入力してください。";
    }

    /**
     * Refuses a date before another one it must follow (a visit after the discharge), naming both
     * in the style of our screens; the same day is allowed.
     */
    public static LocalDate notBefore(LocalDate date, String label, LocalDate earliest, String earliestLabel) {
        if (date.isBefore(earliest)) {
            throw new InvalidInputException("「" + label + "」（" + JapaneseDates.day(date) + "）が" + earliestLabel + "（"
                    + JapaneseDates.day(earliest) + "）より前になっています。" + earliestLabel + "以降の日付を入力してください。");
        }
        return date;
    }

    /** No value is no date; any value must be one (an empty text is refused as by {@link #requiredDate}). */
    public Optional<LocalDate> optionalDate(String variable, String label) {
        return scope.getVariable(variable) == null ? Optional.empty() : Optional.of(requiredDate(variable, label));
    }

    private static final String DATE_EXAMPLES = "（例: 2026-12-10、2026/12/10、令和8年12月10日）";
    /** Digits and date signs only: text meant as a date (safe to repeat in the message). */
    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9０-９元年月日令和平成昭和RHSrhs/／.\\-－ ]{6,16}");

    /**
     * Camunda Forms' date field gives 2026-12-10; a datetime picker may add a time
     * (2026-12-10T09:00, with or without an offset). Anything else after the date is not a date.
     */
    private static final java.time.format.DateTimeFormatter CAMUNDA_DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    static LocalDate parseDate(String text) {
        if (text.length() > 10 && text.charAt(4) == '-' && text.contains("T")) {
            try {
                return java.time.OffsetDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException notIso) {
                try {
                    return java.time.OffsetDateTime.parse(text, CAMUNDA_DATE_TIME).toLocalDate(); // 2026-12-10T09:00:00.000+0900
                } catch (DateTimeParseException notCamunda) {
                    return java.time.LocalDateTime.parse(text).toLocalDate();
                }
            }
        }
        // 2026-12-10, and what people type on our pages: 2026/12/10, 令和8年12月10日 (never rolled over)
        return JapaneseDates.parseDay(text);
    }

    /** Refuses text with tags, scripts, control or invisible characters (any text a person sent). */
    public static void refuseMarkup(String label, String text) {
        if (MARKUP.matcher(text).find()) {
            throw new InvalidInputException("「" + label + "」にHTMLのタグやスクリプト、制御文字や見えない文字（ゼロ幅文字・書字方向の制御など）は入力できません。");
        }
    }

    public int requiredInteger(String variable, String label, int min, int max) {
        Object value = scope.getVariable(variable);
        if (value == null) {
            throw new InvalidInputException("「" + label + "」を入力してください。");
        }
        long number = toLong(value, label);
        if (number < min || number > max) {
            throw new InvalidInputException("「" + label + "」は" + min + "から" + max + "までの数で入力してください。");
        }
        return (int) number;
    }

    public Optional<Integer> optionalInteger(String variable, String label, int min, int max) {
        return scope.getVariable(variable) == null ? Optional.empty()
                : Optional.of(requiredInteger(variable, label, min, max));
    }

    public boolean flag(String variable, String label) {
        Object value = scope.getVariable(variable);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw new InvalidInputException("「" + label + "」ははい・いいえで答えてください。");
    }

    /** A checkbox: not sent is no answer (where {@link #flag} reads it as unticked). */
    public Optional<Boolean> optionalFlag(String variable, String label) {
        return scope.getVariable(variable) == null ? Optional.empty() : Optional.of(flag(variable, label));
    }

    /** A date that must not lie before today (wished dates, schedules). */
    public LocalDate requiredDateFromToday(String variable, String label, LocalDate today) {
        return check(requiredDate(variable, label), date -> !date.isBefore(today),
                date -> "「" + label + "」に過去の日付は入力できません（" + JapaneseDates.day(date) + "、今日は"
                        + JapaneseDates.day(today) + "）。");
    }

    /** A date that must not lie after today (something that has happened). */
    public LocalDate requiredDateUntilToday(String variable, String label, LocalDate today) {
        return check(requiredDate(variable, label), date -> !date.isAfter(today),
                date -> "「" + label + "」に未来の日付は入力できません（" + JapaneseDates.day(date) + "、今日は"
                        + JapaneseDates.day(today) + "）。");
    }

    private static LocalDate check(LocalDate date, Function<LocalDate, Boolean> ok, Function<LocalDate, String> message) {
        if (!ok.apply(date)) {
            throw new InvalidInputException(message.apply(date));
        }
        return date;
    }

    private static long toLong(Object value, String label) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return d.longValue();
        }
        if (value instanceof String s && s.strip().matches("-?\\d{1,9}")) {
            return Long.parseLong(s.strip());
        }
        throw new InvalidInputException("「" + label + "」は整数で入力してください。");
    }
}
