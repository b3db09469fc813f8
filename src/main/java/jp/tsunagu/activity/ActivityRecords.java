package jp.tsunagu.activity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps activity records; called by the flows' delegates inside the task completion's transaction. */
@Service
public class ActivityRecords {

    private final ActivityRecordRepository records;
    private final ParticipantKinds kinds;
    private final Clock clock;

    public ActivityRecords(ActivityRecordRepository records, ParticipantKinds kinds, Clock clock) {
        this.records = records;
        this.kinds = kinds;
        this.clock = clock;
    }

    /** MANDATORY: a record is only ever written together with the task that records it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ActivityRecord record(NewActivity activity) {
        return records.save(new ActivityRecord(activity, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<ActivityRecord> of(String businessKey) {
        return records.findByBusinessKeyOrderByActivityDateAscIdAsc(businessKey);
    }

    /**
     * Who took part in each record as people read it, by record id: 「本人・家族 3名、圏域アドバイザー 1名
     * （計4名）」, 「…（多数）」 where nobody counted.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> participantsText(List<ActivityRecord> shown) {
        Function<List<ParticipantCount>, String> describe = kinds.describer();
        Map<Long, String> texts = new LinkedHashMap<>();
        for (ActivityRecord record : shown) {
            String total = record.isParticipantsMany() ? "多数" : "計" + record.getParticipantCount() + "名";
            String byKind = describe.apply(record.getParticipants());
            texts.put(record.getId(), byKind.isEmpty() ? total : byKind + "（" + total + "）");
        }
        return texts;
    }
}
