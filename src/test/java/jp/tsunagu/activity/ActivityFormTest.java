package jp.tsunagu.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

import jp.tsunagu.activity.ActivityForm.Participants;
import jp.tsunagu.common.InvalidInputException;

/** How the participants of an activity are read from its form: counts by kind, total, 「多数」, limits. */
class ActivityFormTest {

    static final List<ParticipantKind> KINDS = List.of(
            new ParticipantKind("FAMILY", "本人・家族", 10, true),
            new ParticipantKind("HOSPITAL", "病院", 90, true),
            new ParticipantKind("ADVISER", "圏域アドバイザー", 170, true),
            new ParticipantKind("RETIRED", "廃止した種別", 180, false),
            new ParticipantKind("OTHER", "その他", 200, true));

    @Test
    void theTotalIsTheSumOfTheKindsInTheKindsOrderAndEmptyOrZeroKindsAreLeftOut() {
        Participants read = read(Map.of("participants_ADVISER", 1, "participants_FAMILY", 3L, "participants_HOSPITAL", 0,
                "participants_OTHER", "2"));
        assertThat(read.byKind()).containsExactly(new ParticipantCount("FAMILY", 3), new ParticipantCount("ADVISER", 1),
                new ParticipantCount("OTHER", 2));
        assertThat(read.total()).isEqualTo(6);
        assertThat(read.many()).isFalse();

        Map<String, Object> fromTasklist = new HashMap<>();
        fromTasklist.put("participants_HOSPITAL", 2.0); // form-js sends numbers as doubles
        fromTasklist.put("participants_FAMILY", null); // an empty number field
        assertThat(read(fromTasklist).byKind()).containsExactly(new ParticipantCount("HOSPITAL", 2));
    }

    @Test
    void tasuMeansNobodyCountedTheTotalIsZeroAndTheKindsSayWhoWasThere() {
        Participants many = read(Map.of("participantsMany", true, "participants_ADVISER", 1));
        assertThat(many.many()).isTrue();
        assertThat(many.total()).isZero();
        assertThat(many.byKind()).containsExactly(new ParticipantCount("ADVISER", 1));

        assertThat(read(Map.of("participantsMany", true)).byKind()).as("「多数」 alone is enough").isEmpty();
    }

    @Test
    void aRetiredKindIsStillReadSoThatAnOlderFormLosesNothing() {
        assertThat(read(Map.of("participants_RETIRED", 4)).total()).isEqualTo(4);
    }

    @Test
    void nobodyAtAllIsRefusedWithAJapaneseSentence() {
        assertThatThrownBy(() -> read(Map.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("参加者の人数を種別ごとに入力してください").hasMessageContaining("参加者多数");
        assertThatThrownBy(() -> read(Map.of("participants_FAMILY", 0))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void eachCountIsAWholeNumberFrom0To500() {
        assertThat(read(Map.of("participants_OTHER", 500)).total()).isEqualTo(500);
        assertThatThrownBy(() -> read(Map.of("participants_OTHER", 501))).isInstanceOf(InvalidInputException.class)
                .hasMessage("「参加者（その他）の人数」は0から500までの数で入力してください。");
        assertThatThrownBy(() -> read(Map.of("participants_FAMILY", -1))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("「参加者（本人・家族）の人数」");
        assertThatThrownBy(() -> read(Map.of("participants_HOSPITAL", 1.5))).isInstanceOf(InvalidInputException.class)
                .hasMessage("「参加者（病院）の人数」は整数で入力してください。");
        assertThatThrownBy(() -> read(Map.of("participants_HOSPITAL", "二人"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("整数");
        assertThatThrownBy(() -> read(Map.of("participantsMany", "はい", "participants_ADVISER", 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("参加者多数");
    }

    @Test
    void aCountForAKindTheTableDoesNotKnowIsRefusedNotDropped() {
        assertThatThrownBy(() -> read(Map.of("participants_FAMILY", 2, "participants_PHARMACY", 1)))
                .isInstanceOf(InvalidInputException.class).hasMessage("参加者の種別「PHARMACY」はありません。");
    }

    @Test
    void theDescriptionListsTheKindsInTheirOrderWithTheirLabels() {
        assertThat(ParticipantKinds.describer(KINDS).apply(List.of(new ParticipantCount("OTHER", 2),
                new ParticipantCount("FAMILY", 3), new ParticipantCount("GONE", 1))))
                .isEqualTo("本人・家族 3名、その他 2名、GONE 1名");
    }

    static Participants read(Map<String, Object> variables) {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        when(scope.getVariableNames()).thenReturn(variables.keySet());
        return ActivityForm.participants(scope, KINDS);
    }
}
