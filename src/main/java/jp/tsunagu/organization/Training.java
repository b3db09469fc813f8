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

    /** e.g. 「養成研修 2022年修了」 */
    public String label() {
        return course.label() + " " + year + "年修了";
    }
}
