package jp.tsunagu.regional;

import java.time.LocalDate;
import java.util.List;

/** A plan as checked by SaveRegionalPlan, before it is stored. */
record Plan(RegionalActivityKind kind, List<LocalDate> meetingDates, String place, boolean online, String coHosts,
        boolean wholeRegion, List<String> municipalityCodes, Integer expectedCount) {
}
