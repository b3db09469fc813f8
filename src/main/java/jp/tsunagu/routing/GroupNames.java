package jp.tsunagu.routing;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.MunicipalityRepository;
import jp.tsunagu.organization.Region;
import jp.tsunagu.organization.RegionRepository;

/** A group id as people call it: 津軽圏域アドバイザー, むつ市, 小児在宅支援センター ... */
@Component
public class GroupNames {

    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;

    public GroupNames(RegionRepository regions, MunicipalityRepository municipalities) {
        this.regions = regions;
        this.municipalities = municipalities;
    }

    /** Names groups with the regions and municipalities as they are now (read once per call). */
    public UnaryOperator<String> naming() {
        Map<String, String> regionNames = regions.findAll().stream().collect(Collectors.toMap(Region::getId, Region::getName));
        Map<String, String> towns = municipalities.findAll().stream()
                .collect(Collectors.toMap(Municipality::getCode, Municipality::getName));
        return groupId -> of(groupId, regionNames, towns);
    }

    /**
     * @param regionNames region id to its name (津軽)
     * @param towns municipality code to its name (むつ市)
     */
    public static String of(String groupId, Map<String, String> regionNames, Map<String, String> towns) {
        if (groupId == null) {
            return "担当者のみ（グループなし）";
        }
        if (GroupIds.isAdviserGroup(groupId)) {
            return regionNames.getOrDefault(GroupIds.regionOfAdviserGroup(groupId), groupId) + "圏域アドバイザー";
        }
        if (GroupIds.isMunicipalityGroup(groupId)) {
            return towns.getOrDefault(GroupIds.codeOfMunicipalityGroup(groupId), groupId);
        }
        return switch (groupId) {
            case GroupIds.SUPPORT_CENTER -> "小児在宅支援センター";
            case GroupIds.PREFECTURE -> "県 障害福祉課";
            case GroupIds.COORDINATOR -> "コーディネーター";
            case GroupIds.ADMIN -> "システム管理者";
            default -> groupId;
        };
    }
}
