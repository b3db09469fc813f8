package jp.tsunagu.routing;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.organization.Municipalities;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.MunicipalityCode;
import jp.tsunagu.organization.Region;
import jp.tsunagu.organization.RegionRepository;

import org.springframework.stereotype.Service;

/**
 * Who gets a task. Routing goes to groups (a region's advisers, a municipality's officers, the
 * center), never to a person by region, so that a person covering two regions sees both and a
 * change of staff needs no change of running instances. Delegates and task listeners of every
 * flow call this bean by name, e.g. {@code ${routing.advisersOfMunicipality(municipalityCode)}}.
 */
@Service("routing")
public class Routing {

    private final Municipalities municipalities;
    private final RegionRepository regions;

    public Routing(Municipalities municipalities, RegionRepository regions) {
        this.municipalities = municipalities;
        this.regions = regions;
    }

    /** The region of a municipality, as the administrator has assigned it. */
    public Region regionOf(String municipalityCode) {
        return municipalities.require(municipalityCode).getRegion();
    }

    /** The group of a municipality's officers; the code is checked first. */
    public String municipalityGroup(String municipalityCode) {
        Municipality municipality = municipalities.require(municipalityCode);
        return GroupIds.municipality(MunicipalityCode.of(municipality.getCode()));
    }

    /** The advisers of a region, by region id (aomori, tsugaru ...). */
    public String advisersOfRegion(String regionId) {
        if (regionId == null || !regions.existsById(regionId)) {
            throw new InvalidInputException("圏域「" + (regionId == null ? "" : regionId) + "」はありません。");
        }
        return GroupIds.advisersOf(regionId);
    }

    /** The advisers of the region a municipality belongs to (a region read with it, so no check). */
    public String advisersOfMunicipality(String municipalityCode) {
        return GroupIds.advisersOf(regionOf(municipalityCode).getId());
    }

    public String supportCenter() {
        return GroupIds.SUPPORT_CENTER;
    }

    public String prefecture() {
        return GroupIds.PREFECTURE;
    }

    public String coordinators() {
        return GroupIds.COORDINATOR;
    }
}
