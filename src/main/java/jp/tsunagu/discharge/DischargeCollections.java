package jp.tsunagu.discharge;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The collections the multi-instance activities run over, built from small string variables
 * (a list variable would need Java serialization, which the engine rightly refuses).
 */
@Component("dischargeCollections")
public class DischargeCollections {

    private final DischargeRepository discharges;

    public DischargeCollections(DischargeRepository discharges) {
        this.discharges = discharges;
    }

    /**
     * UserTask_InformRegion: one task per other region the discharge concerns (the hospital's,
     * the facility's), read from the discharge row, never from a variable a caller could write.
     */
    public List<String> regionsInformed(String businessKey) {
        return discharges.require(businessKey).getRegionsInformed();
    }

    /** SubProcess_ArrangeService: one instance per service chosen at the first home visit. */
    public List<String> servicesNeeded(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** UserTask_HandOver: one task each for the former and the new coordinator (前任・新任). */
    public List<String> handOverParties(String previousCoordinator, String newCoordinator) {
        return List.of(previousCoordinator, newCoordinator);
    }
}
