package jp.tsunagu.report;

import java.time.LocalDate;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.common.JapaneseDates;

/** 年度: April to March, named by the calendar year it starts in (2023 = 令和5年度). */
public record FiscalYear(int startYear) {

    static final int EARLIEST = 1989;
    static final int LATEST = 2999;

    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /** The fiscalYear parameter as a person or a bookmark wrote it; refused with a Japanese message. */
    public static FiscalYear parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("年度（fiscalYear）を西暦4桁で指定してください（例: 令和5年度は fiscalYear=2023）。");
        }
        String stripped = text.strip();
        if (!stripped.matches("\\d{4}")) {
            throw new InvalidInputException("年度「" + stripped + "」は西暦4桁で指定してください（例: 令和5年度は fiscalYear=2023）。");
        }
        int year = Integer.parseInt(stripped);
        if (year < EARLIEST || year > LATEST) {
            throw new InvalidInputException("年度「" + stripped + "」は指定できません。");
        }
        return new FiscalYear(year);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public Period period() {
        return new Period(firstDay(), lastDay());
    }

    /** 令和5年度 */
    public String label() {
        return JapaneseDates.fiscalYear(startYear);
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }
}
