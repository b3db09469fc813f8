package jp.tsunagu.activity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The kinds of participant in their order (the table participant_kind), active and retired alike. */
@Service
@Transactional(readOnly = true)
public class ParticipantKinds {

    private final ParticipantKindRepository kinds;

    public ParticipantKinds(ParticipantKindRepository kinds) {
        this.kinds = kinds;
    }

    public List<ParticipantKind> all() {
        return kinds.findAllByOrderBySortOrderAscCodeAsc();
    }

    /** How people read the counts: 「本人・家族 3名、病院 1名、圏域アドバイザー 1名」 in the kinds' order. */
    public Function<List<ParticipantCount>, String> describer() {
        return describer(all());
    }

    static Function<List<ParticipantCount>, String> describer(List<ParticipantKind> known) {
        Map<String, ParticipantKind> byCode = known.stream()
                .collect(Collectors.toMap(ParticipantKind::getCode, Function.identity()));
        Comparator<ParticipantCount> order = Comparator.comparing(
                count -> byCode.containsKey(count.kindCode()) ? byCode.get(count.kindCode()).getSortOrder() : Integer.MAX_VALUE);
        return counts -> counts.stream().sorted(order)
                .map(count -> (byCode.containsKey(count.kindCode()) ? byCode.get(count.kindCode()).getLabel() : count.kindCode())
                        + " " + count.count() + "名")
                .collect(Collectors.joining("、"));
    }
}
