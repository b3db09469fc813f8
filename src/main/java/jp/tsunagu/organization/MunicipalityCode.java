package jp.tsunagu.organization;

import jp.tsunagu.common.InvalidInputException;

/**
 * A 6-digit local government code (全国地方公共団体コード) whose last digit is the check digit.
 * A value of this type has the right form and check digit; whether it is one of Aomori's 40
 * municipalities is answered by {@link Municipalities}.
 */
public record MunicipalityCode(String value) {

    public MunicipalityCode {
        if (!isWellFormed(value)) {
            throw new InvalidInputException(
                    "市町村コード「" + (value == null ? "" : value) + "」は正しくありません。"
                            + "6桁の全国地方公共団体コード（検査数字付き、例: 022080 むつ市）を入力してください。");
        }
    }

    public static MunicipalityCode of(String value) {
        return new MunicipalityCode(value == null ? null : value.strip());
    }

    /** Six digits whose last one is the check digit of the first five. */
    public static boolean isWellFormed(String value) {
        return value != null && value.matches("\\d{6}")
                && checkDigit(value.substring(0, 5)) == value.charAt(5) - '0';
    }

    /** s = 6·d1+5·d2+4·d3+3·d4+2·d5, check = 11 − (s mod 11), where 10 → 0 and 11 → 1. */
    static int checkDigit(String firstFive) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (6 - i) * (firstFive.charAt(i) - '0');
        }
        return (11 - sum % 11) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
