package jp.tsunagu.organization;

import jp.tsunagu.common.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one check every entry point makes of a municipality code: form, check digit, one of the 40. */
@Service
@Transactional(readOnly = true)
public class Municipalities {

    private final MunicipalityRepository municipalities;
    private final RegionRepository regions;

    public Municipalities(MunicipalityRepository municipalities, RegionRepository regions) {
        this.municipalities = municipalities;
        this.regions = regions;
    }

    /**
     * An administrator moves a municipality to another region: from now on routing sends its new
     * requests to that region's advisers. Running instances keep the region they were given.
     */
    @Transactional
    public Municipality moveToRegion(String code, String regionId) {
        Municipality municipality = require(code);
        Region region = regions.findById(regionId == null ? "" : regionId.strip())
                .orElseThrow(() -> new InvalidInputException("圏域「" + regionId + "」はありません。一覧から選んでください。"));
        municipality.moveToRegion(region);
        return municipality;
    }

    /** The municipality of a code entered by someone; a bad code is refused with a Japanese message. */
    public Municipality require(String code) {
        MunicipalityCode checked = MunicipalityCode.of(code);
        return municipalities.findById(checked.value())
                .orElseThrow(() -> new InvalidInputException(
                        "市町村コード「" + checked + "」は青森県の40市町村のいずれでもありません。"));
    }
}
