package jp.tsunagu.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the free text of older records is read into kinds (V46), on the seed's own 経過 tables. */
class ParticipantRolesTextTest {

    @Test
    void oneKnownPersonPerPartThatAddsUpToTheCountIsSplitExactly() {
        assertThat(ParticipantRolesText.split("本人、母、祖母、コーディネーター、圏域アドバイザー", 5, false)).containsExactly(
                count("FAMILY", 3), count("COORDINATOR", 1), count("ADVISER", 1));
        assertThat(ParticipantRolesText.split("本人、母、小児在宅支援センター、コーディネーター、圏域アドバイザー", 5, false))
                .containsExactly(count("FAMILY", 2), count("CENTER", 1), count("COORDINATOR", 1), count("ADVISER", 1));
        assertThat(ParticipantRolesText.split("コーディネーター、圏域アドバイザー", 2, false))
                .containsExactly(count("COORDINATOR", 1), count("ADVISER", 1));
    }

    @Test
    void theSeedsWordsFindTheirKinds() {
        assertThat(ParticipantRolesText.kindOf("むつ市保健師")).hasValue("MUNICIPAL_HEALTH");
        assertThat(ParticipantRolesText.kindOf("相談支援専門員")).hasValue("CONSULTATION_OFFICE");
        assertThat(ParticipantRolesText.kindOf("訪問看護師")).hasValue("HOME_NURSING");
        assertThat(ParticipantRolesText.kindOf("看護師")).hasValue("HOSPITAL");
        assertThat(ParticipantRolesText.kindOf("病院スタッフ")).hasValue("HOSPITAL");
        assertThat(ParticipantRolesText.kindOf("医療機関")).hasValue("HOSPITAL");
        assertThat(ParticipantRolesText.kindOf("市町村コーディネーター")).hasValue("COORDINATOR");
        assertThat(ParticipantRolesText.kindOf("放課後等デイサービス事業所職員")).hasValue("SERVICE_PROVIDER");
        assertThat(ParticipantRolesText.kindOf("入所予定施設")).hasValue("SERVICE_PROVIDER");
        assertThat(ParticipantRolesText.kindOf("教育委員会")).hasValue("EDUCATION_BOARD");
        assertThat(ParticipantRolesText.kindOf("民生委員")).hasValue("WELFARE_COMMISSIONER");
        assertThat(ParticipantRolesText.kindOf("消防署")).hasValue("FIRE_STATION");
        assertThat(ParticipantRolesText.kindOf("県")).hasValue("PREFECTURE");
        assertThat(ParticipantRolesText.kindOf("青森圏域行政")).hasValue("MUNICIPAL_WELFARE");
        assertThat(ParticipantRolesText.kindOf("市町村")).hasValue("MUNICIPAL_WELFARE");
        assertThat(ParticipantRolesText.kindOf("祖父母")).hasValue("FAMILY");
        assertThat(ParticipantRolesText.kindOf("薬剤師")).isEmpty();
        assertThat(ParticipantRolesText.kindOf("オブザーバー")).isEmpty();
    }

    @Test
    void whatCannotBeSplitGivesOnePerNamedPartAndTheRestStaysTogetherUnderOther() {
        // R5.8月 関係者会議 18名 (下北): six parts, two of them hospitals
        assertThat(ParticipantRolesText.split("市町村、入院中病院、入所予定施設、支援センター、退院後通院予定病院、圏域アドバイザー", 18, false))
                .containsExactly(count("MUNICIPAL_WELFARE", 1), count("HOSPITAL", 2), count("SERVICE_PROVIDER", 1),
                        count("CENTER", 1), count("ADVISER", 1), count("OTHER", 12));
        // 等 says there were more than named, even when the parts add up
        assertThat(ParticipantRolesText.split("本人、家族、コーディネーター、圏域アドバイザー等", 9, false))
                .containsExactly(count("FAMILY", 2), count("COORDINATOR", 1), count("ADVISER", 1), count("OTHER", 5));
        // a part no kind fits: counted under その他 with the rest
        assertThat(ParticipantRolesText.split("委員、オブザーバー、市町村担当者", 24, false))
                .containsExactly(count("MUNICIPAL_WELFARE", 1), count("OTHER", 23));
        assertThat(ParticipantRolesText.split("医療的ケア児支援に関わる職種問わず", 61, false)).containsExactly(count("OTHER", 61));
        assertThat(ParticipantRolesText.split(null, 3, false)).containsExactly(count("OTHER", 3));
    }

    @Test
    void moreNamedPartsThanPeopleKeepTheWholeCountUnderOther() {
        assertThat(ParticipantRolesText.split("本人、母、父、コーディネーター", 2, false)).containsExactly(count("OTHER", 2));
    }

    @Test
    void tasuKeepsItsTotalOfZeroAndNamesWhoWasThere() {
        assertThat(ParticipantRolesText.split("来場者、圏域アドバイザー", 0, true)).containsExactly(count("ADVISER", 1));
        assertThat(ParticipantRolesText.split("来場者", 0, true)).isEmpty();
    }

    private static ParticipantCount count(String kind, int count) {
        return new ParticipantCount(kind, count);
    }

}
