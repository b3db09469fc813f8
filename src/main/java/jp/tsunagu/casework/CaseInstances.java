package jp.tsunagu.casework;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The process instances of a child's case, as our own records say (the dispatch request, the
 * discharge, the evacuation plan rows), never as a process variable says: who may see a child
 * is decided from these ({@code CaseAccess}). Each flow answers for its own table.
 */
public interface CaseInstances {

    /** Ids of the flow's process instances (running or ended) recorded for this case. */
    List<String> processInstanceIdsOf(String caseId);

    /** The ids every flow records for the case, for an engine query's {@code processInstanceIds}. */
    static Set<String> allOf(List<CaseInstances> flows, String caseId) {
        return flows.stream().flatMap(flow -> flow.processInstanceIdsOf(caseId).stream())
                .filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }
}
