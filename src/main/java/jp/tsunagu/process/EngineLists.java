package jp.tsunagu.process;

import java.util.ArrayList;
import java.util.List;

/**
 * Our engine plugins add to the engine configuration's lists (parse listeners, command
 * interceptors, variable serializers). Each list may still be null, or hold what another plugin
 * added before: the addition must keep both.
 */
public final class EngineLists {

    private EngineLists() {
    }

    /** A new list: what the configuration held (nothing when null), then {@code added}. */
    public static <T> List<T> plus(List<T> existing, T added) {
        List<T> list = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        list.add(added);
        return list;
    }
}
