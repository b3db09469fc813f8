package jp.tsunagu.casework;

import java.time.YearMonth;
import java.util.Set;

/** What is needed to open a child's case; the case id is given by the application. */
public record NewChildCase(
        String label,
        YearMonth birth,
        String homeMunicipalityCode,
        Set<MedicalCareItem> careItems,
        Integer physicianScore) {
}
