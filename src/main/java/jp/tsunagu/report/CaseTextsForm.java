package jp.tsunagu.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.Inputs;
import jp.tsunagu.report.CollectionTexts.AddedVoice;
import jp.tsunagu.report.CollectionTexts.CaseTexts;
import jp.tsunagu.report.CollectionTexts.Point;

/**
 * The editor's form of one case (/reports/case-collection/cases/{businessKey}) read into
 * {@link CaseTexts}: every text checked for length and for tags, scripts and invisible characters
 * (as the flows check theirs), a point or voice left wholly empty dropped, a half-filled one
 * refused with a sentence naming it.
 */
final class CaseTextsForm {

    /** Rows the form offers for points and for voices. */
    static final int SLOTS = 6;
    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 4000;
    static final int HEADING_MAX = 200;
    static final int SPEAKER_MAX = 100;
    static final int TEXT_MAX = 2000;

    private CaseTextsForm() {
    }

    static CaseTexts read(String businessKey, Map<String, String> form) {
        boolean published = "on".equals(form.get("published")) || "true".equals(form.get("published"));
        return new CaseTexts(businessKey, published, position(form.get("position")),
                text(form, "title", "題名（テーマ）", TITLE_MAX), text(form, "summary", "概要", SUMMARY_MAX),
                points(form), voices(form));
    }

    private static List<Point> points(Map<String, String> form) {
        List<Point> points = new ArrayList<>();
        for (int i = 1; i <= SLOTS; i++) {
            String number = CaseCollection.numbered(i);
            String heading = text(form, "pointHeading" + i, number + "の見出し", HEADING_MAX);
            String body = text(form, "pointText" + i, number + "の本文", TEXT_MAX);
            if (heading == null && body == null) {
                continue;
            }
            if (heading == null || body == null) {
                throw new InvalidInputException("圏域アドバイザーが対応したこと・工夫したことの" + number
                        + "は、見出しと本文の両方を入力してください。");
            }
            points.add(new Point(heading, body));
        }
        return points;
    }

    private static List<AddedVoice> voices(Map<String, String> form) {
        List<AddedVoice> voices = new ArrayList<>();
        for (int i = 1; i <= SLOTS; i++) {
            String heading = text(form, "voiceHeading" + i, "声" + i + "の見出し", HEADING_MAX);
            String speaker = text(form, "voiceSpeaker" + i, "声" + i + "の話し手", SPEAKER_MAX);
            String body = text(form, "voiceText" + i, "声" + i + "の内容", TEXT_MAX);
            if (speaker == null && body == null) {
                continue;
            }
            if (speaker == null || body == null) {
                throw new InvalidInputException("声" + i + "は、話し手（例: 相談支援専門員（コーディネーター））と内容の両方を入力してください。");
            }
            if (heading == null || !CaseCollection.VOICE_HEADINGS.contains(heading)) {
                throw new InvalidInputException("声" + i + "の見出しは、" + String.join("、", CaseCollection.VOICE_HEADINGS)
                        + "のどれかを選んでください。");
            }
            voices.add(new AddedVoice(heading, speaker, body));
        }
        return voices;
    }

    private static Integer position(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (!stripped.matches("\\d{1,3}") || Integer.parseInt(stripped) < 1) {
            throw new InvalidInputException("掲載順は1から999までの数で入力してください。");
        }
        return Integer.parseInt(stripped);
    }

    /** The field's text, stripped; null when empty. Line ends are kept (概要 has paragraphs). */
    private static String text(Map<String, String> form, String field, String label, int max) {
        String value = form.get(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replace("\r\n", "\n");
        if (text.length() > max) {
            throw new InvalidInputException("「" + label + "」は" + max + "文字以内で入力してください。");
        }
        Inputs.refuseMarkup(label, text);
        return text;
    }

    /** 今後の方向性 as the center wrote it; empty removes it. */
    static String direction(String value) {
        return text(value == null ? Map.of() : Map.of("direction", value), "direction", "今後の方向性", SUMMARY_MAX);
    }
}
