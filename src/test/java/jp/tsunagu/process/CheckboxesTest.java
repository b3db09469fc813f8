package jp.tsunagu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

import jp.tsunagu.common.InvalidInputException;

/**
 * One checkbox per enum constant, declared once: the names the forms use (prefix + constant),
 * the ticked ones in the enum's order, the constant's label in a refusal; and the two writes a
 * declared variable offers besides set (setLocal, removeAll).
 */
class CheckboxesTest {

    enum Service {
        NURSING("訪問看護"), NURSERY("保育所"), SHORT_STAY("短期入所");

        final String label;

        Service(String label) {
            this.label = label;
        }
    }

    static final Checkboxes<Service> SERVICES = Checkboxes.of("service_", Service.class, service -> service.label);

    final Map<String, Object> values = new HashMap<>();
    final Map<String, Object> local = new HashMap<>();
    final VariableScope scope = scopeOver(values, local);

    @Test
    void readsTheTickedConstantsInTheEnumsOrder() {
        assertThat(SERVICES.ticked(scope)).as("boxes not sent are unticked").isEmpty();
        values.putAll(Map.of("service_SHORT_STAY", true, "service_NURSING", true, "service_NURSERY", false));
        assertThat(SERVICES.ticked(scope)).containsExactly(Service.NURSING, Service.SHORT_STAY)
                .isEqualTo(EnumSet.of(Service.NURSING, Service.SHORT_STAY));
        assertThat(SERVICES.of(Service.NURSERY).name()).isEqualTo("service_NURSERY");
        assertThat(SERVICES.of(Service.NURSERY).label()).isEqualTo("保育所");
        assertThat(SERVICES.prefix()).isEqualTo("service_");
    }

    @Test
    void refusesABoxSentAsAnythingButYesOrNoByTheConstantsLabel() {
        values.put("service_NURSERY", "はい");
        assertThatThrownBy(() -> SERVICES.ticked(scope)).isInstanceOf(InvalidInputException.class)
                .hasMessage("「保育所」ははい・いいえで答えてください。")
                .hasMessage(catchMessage(() -> Inputs.of(scope).flag("service_NURSERY", "保育所")));
    }

    @Test
    void removesEveryBoxAndNothingElse() {
        values.putAll(Map.of("service_NURSING", true, "service_NURSERY", false, "serviceNote", "メモ"));
        SERVICES.remove(scope);
        assertThat(values).containsOnlyKeys("serviceNote");
    }

    @Test
    void writesLocallyAndRemovesSeveral() {
        Variable<String> note = Variable.text("serviceNote", "メモ", 10);
        Variable<java.time.LocalDate> day = Variable.date("moveDate", "転居予定日");
        day.setLocal(scope, java.time.LocalDate.of(2027, 3, 1));
        assertThat(local).containsEntry("moveDate", "2027-03-01");
        assertThat(values).doesNotContainKey("moveDate");
        values.putAll(Map.of("serviceNote", "メモ", "provider", "訪問看護ステーション"));
        Variable.removeAll(scope, note, Variable.text("provider", "事業所・機関名", 200));
        assertThat(values).isEmpty();
    }

    private static String catchMessage(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }

    /** A scope over two maps: the variables it sees, and those written on it alone. */
    private static VariableScope scopeOver(Map<String, Object> values, Map<String, Object> local) {
        return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(), new Class<?>[] {VariableScope.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getVariable" -> values.get((String) args[0]);
                    case "setVariable" -> values.put((String) args[0], args[1]);
                    case "setVariableLocal" -> local.put((String) args[0], args[1]);
                    case "removeVariable" -> values.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
