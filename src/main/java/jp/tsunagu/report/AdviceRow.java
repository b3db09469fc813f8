package jp.tsunagu.report;

import java.time.LocalDate;

/** One consultation (随時相談) as the activities CSV lists it, beside the activity records. */
public record AdviceRow(String businessKey, LocalDate date, String regionName, String channel, String askerKind,
        String municipalityName, String caseLabel, Integer minutes, String gist, String recordedBy) {

    /** 「電話・15分」: how and how long, before the gist in the CSV's 内容. */
    String how() {
        return minutes == null ? channel : channel + "・" + minutes + "分";
    }
}
