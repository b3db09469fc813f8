package jp.tsunagu.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.Variable;

/**
 * The activity fields every flow's "record the activity" form shares (forms/*-activity.form,
 * the meeting and visit forms use these variables), each declared once with its type, label and
 * limit ({@link Variable}); a flow that reads one of them itself uses these declarations. After the record is saved the fields
 * are removed from the instance: the record holds them, and the next visit's form starts empty.
 *
 * <p>Participants are counted by kind of organization ({@link ParticipantKind}): one number field
 * per kind, {@code participants_<code>} (e.g. {@code participants_HOSPITAL}), empty or 0 where
 * nobody came from it; the total is their sum. 「多数」 ({@link #PARTICIPANTS_MANY}) means nobody
 * counted: the total is then 0 and the numbers entered say who was there as far as known.
 */
public final class ActivityForm {

    static final int MAX_PER_KIND = 500;
    static final int MAX_ROLES = 500;
    static final int MAX_TEXT = 4000;

    /** When the activity took place: today or before. */
    public static final Variable<LocalDate> DATE = Variable.dateUntilToday("activityDate", "実施日");
    public static final Variable<ActivityKind> KIND = Variable.choice("activityKind", "活動の種類", ActivityKind.class);
    /** Optional remark on who took part (参加者の補足), beside the counts by kind. */
    public static final Variable<String> PARTICIPANT_ROLES = Variable.text("participantRoles", "参加者の補足", MAX_ROLES);
    /** Prefix of the count fields, one per {@link ParticipantKind}: participants_FAMILY … */
    public static final String PARTICIPANTS_PREFIX = "participants_";
    /** 「多数」: nobody counted (a panel exhibition's visitors); the record's total is then 0. */
    public static final Variable<Boolean> PARTICIPANTS_MANY = Variable.flag("participantsMany", "参加者多数（人数を数えていない）");
    /** The meeting was held online or partly online. */
    public static final Variable<Boolean> ONLINE = Variable.flag("activityOnline", "オンラインで開催");
    public static final Variable<String> CONTENT = Variable.text("activityContent", "内容", MAX_TEXT);
    public static final Variable<String> NOTES = Variable.text("adviserNotes", "対応したこと・工夫したこと", MAX_TEXT);

    private ActivityForm() {
    }

    /** The entered activity, checked; who recorded it and where come from the caller. */
    public static NewActivity read(DelegateExecution execution, List<ParticipantKind> kinds, String caseId, String regionId,
            String recordedBy) {
        Participants participants = participants(execution, kinds);
        return new NewActivity(
                execution.getProcessBusinessKey(),
                execution.getProcessInstanceId(),
                caseId,
                regionId,
                recordedBy,
                DATE.required(execution),
                KIND.required(execution),
                PARTICIPANT_ROLES.optional(execution).orElse(null),
                participants.total(),
                participants.many(),
                participants.byKind(),
                ONLINE.required(execution),
                CONTENT.required(execution),
                NOTES.optional(execution).orElse(null));
    }

    /** Who took part: the counts by kind in the kinds' order, their total, and 「多数」. */
    public record Participants(List<ParticipantCount> byKind, int total, boolean many) {
    }

    /**
     * Reads the count fields: each 0 to 500 (empty is 0), at least one person unless 「多数」. A
     * count field for a kind the table does not know is refused rather than dropped.
     */
    public static Participants participants(VariableScope scope, List<ParticipantKind> kinds) {
        boolean many = PARTICIPANTS_MANY.required(scope);
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
            Optional<Integer> count = count(kind).optional(scope);
            count.filter(n -> n > 0).ifPresent(n -> byKind.add(new ParticipantCount(kind.getCode(), n)));
        }
        int sum = byKind.stream().mapToInt(ParticipantCount::count).sum();
        if (!many && sum == 0) {
            throw new InvalidInputException("参加者の人数を種別ごとに入力してください（本人・家族、病院、圏域アドバイザーなど）。"
                    + "人数を数えていない場合は「参加者多数」にチェックしてください。");
        }
        return new Participants(byKind, many ? 0 : sum, many);
    }

    /** The count field of one kind of participant, e.g. participants_HOSPITAL labelled 参加者（病院）の人数. */
    static Variable<Integer> count(ParticipantKind kind) {
        return Variable.integer(kind.field(), "参加者（" + kind.getLabel() + "）の人数", 0, MAX_PER_KIND);
    }

    public static void clear(DelegateExecution execution, List<ParticipantKind> kinds) {
        Variable.removeAll(execution, DATE, KIND, PARTICIPANT_ROLES, PARTICIPANTS_MANY, ONLINE, CONTENT, NOTES);
        kinds.forEach(kind -> count(kind).remove(execution));
    }
}
