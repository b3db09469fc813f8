package jp.tsunagu.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.EngineTime;
import jp.tsunagu.process.Inputs;

/**
 * The activity fields every flow's "record the activity" form shares (forms/*-activity.form,
 * the meeting and visit forms use these variable names). After the record is saved the fields
 * are removed from the instance: the record holds them, and the next visit's form starts empty.
 *
 * <p>Participants are counted by kind of organization ({@link ParticipantKind}): one number field
 * per kind, {@code participants_<code>} (e.g. {@code participants_HOSPITAL}), empty or 0 where
 * nobody came from it; the total is their sum. 「多数」 ({@link #PARTICIPANTS_MANY}) means nobody
 * counted: the total is then 0 and the numbers entered say who was there as far as known.
 */
public final class ActivityForm {

    public static final String DATE = "activityDate";
    public static final String KIND = "activityKind";
    /** Optional remark on who took part (参加者の補足), beside the counts by kind. */
    public static final String PARTICIPANT_ROLES = "participantRoles";
    /** Prefix of the count fields, one per {@link ParticipantKind}: participants_FAMILY … */
    public static final String PARTICIPANTS_PREFIX = "participants_";
    /** 「多数」: nobody counted (a panel exhibition's visitors); the record's total is then 0. */
    public static final String PARTICIPANTS_MANY = "participantsMany";
    /** The meeting was held online or partly online. */
    public static final String ONLINE = "activityOnline";
    public static final String CONTENT = "activityContent";
    public static final String NOTES = "adviserNotes";

    static final int MAX_PER_KIND = 500;
    static final int MAX_ROLES = 500;
    static final int MAX_TEXT = 4000;

    private ActivityForm() {
    }

    /** The entered activity, checked; who recorded it and where come from the caller. */
    public static NewActivity read(DelegateExecution execution, List<ParticipantKind> kinds, String caseId, String regionId,
            String recordedBy) {
        Inputs inputs = Inputs.of(execution);
        Participants participants = participants(execution, kinds);
        return new NewActivity(
                execution.getProcessBusinessKey(),
                execution.getProcessInstanceId(),
                caseId,
                regionId,
                recordedBy,
                inputs.requiredDateUntilToday(DATE, "実施日", EngineTime.today()),
                inputs.requiredChoice(KIND, "活動の種類", ActivityKind.class),
                inputs.optionalText(PARTICIPANT_ROLES, "参加者の補足", MAX_ROLES).orElse(null),
                participants.total(),
                participants.many(),
                participants.byKind(),
                inputs.flag(ONLINE, "オンラインで開催"),
                inputs.requiredText(CONTENT, "内容", MAX_TEXT),
                inputs.optionalText(NOTES, "対応したこと・工夫したこと", MAX_TEXT).orElse(null));
    }

    /** Who took part: the counts by kind in the kinds' order, their total, and 「多数」. */
    public record Participants(List<ParticipantCount> byKind, int total, boolean many) {
    }

    /**
     * Reads the count fields: each 0 to 500 (empty is 0), at least one person unless 「多数」. A
     * count field for a kind the table does not know is refused rather than dropped.
     */
    public static Participants participants(VariableScope scope, List<ParticipantKind> kinds) {
        Inputs inputs = Inputs.of(scope);
        boolean many = inputs.flag(PARTICIPANTS_MANY, "参加者多数（人数を数えていない）");
        Map<String, ParticipantKind> known = kinds.stream()
                .collect(Collectors.toMap(ParticipantKind::field, Function.identity()));
        for (String name : scope.getVariableNames()) {
            if (name.startsWith(PARTICIPANTS_PREFIX) && !known.containsKey(name)) {
                throw new InvalidInputException("参加者の種別「" + name.substring(PARTICIPANTS_PREFIX.length())
                        + "」はありません。");
            }
        }
        List<ParticipantCount> byKind = new ArrayList<>();
        for (ParticipantKind kind : kinds) {
            Optional<Integer> count = inputs.optionalInteger(kind.field(), "参加者（" + kind.getLabel() + "）の人数", 0, MAX_PER_KIND);
            count.filter(n -> n > 0).ifPresent(n -> byKind.add(new ParticipantCount(kind.getCode(), n)));
        }
        int sum = byKind.stream().mapToInt(ParticipantCount::count).sum();
        if (!many && sum == 0) {
            throw new InvalidInputException("参加者の人数を種別ごとに入力してください（本人・家族、病院、圏域アドバイザーなど）。"
                    + "人数を数えていない場合は「参加者多数」にチェックしてください。");
        }
        return new Participants(byKind, many ? 0 : sum, many);
    }

    public static void clear(DelegateExecution execution, List<ParticipantKind> kinds) {
        execution.removeVariables(List.of(DATE, KIND, PARTICIPANT_ROLES, PARTICIPANTS_MANY, ONLINE, CONTENT, NOTES));
        execution.removeVariables(kinds.stream().map(ParticipantKind::field).toList());
    }
}
