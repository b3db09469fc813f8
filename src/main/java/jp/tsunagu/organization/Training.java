package jp.tsunagu.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import jp.tsunagu.common.InvalidInputException;

/** One training a staff member finished: the course and the (calendar) year. */
@Embeddable
public record Training(
        @Enumerated(EnumType.STRING) @Column(name = "course") TrainingCourse course,
        @Column(name = "training_year") int year) {

    /** Years before the program (2021 act) or far ahead are typing errors. */
    public Training {
        if (course == null) {
            throw new InvalidInputException("研修の種類を選んでください（養成研修・育成研修）。");
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("修了年は西暦で入力してください（例: 2022）。");
        }
    }

    /**
     * From what a page sends (course name, year as typed): anything else is 400 with a Japanese
     * sentence, never an exception of the parser.
     */
    public static Training of(String course, String year) {
        TrainingCourse chosen = java.util.Arrays.stream(TrainingCourse.values())
                .filter(candidate -> candidate.name().equals(course)).findFirst()
                .orElseThrow(() -> new InvalidInputException("研修の種類を選んでください（養成研修・育成研修）。"));
        String digits = year == null ? "" : year.strip();
        if (!digits.matches("[0-9]{4}")) {
            throw new InvalidInputException("修了年は西暦4桁で入力してください（例: 2022）。");
        }
        return new Training(chosen, Integer.parseInt(digits));
    }

    /** e.g. 「養成研修 2022年修了」 */
    public String label() {
        return course.label() + " " + year + "年修了";
    }
}
