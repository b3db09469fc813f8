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
