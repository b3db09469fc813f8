package jp.tsunagu.support;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.tsunagu.activity.ActivityForm;

/** The participant fields of an activity form (participants_&lt;kind&gt;) as tests fill them. */
public final class Participants {

    private Participants() {
    }

    /** {@code total} people: the adviser and {@code total - 1} others (その他); none for 0 (「多数」). */
    public static Map<String, Object> counted(int total) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (total > 0) {
            fields.put(ActivityForm.PARTICIPANTS_PREFIX + "ADVISER", 1);
        }
        if (total > 1) {
            fields.put(ActivityForm.PARTICIPANTS_PREFIX + "OTHER", total - 1);
        }
        return fields;
    }

    /** Counts by kind code: {@code of("FAMILY", 2, "ADVISER", 1)}. */
    public static Map<String, Object> of(Object... kindsAndCounts) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < kindsAndCounts.length; i += 2) {
            fields.put(ActivityForm.PARTICIPANTS_PREFIX + kindsAndCounts[i], kindsAndCounts[i + 1]);
        }
        return fields;
    }
}
