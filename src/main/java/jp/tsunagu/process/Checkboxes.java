package jp.tsunagu.process;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One checkbox per constant of an enum, declared once: the variable of each is the prefix and
 * the constant's name ({@code care_VENTILATOR}, {@code reason_NEAR_HOME}), labelled as the
 * constant labels itself. Instead of building the name and passing the label at each place that
 * reads them:
 * <pre>{@code
 * static final Checkboxes<ServiceKind> SERVICES = Checkboxes.of("service_", ServiceKind.class, ServiceKind::label);
 * Set<ServiceKind> needed = SERVICES.ticked(execution);
 * }</pre>
 *
 * @param <E> the enum whose constants are ticked
 */
public final class Checkboxes<E extends Enum<E>> {

    private final String prefix;
    private final Class<E> type;
    private final Function<E, String> label;

    private Checkboxes(String prefix, Class<E> type, Function<E, String> label) {
        this.prefix = prefix;
        this.type = type;
        this.label = label;
    }

    public static <E extends Enum<E>> Checkboxes<E> of(String prefix, Class<E> type, Function<E, String> label) {
        return new Checkboxes<>(prefix, type, label);
    }

    /** The checkbox of one constant, e.g. {@code care_VENTILATOR} labelled 人工呼吸器の管理. */
    public Variable<Boolean> of(E constant) {
        return Variable.flag(prefix + constant.name(), label.apply(constant));
    }

    /**
     * The constants whose box is ticked, in the enum's order; a box not sent is unticked, one
     * sent as anything but true or false is refused (「label」ははい・いいえで答えてください。).
     */
    public Set<E> ticked(VariableScope scope) {
        Set<E> ticked = EnumSet.noneOf(type);
        for (E constant : type.getEnumConstants()) {
            if (of(constant).required(scope)) {
                ticked.add(constant);
            }
        }
        return ticked;
    }

    /** Removes every box (after its answer is kept elsewhere, so the next form starts empty). */
    public void remove(VariableScope scope) {
        for (E constant : type.getEnumConstants()) {
            of(constant).remove(scope);
        }
    }

    public String prefix() {
        return prefix;
    }
}
