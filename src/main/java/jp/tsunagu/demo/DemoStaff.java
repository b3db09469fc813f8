package jp.tsunagu.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.tsunagu.organization.Gender;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.MunicipalityRepository;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.organization.OrganizationKind;
import jp.tsunagu.organization.OrganizationRepository;
import jp.tsunagu.organization.Region;
import jp.tsunagu.organization.RegionRepository;
import jp.tsunagu.organization.StaffMember;
import jp.tsunagu.organization.Training;
import jp.tsunagu.organization.TrainingCourse;
import jp.tsunagu.organization.StaffMemberRepository;
import jp.tsunagu.organization.StaffRole;

/**
 * Staff records behind the demo accounts: the support center, one adviser per region, one
 * coordinator per region at a (fictional) consultation office in the region's largest city, and
 * the officer of each municipality. Each has a made-up mail address at example.jp (a domain
 * reserved for examples: nothing sent there reaches anyone), so that mail about tasks can be
 * switched on in a demonstration against a test mail server.
 */
@Component
@Profile("demo")
public class DemoStaff {

    /** Largest city of each region: where the demo coordinator's office is. */
    static final Map<String, String> LARGEST_CITY = Map.of(
            "aomori", "022012",     // 青森市
            "tsugaru", "022021",    // 弘前市
            "hachinohe", "022039",  // 八戸市
            "seihokugo", "022055",  // 五所川原市
            "kamitosan", "022063",  // 十和田市
            "shimokita", "022080"); // むつ市

    /**
     * Demo coordinators' training: everyone finished 養成研修 (most in 2022, the year the advisers
     * started); some also 育成研修, so the candidate list shows both.
     */
    static final Map<String, List<Training>> DEMO_TRAININGS = Map.of(
            "aomori", List.of(new Training(TrainingCourse.BASIC, 2021), new Training(TrainingCourse.ADVANCED, 2023)),
            "hachinohe", List.of(new Training(TrainingCourse.BASIC, 2020), new Training(TrainingCourse.ADVANCED, 2022)),
            "kamitosan", List.of(new Training(TrainingCourse.BASIC, 2023)));

    static final String CENTER_NAME = "青森県小児在宅支援センター";
    static final String MAIL_DOMAIN = "@example.jp";

    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final OrganizationRepository organizations;
    private final StaffMemberRepository staff;

    public DemoStaff(RegionRepository regions, MunicipalityRepository municipalities,
            OrganizationRepository organizations, StaffMemberRepository staff) {
        this.regions = regions;
        this.municipalities = municipalities;
        this.organizations = organizations;
        this.staff = staff;
    }

    @Transactional
    public void ensureStaffRecords(Map<String, Set<String>> extraRegionsOfAdvisers) {
        Municipality aomoriCity = municipalities.getReferenceById(LARGEST_CITY.get("aomori"));
        Organization center = organization(OrganizationKind.SUPPORT_CENTER, CENTER_NAME, aomoriCity);
        ensure(DemoAccounts.CENTER_USER, "支援センター 担当者", StaffRole.CENTER_STAFF, center, Set.of());
        for (Region region : regions.findAll()) {
            Municipality city = municipalities.getReferenceById(LARGEST_CITY.get(region.getId()));
            Organization office = organization(OrganizationKind.CONSULTATION_OFFICE,
                    "相談支援事業所 " + region.getName() + "（デモ）", city);
            Set<Region> covered = new HashSet<>(Set.of(region));
            extraRegionsOfAdvisers.getOrDefault(region.getId(), Set.of())
                    .forEach(extra -> covered.add(regions.getReferenceById(extra)));
            ensure(DemoAccounts.adviserUser(region.getId()), region.getName() + "圏域アドバイザー",
                    StaffRole.ADVISER, office, covered);
            StaffMember coordinator = ensure(DemoAccounts.coordinatorUser(region.getId()),
                    region.getName() + "圏域コーディネーター", StaffRole.COORDINATOR, office, Set.of(region));
            if (coordinator.getTrainings().isEmpty()) {
                DEMO_TRAININGS.getOrDefault(region.getId(), List.of(new Training(TrainingCourse.BASIC, 2022)))
                        .forEach(coordinator::addTraining);
            }
        }
        for (Municipality municipality : municipalities.findAll()) {
            Organization office = organization(OrganizationKind.MUNICIPAL_OFFICE, municipality.getName() + " 障害福祉担当（デモ）",
                    municipality);
            ensure(DemoAccounts.municipalityUser(municipality.getCode()), municipality.getName() + " 担当者",
                    StaffRole.MUNICIPAL_OFFICER, office, Set.of(municipality.getRegion()));
        }
    }

    private Organization organization(OrganizationKind kind, String name, Municipality municipality) {
        return organizations.findByKindAndName(kind, name)
                .orElseGet(() -> organizations.save(new Organization(kind, name, municipality)));
    }

    private StaffMember ensure(String userId, String displayName, StaffRole role, Organization organization,
            Set<Region> regionsCovered) {
        StaffMember member = staff.findByUserIdAndRole(userId, role)
                .orElseGet(() -> new StaffMember(userId, displayName, role, Gender.UNSPECIFIED, organization, regionsCovered));
        // a demo database made before staff had addresses gets them too
        if (member.getEmail() == null) {
            member.setEmail(userId + MAIL_DOMAIN);
        }
        return staff.save(member);
    }
}
