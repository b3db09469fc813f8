package jp.tsunagu.activity;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps activity records; called by the flows' delegates inside the task completion's transaction. */
@Service
public class ActivityRecords {

    private final ActivityRecordRepository records;
    private final Clock clock;

    public ActivityRecords(ActivityRecordRepository records, Clock clock) {
        this.records = records;
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
}
