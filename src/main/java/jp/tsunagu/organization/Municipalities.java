package jp.tsunagu.organization;

import jp.tsunagu.common.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one check every entry point makes of a municipality code: form, check digit, one of the 40. */
@Service
@Transactional(readOnly = true)
public class Municipalities {

    private final MunicipalityRepository municipalities;

    public Municipalities(MunicipalityRepository municipalities) {
        this.municipalities = municipalities;
    }

    /** The municipality of a code entered by someone; a bad code is refused with a Japanese message. */
    public Municipality require(String code) {
        MunicipalityCode checked = MunicipalityCode.of(code);
        return municipalities.findById(checked.value())
                .orElseThrow(() -> new InvalidInputException(
                        "市町村コード「" + checked + "」は青森県の40市町村のいずれでもありません。"));
    }
}
