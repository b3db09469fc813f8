package jp.tsunagu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.tsunagu.common.InvalidInputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTest {

    @Test
    void everyReferenceCodeHasAValidCheckDigit() {
        var rows = V2__Reference_data.rows(V2__Reference_data.MUNICIPALITIES);
        assertThat(rows).hasSize(40);
        rows.forEach(row -> assertThat(MunicipalityCode.isWellFormed(row[0])).as(row[1]).isTrue());
    }

    @Test
    void computesTheCheckDigitIncludingTheTenAndElevenCases() {
        assertThat(MunicipalityCode.checkDigit("02208")).isEqualTo(0);  // むつ市 022080: 11 − 1 = 10 → 0
        assertThat(MunicipalityCode.checkDigit("02201")).isEqualTo(2);  // 青森市 022012
        assertThat(MunicipalityCode.checkDigit("02202")).isEqualTo(1);  // 弘前市 022021: 11 − 0 = 11 → 1
    }

    @ParameterizedTest
    @ValueSource(strings = {"022081", "022013", "02208", "0220800", "02208a", "ｘ22080", "022 080"})
    void refusesMalformedCodesWithAJapaneseMessage(String code) {
        assertThatThrownBy(() -> MunicipalityCode.of(code))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("市町村コード");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesMissingCodes(String code) {
        assertThatThrownBy(() -> MunicipalityCode.of(code)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void stripsSurroundingSpaces() {
        assertThat(MunicipalityCode.of(" 022080 ").value()).isEqualTo("022080");
    }
}
