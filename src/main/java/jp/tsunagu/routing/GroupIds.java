package jp.tsunagu.routing;

import java.util.Collection;
import java.util.List;

import jp.tsunagu.organization.MunicipalityCode;

/**
 * The Camunda group ids of ../shared/CONTRACTS.md. This is the only place a group name is
 * spelled; delegates and listeners ask {@link Routing}, set-up code uses these.
 */
public final class GroupIds {

    public static final String SUPPORT_CENTER = "support-center";
    public static final String PREFECTURE = "prefecture";
    public static final String COORDINATOR = "coordinator";
    public static final String ADMIN = "camunda-admin";

    private static final String ADVISER_PREFIX = "adviser-";
    private static final String MUNICIPALITY_PREFIX = "municipality-";

    private GroupIds() {
    }

    public static String advisersOf(String regionId) {
        return ADVISER_PREFIX + regionId;
    }

    public static String municipality(MunicipalityCode code) {
        return MUNICIPALITY_PREFIX + code.value();
    }

    public static boolean isAdviserGroup(String groupId) {
        return groupId.startsWith(ADVISER_PREFIX);
    }

    public static boolean isMunicipalityGroup(String groupId) {
        return groupId.startsWith(MUNICIPALITY_PREFIX);
    }

    /** The region an adviser group stands for, e.g. "shimokita" for "adviser-shimokita". */
    public static String regionOfAdviserGroup(String groupId) {
        return groupId.substring(ADVISER_PREFIX.length());
    }

    /** The municipality code a municipality group stands for. */
    public static String codeOfMunicipalityGroup(String groupId) {
        return groupId.substring(MUNICIPALITY_PREFIX.length());
    }

    /** The municipality codes of those of {@code groupIds} that are municipality groups, in their order, once each. */
    public static List<String> municipalityCodes(Collection<String> groupIds) {
        return groupIds.stream().filter(GroupIds::isMunicipalityGroup).map(GroupIds::codeOfMunicipalityGroup).distinct().toList();
    }
}
