package jp.tsunagu.discharge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.organization.Gender;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.organization.Region;
import jp.tsunagu.organization.StaffMember;
import jp.tsunagu.organization.StaffMembers;
import jp.tsunagu.organization.Training;
import jp.tsunagu.process.JsonListVariables;
import jp.tsunagu.process.ProcessVariables;
import jp.tsunagu.routing.Routing;

/**
 * UserTask_AdviserSelectsCoordinator and, for instances started before, UserTask_SelectCoordinator
 * (create): the adviser (or the center) chooses a coordinator from the staff records,
 * not by typing a user id. The selection form's selects read their options from
 * {@link DischargeVariables#COORDINATOR_CANDIDATES}, one per coordinator, labelled with what the
 * seed's reasons need (close to home for emergencies, experience, same gender for a near-adult
 * child, an office in or near the municipality): the office and its municipality, the regions
 * covered, the cases they coordinate now (the records hold no years of experience) and the gender
 * where it is recorded, the trainings finished (養成研修・育成研修, year) and whether the person has
 * a medical-care case yet: the seed chooses among trained staff without one, so that experience
 * spreads. Coordinators of the home region come first, those with an office in the
 * home municipality first among them, as the adviser of that region usually advises.
 * <p>
 * Only user ids and labels travel, as a variable of the task: it ends with the decision. The
 * list is as the records stood when the task was created; RecordCoordinatorSelection checks the
 * choice against the records again, since REST bypasses the form.
 */
@Component("listCoordinatorCandidates")
public class ListCoordinatorCandidates implements TaskListener {

    /** One option of a Camunda Forms select: what people read, and the user id submitted. */
    public record Candidate(String label, String value) {
    }

    private final StaffMembers staff;
    private final ChildCases cases;
    private final Routing routing;

    public ListCoordinatorCandidates(StaffMembers staff, ChildCases cases, Routing routing) {
        this.staff = staff;
        this.cases = cases;
        this.routing = routing;
    }

    @Override
    public void notify(DelegateTask task) {
        // from the execution: the task has no variables of its own (see TaskNaming)
        String home = ProcessVariables.MUNICIPALITY.stored(task.getExecution()).orElse(null);
        Region homeRegion = routing.regionOf(home);
        Map<Long, Long> caseLoad = cases.activeCasesPerCoordinator();
        List<Candidate> candidates = staff.coordinators().stream()
                .sorted(Comparator.comparing((StaffMember coordinator) -> !coordinator.covers(homeRegion))
                        .thenComparing(coordinator -> !home.equals(officeMunicipalityCode(coordinator)))
                        .thenComparing(coordinator -> !(coordinator.finishedBasicTraining()
                                && caseLoad.getOrDefault(coordinator.getId(), 0L) == 0))
                        .thenComparing(StaffMember::getUserId))
                .map(coordinator -> new Candidate(label(coordinator, caseLoad.getOrDefault(coordinator.getId(), 0L)),
                        coordinator.getUserId()))
                .toList();
        task.setVariableLocal(DischargeVariables.COORDINATOR_CANDIDATES, JsonListVariables.of(candidates));
    }

    /**
     * e.g. 「coord.kamitosan 上十三圏域コーディネーター — 相談支援事業所 上十三（十和田市） ／ 上十三圏域 ／
     * 支援中のケース0件 ／ 医ケア児の担当なし ／ 養成研修 2023年修了 ／ 女性」
     */
    static String label(StaffMember coordinator, long activeCases) {
        List<String> facts = new ArrayList<>();
        Organization office = coordinator.getOrganization();
        if (office == null) {
            facts.add("事業所の登録なし");
        } else {
            Municipality place = office.getMunicipality();
            facts.add(office.getName() + (place == null ? "" : "（" + place.getName() + "）"));
        }
        if (!coordinator.getRegions().isEmpty()) {
            facts.add(coordinator.getRegions().stream().sorted(Comparator.comparing(Region::getId))
                    .map(Region::getName).collect(Collectors.joining("・")) + "圏域");
        }
        facts.add("支援中のケース" + activeCases + "件");
        facts.add(activeCases == 0 ? "医ケア児の担当なし" : "医ケア児の担当あり");
        facts.add(coordinator.getTrainings().isEmpty() ? "研修の記録なし"
                : coordinator.getTrainings().stream().map(Training::label).collect(Collectors.joining("・")));
        if (coordinator.getGender() != null && coordinator.getGender() != Gender.UNSPECIFIED) {
            facts.add(coordinator.getGender().label());
        }
        // the name, not the user id (issue 24): the id is the option's value, the office tells namesakes apart
        return coordinator.getDisplayName() + " — " + String.join(" ／ ", facts);
    }

    private static String officeMunicipalityCode(StaffMember coordinator) {
        Organization office = coordinator.getOrganization();
        return office == null || office.getMunicipality() == null ? null : office.getMunicipality().getCode();
    }
}
