package jp.tsunagu.demo;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import jp.tsunagu.identity.IdentitySetup;
import jp.tsunagu.identity.KnownPasswords;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.MunicipalityCode;
import jp.tsunagu.organization.MunicipalityRepository;
import jp.tsunagu.organization.Region;
import jp.tsunagu.organization.RegionRepository;
import jp.tsunagu.routing.GroupIds;

/**
 * The demo profile's accounts and groups of ../shared/CONTRACTS.md, and the staff records that
 * go with them. Only in the demo profile: elsewhere no account has a known password.
 */
@Component
@Profile("demo")
public class DemoAccounts extends AbstractProcessEnginePlugin {

    static final String PASSWORD = KnownPasswords.DEMO;
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = KnownPasswords.DEMO_ADMIN;
    static final String CENTER_USER = "center";
    static final String PREFECTURE_USER = "prefecture";
    static final String ADVISER_COVERING_TWO_REGIONS = "aomori";
    static final String SECOND_REGION_OF_THAT_ADVISER = "seihokugo";

    private static final String WORKFLOW = "WORKFLOW";

    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final DemoStaff staff;

    public DemoAccounts(RegionRepository regions, MunicipalityRepository municipalities, DemoStaff staff) {
        this.regions = regions;
        this.municipalities = municipalities;
        this.staff = staff;
    }

    public static String adviserUser(String regionId) {
        return "adviser." + regionId;
    }

    public static String municipalityUser(String code) {
        return "muni." + code;
    }

    public static String coordinatorUser(String regionId) {
        return "coord." + regionId;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentitySetup setup = new IdentitySetup(engine.getIdentityService(), engine.getAuthorizationService());
        setup.ensureAdministratorsGroup();
        setup.ensureUser(ADMIN_USER, "管理者", "システム", ADMIN_PASSWORD);
        setup.ensureMembership(ADMIN_USER, GroupIds.ADMIN);

        setup.ensureGroup(GroupIds.SUPPORT_CENTER, "小児在宅支援センター", WORKFLOW);
        setup.ensureUser(CENTER_USER, "担当者", "小児在宅支援センター", PASSWORD);
        setup.ensureMembership(CENTER_USER, GroupIds.SUPPORT_CENTER);

        setup.ensureGroup(GroupIds.PREFECTURE, "青森県 障害福祉課", WORKFLOW);
        setup.ensureUser(PREFECTURE_USER, "担当者", "青森県障害福祉課", PASSWORD);
        setup.ensureMembership(PREFECTURE_USER, GroupIds.PREFECTURE);

        setup.ensureGroup(GroupIds.COORDINATOR, "医療的ケア児等コーディネーター", WORKFLOW);
        for (Region region : regions.findAll()) {
            String advisers = GroupIds.advisersOf(region.getId());
            setup.ensureGroup(advisers, region.getName() + "圏域アドバイザー", WORKFLOW);
            setup.ensureUser(adviserUser(region.getId()), region.getName() + "圏域", "アドバイザー", PASSWORD);
            setup.ensureMembership(adviserUser(region.getId()), advisers);

            setup.ensureUser(coordinatorUser(region.getId()), region.getName() + "圏域", "コーディネーター", PASSWORD);
            setup.ensureMembership(coordinatorUser(region.getId()), GroupIds.COORDINATOR);
        }
        // One person covers 青森 and 西北五, as in the seed.
        setup.ensureMembership(adviserUser(ADVISER_COVERING_TWO_REGIONS), GroupIds.advisersOf(SECOND_REGION_OF_THAT_ADVISER));

        for (Municipality municipality : municipalities.findAll()) {
            String group = GroupIds.municipality(MunicipalityCode.of(municipality.getCode()));
            setup.ensureGroup(group, municipality.getName(), WORKFLOW);
            setup.ensureUser(municipalityUser(municipality.getCode()), "担当者", municipality.getName(), PASSWORD);
            setup.ensureMembership(municipalityUser(municipality.getCode()), group);
        }
        staff.ensureStaffRecords(Map.of(ADVISER_COVERING_TWO_REGIONS, Set.of(SECOND_REGION_OF_THAT_ADVISER)));
    }
}
