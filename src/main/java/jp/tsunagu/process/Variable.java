package jp.tsunagu.process;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable, declared once: its name (as the forms, the BPMN's expressions and REST
 * callers spell it), its Japanese label (as the form labels it; refusals name the field by it),
 * its Java type and its limits. Instead of a name here, a label there and a cast elsewhere:
 * <pre>{@code
 * static final Variable<String> TARGET_REGION = Variable.text("targetRegion", "引継ぎ先の圏域", 32);
 * String target = TARGET_REGION.required(execution);
 * }</pre>
 * {@link #required} and {@link #optional} read what a person sent and refuse it through
 * {@link Inputs} (the same checks and Japanese messages); {@link #stored} reads what the flow
 * itself or the engine wrote (no person's input, so no checks); {@link #set} writes it in the
 * form the forms and expressions read (an enum as its name, a date as 2026-12-10).
 *
 * @param <T> the Java type the flow's code works with
 */
public final class Variable<T> {

    /** Staff user ids are at most this long (the staff table's column). */
    public static final int USER_ID_LENGTH = 64;

    @FunctionalInterface
    private interface Check<R> {
        R read(Inputs inputs, String name, String label);
    }

    private final String name;
    private final String label;
    private final Check<T> required;
    private final Check<Optional<T>> optional;
    private final Function<Object, T> fromStored;
    private final Function<T, Object> toStored;

    private Variable(String name, String label, Check<T> required, Check<Optional<T>> optional,
            Function<Object, T> fromStored, Function<T, Object> toStored) {
        this.name = name;
        this.label = label;
        this.required = required;
        this.optional = optional;
        this.fromStored = fromStored;
        this.toStored = toStored;
    }

    /** Text of at most {@code maxLength} characters, stripped; markup and invisible characters refused. */
    public static Variable<String> text(String name, String label, int maxLength) {
        return new Variable<>(name, label,
                (inputs, n, l) -> inputs.requiredText(n, l, maxLength),
                (inputs, n, l) -> inputs.optionalText(n, l, maxLength),
                String.class::cast, value -> value);
    }

    /** A staff member's user id (an initiator, a coordinator). */
    public static Variable<String> userId(String name, String label) {
        return text(name, label, USER_ID_LENGTH);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Variable<Integer> integer(String name, String label, int min, int max) {
        return new Variable<>(name, label,
                (inputs, n, l) -> inputs.requiredInteger(n, l, min, max),
                (inputs, n, l) -> inputs.optionalInteger(n, l, min, max),
                Integer.class::cast, value -> value);
    }

    /** A checkbox: {@link #required} reads one not sent as unticked ({@link Inputs#flag}). */
    public static Variable<Boolean> flag(String name, String label) {
        return new Variable<>(name, label,
                Inputs::flag,
                Inputs::optionalFlag,
                Boolean.class::cast, value -> value);
    }

    /** One of an enum's constants, sent and stored as its name. */
    public static <E extends Enum<E>> Variable<E> choice(String name, String label, Class<E> type) {
        return new Variable<>(name, label,
                (inputs, n, l) -> inputs.requiredChoice(n, l, type),
                (inputs, n, l) -> inputs.optionalChoice(n, l, type),
                value -> Enum.valueOf(type, (String) value), Enum::name);
    }

    /** A date (2026-12-10, a Camunda date-time, or a java.util.Date), stored as 2026-12-10. */
    public static Variable<LocalDate> date(String name, String label) {
        return new Variable<>(name, label,
                Inputs::requiredDate,
                Inputs::optionalDate,
                value -> value instanceof java.util.Date date ? date.toInstant().atZone(EngineTime.JAPAN).toLocalDate()
                        : Inputs.parseDate(((String) value).strip()),
                LocalDate::toString);
    }

    /** A date that must not lie before the engine's today (wished dates, schedules). */
    public static Variable<LocalDate> dateFromToday(String name, String label) {
        return new Variable<>(name, label,
                (inputs, n, l) -> inputs.requiredDateFromToday(n, l, EngineTime.today()),
                (inputs, n, l) -> inputs.optionalDate(n, l).map(present -> inputs.requiredDateFromToday(n, l, EngineTime.today())),
                date(name, label).fromStored, LocalDate::toString);
    }

    /** A date that must not lie after the engine's today (something that has happened). */
    public static Variable<LocalDate> dateUntilToday(String name, String label) {
        return new Variable<>(name, label,
                (inputs, n, l) -> inputs.requiredDateUntilToday(n, l, EngineTime.today()),
                (inputs, n, l) -> inputs.optionalDate(n, l).map(present -> inputs.requiredDateUntilToday(n, l, EngineTime.today())),
                date(name, label).fromStored, LocalDate::toString);
    }

    /**
     * Another variable's field (its name and label) read as text of at most {@code maxLength}
     * characters: a text the flow adds to before it is stored, so it must leave room within the
     * declared limit, or whether an optional part of a form was filled in before the field is
     * read as what it is.
     */
    public static Variable<String> textOf(Variable<?> field, int maxLength) {
        return text(field.name, field.label, maxLength);
    }

    /**
     * The same variable as another form labels it (one form asks for 「引継ぎ先の圏域」, another
     * for 「依頼先の圏域」): refusals name the field as the person saw it.
     */
    public Variable<T> labelled(String otherLabel) {
        return new Variable<>(name, otherLabel, required, optional, fromStored, toStored);
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    /** What a person sent; refused with 「label」を入力してください。 when missing, or when not valid. */
    public T required(VariableScope scope) {
        return required.read(Inputs.of(scope), name, label);
    }

    /** What a person sent, if anything (an empty text is nothing); refused when not valid. */
    public Optional<T> optional(VariableScope scope) {
        return optional.read(Inputs.of(scope), name, label);
    }

    /** The same checks on a form of one of our pages ({@link Inputs#ofForm}). */
    public T required(Inputs inputs) {
        return required.read(inputs, name, label);
    }

    /** The same checks on a form of one of our pages; an empty field is nothing. */
    public Optional<T> optional(Inputs inputs) {
        return optional.read(inputs, name, label);
    }

    /**
     * What the flow or the engine wrote (a routed region, the initiator, a count): no person's
     * input, so no checks; empty when it was never set.
     */
    public Optional<T> stored(VariableScope scope) {
        Object value = scope.getVariable(name);
        return value == null ? Optional.empty() : Optional.of(fromStored.apply(value));
    }

    /** Writes the value in its stored form; null is written as null (the variable stays, empty). */
    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value == null ? null : toStored.apply(value));
    }

    /**
     * Writes the value on this scope only, not on a parent (an event subprocess's own variables,
     * kept beside the instance's: the previous municipality of a move, a planned move's data).
     */
    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value == null ? null : toStored.apply(value));
    }

    /** Puts the value into variables being prepared (a start's, a form's), skipping null. */
    public void putInto(Map<String, Object> variables, T value) {
        if (value != null) {
            variables.put(name, toStored.apply(value));
        }
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    /** Removes each of them (fields whose values are kept elsewhere, so the next form starts empty). */
    public static void removeAll(VariableScope scope, Variable<?>... variables) {
        for (Variable<?> variable : variables) {
            variable.remove(scope);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
