package jp.tsunagu.casework;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.process.Checkboxes;
import jp.tsunagu.process.Inputs;
import jp.tsunagu.process.Variable;

/**
 * The child's fields from which a case is opened, declared once for every place that opens one:
 * the start forms of {@code discharge-transition} and {@code evacuation-plan} (when no caseId is
 * given) and the case registration page (ケース登録) for a child who already lives at home.
 */
public final class NewCaseFields {

    public static final Variable<String> LABEL = Variable.text("caseLabel", "ケースの呼び名（新しいケース）", ChildCases.MAX_LABEL_LENGTH);
    /** 2024-03 or 令和6年3月 (JapaneseDates.parseMonth): read as text, then as a year and month. */
    public static final Variable<String> BIRTH_MONTH = Variable.text("caseBirthMonth", "生年月（例: 2024-03、令和6年3月）", 16);
    /** One checkbox per medical care item, e.g. care_VENTILATOR. */
    public static final Checkboxes<MedicalCareItem> CARE_ITEMS = Checkboxes.of("care_", MedicalCareItem.class, MedicalCareItem::label);
    public static final Variable<Integer> PHYSICIAN_SCORE = Variable.integer("physicianScore", "医療的ケア判定スコア", 0, 200);

    private NewCaseFields() {
    }

    /** The new case as entered (label, birth month, score through their declarations); the caller knows the care ticked. */
    public static NewChildCase read(Inputs inputs, Set<MedicalCareItem> careItems, String homeMunicipalityCode) {
        String label = LABEL.required(inputs);
        YearMonth birth = birthMonth(BIRTH_MONTH.required(inputs));
        Integer score = PHYSICIAN_SCORE.optional(inputs).orElse(null);
        return new NewChildCase(label, birth, homeMunicipalityCode, careItems, score);
    }

    /** 2024-03, 2024/3, 2024年3月, 令和6年3月 or R6.3; anything else (2024-13) is refused, not guessed. */
    public static YearMonth birthMonth(String text) {
        try {
            return JapaneseDates.parseMonth(text);
        } catch (DateTimeException e) {
            throw new InvalidInputException("生年月「" + text + "」は年月として読めません。「2024-03」または「令和6年3月」のように入力してください。");
        }
    }

    /** The care items a page's checkboxes sent by name (care=VENTILATOR&care=OXYGEN); an unknown name is refused. */
    public static Set<MedicalCareItem> careItems(Collection<String> names) {
        Set<MedicalCareItem> items = EnumSet.noneOf(MedicalCareItem.class);
        for (String name : names) {
            try {
                items.add(MedicalCareItem.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("医療的ケアの項目は一覧から選んでください。");
            }
        }
        return items;
    }
}
