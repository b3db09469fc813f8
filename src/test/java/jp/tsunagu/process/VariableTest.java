package jp.tsunagu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

import jp.tsunagu.common.InvalidInputException;

/**
 * A declared variable reads, refuses and writes as {@link Inputs} does for its name, label and
 * limit: the same value, the same Japanese message.
 */
class VariableTest {

    enum Answer { YES, NO }

    static final Variable<String> NOTE = Variable.text("note", "補足", 5);
    static final Variable<Integer> COUNT = Variable.integer("count", "人数", 1, 10);
    static final Variable<Boolean> ONLINE = Variable.flag("online", "オンライン開催");
    static final Variable<Answer> ANSWER = Variable.choice("answer", "回答", Answer.class);
    static final Variable<LocalDate> DAY = Variable.date("day", "開催日");

    final Map<String, Object> values = new HashMap<>();
    final VariableScope scope = scopeOver(values);

    @Test
    void readsAndRefusesAsInputsDoesWithTheDeclaredLabelAndLimit() {
        values.putAll(Map.of("note", "  あいう ", "count", "7", "answer", "NO", "day", "2027-01-04"));
        Inputs inputs = Inputs.of(scope);
        assertThat(NOTE.required(scope)).isEqualTo(inputs.requiredText("note", "補足", 5)).isEqualTo("あいう");
        assertThat(COUNT.required(scope)).isEqualTo(7);
        assertThat(ANSWER.required(scope)).isEqualTo(Answer.NO);
        assertThat(DAY.required(scope)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(ONLINE.required(scope)).isFalse(); // an unticked checkbox is not sent
        assertThat(ONLINE.optional(scope)).isEmpty();

        values.put("note", "あいうえおか");
        assertThatThrownBy(() -> NOTE.required(scope)).isInstanceOf(InvalidInputException.class)
                .hasMessage("「補足」は5文字以内で入力してください。");
        values.put("count", 11);
        assertThatThrownBy(() -> COUNT.optional(scope)).hasMessage("「人数」は1から10までの数で入力してください。");
        values.put("answer", "MAYBE");
        assertThatThrownBy(() -> ANSWER.optional(scope)).hasMessage("「回答」の選択「MAYBE」は選べません。一覧から選んでください。");
        values.remove("answer");
        assertThat(ANSWER.optional(scope)).isEmpty();
        assertThatThrownBy(() -> ANSWER.required(scope)).hasMessage("「回答」を入力してください。");
        assertThatThrownBy(() -> NOTE.labelled("メモ").required(scope)).hasMessage("「メモ」は5文字以内で入力してください。");
    }

    @Test
    void anotherVariablesFieldReadAsTextKeepsItsNameAndLabelWithItsOwnLimit() {
        Variable<String> shorterNote = Variable.textOf(NOTE, 3);
        Variable<String> dayAsText = Variable.textOf(DAY, 10);
        assertThat(shorterNote.name()).isEqualTo("note");
        assertThat(dayAsText.label()).isEqualTo("開催日");
        values.put("note", "あいうえ");
        assertThat(NOTE.required(scope)).isEqualTo("あいうえ");
        assertThatThrownBy(() -> shorterNote.required(scope)).hasMessage("「補足」は3文字以内で入力してください。");
        values.put("day", " ");
        assertThat(dayAsText.optional(scope)).as("an empty date field is not filled in").isEmpty();
        values.put("day", "2027-01-04");
        assertThat(dayAsText.optional(scope)).contains("2027-01-04");
    }

    @Test
    void writesWhatFormsAndExpressionsReadAndReadsItBack() {
        ANSWER.set(scope, Answer.YES);
        DAY.set(scope, LocalDate.of(2027, 1, 4));
        COUNT.set(scope, 3);
        NOTE.set(scope, null);
        assertThat(values).containsEntry("answer", "YES").containsEntry("day", "2027-01-04").containsEntry("count", 3)
                .containsEntry("note", null);
        assertThat(ANSWER.stored(scope)).contains(Answer.YES);
        assertThat(DAY.stored(scope)).contains(LocalDate.of(2027, 1, 4));
        assertThat(NOTE.stored(scope)).isEmpty();

        Map<String, Object> form = new HashMap<>();
        DAY.putInto(form, LocalDate.of(2027, 2, 1));
        NOTE.putInto(form, null);
        assertThat(form).isEqualTo(Map.of("day", "2027-02-01"));
        COUNT.remove(scope);
        assertThat(values).doesNotContainKey("count");
        assertThat(COUNT.name()).isEqualTo("count");
        assertThat(COUNT.label()).isEqualTo("人数");
    }

    /** getVariable, setVariable and removeVariable over a map: all a Variable asks of a scope. */
    private static VariableScope scopeOver(Map<String, Object> values) {
        return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(), new Class<?>[] {VariableScope.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getVariable" -> values.get((String) args[0]);
                    case "setVariable" -> values.put((String) args[0], args[1]);
                    case "removeVariable" -> values.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
