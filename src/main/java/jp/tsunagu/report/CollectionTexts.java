package jp.tsunagu.report;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the support center writes for the case collection (tables collection_case,
 * collection_case_point, collection_case_voice, collection_direction): per case whether it is
 * published (掲載する) and where, its theme title, 概要, headed points and added voices; per region
 * and period its 今後の方向性. Who may write is decided by the caller ({@link ReportAccess}).
 */
@Repository
public class CollectionTexts {

    /** The center's texts of one case; null title or summary: made from the records. */
    public record CaseTexts(String businessKey, boolean published, Integer position, String title, String summary,
            List<Point> points, List<AddedVoice> voices) {

        public static CaseTexts none(String businessKey) {
            return new CaseTexts(businessKey, false, null, null, null, List.of(), List.of());
        }
    }

    /** One of ①②③: a heading (「新規コーディネーターの選定」) and its text. */
    public record Point(String heading, String text) {
    }

    /** A voice no flow recorded: under which heading, who (by role), what they said. */
    public record AddedVoice(String heading, String speaker, String text) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public CollectionTexts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The texts of these cases, by business key; a case the center never edited is absent. */
    public Map<String, CaseTexts> of(Collection<String> businessKeys) {
        if (businessKeys.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> keys = Map.of("keys", List.copyOf(businessKeys));
        Map<String, List<Point>> points = new HashMap<>();
        jdbc.query("select business_key, heading, body from collection_case_point where business_key in (:keys)"
                + " order by business_key, seq", keys, rs -> {
                    points.computeIfAbsent(rs.getString("business_key"), key -> new ArrayList<>())
                            .add(new Point(rs.getString("heading"), rs.getString("body")));
                });
        Map<String, List<AddedVoice>> voices = new HashMap<>();
        jdbc.query("select business_key, heading, speaker, body from collection_case_voice where business_key in (:keys)"
                + " order by business_key, seq", keys, rs -> {
                    voices.computeIfAbsent(rs.getString("business_key"), key -> new ArrayList<>())
                            .add(new AddedVoice(rs.getString("heading"), rs.getString("speaker"), rs.getString("body")));
                });
        Map<String, CaseTexts> texts = new HashMap<>();
        jdbc.query("select business_key, published, position, title, summary from collection_case where business_key in (:keys)",
                keys, rs -> {
                    String key = rs.getString("business_key");
                    texts.put(key, new CaseTexts(key, rs.getBoolean("published"), (Integer) rs.getObject("position", Integer.class),
                            rs.getString("title"), rs.getString("summary"), points.getOrDefault(key, List.of()),
                            voices.getOrDefault(key, List.of())));
                });
        return texts;
    }

    public CaseTexts of(String businessKey) {
        return of(List.of(businessKey)).getOrDefault(businessKey, CaseTexts.none(businessKey));
    }

    /** Replaces the case's texts, points and added voices with these. */
    @Transactional
    public void save(CaseTexts texts, String user, Instant at) {
        MapSqlParameterSource row = new MapSqlParameterSource().addValue("key", texts.businessKey())
                .addValue("published", texts.published()).addValue("position", texts.position(), Types.INTEGER)
                .addValue("title", texts.title(), Types.VARCHAR).addValue("summary", texts.summary(), Types.VARCHAR)
                .addValue("user", user).addValue("at", Timestamp.from(at));
        Map<String, Object> key = Map.of("key", texts.businessKey());
        jdbc.update("delete from collection_case_point where business_key = :key", key);
        jdbc.update("delete from collection_case_voice where business_key = :key", key);
        int updated = jdbc.update("update collection_case set published = :published, position = :position, title = :title,"
                + " summary = :summary, updated_by = :user, updated_at = :at where business_key = :key", row);
        if (updated == 0) {
            jdbc.update("insert into collection_case (business_key, published, position, title, summary, updated_by, updated_at)"
                    + " values (:key, :published, :position, :title, :summary, :user, :at)", row);
        }
        for (int i = 0; i < texts.points().size(); i++) {
            Point point = texts.points().get(i);
            jdbc.update("insert into collection_case_point (business_key, seq, heading, body) values (:key, :seq, :heading, :body)",
                    Map.of("key", texts.businessKey(), "seq", i + 1, "heading", point.heading(), "body", point.text()));
        }
        for (int i = 0; i < texts.voices().size(); i++) {
            AddedVoice voice = texts.voices().get(i);
            jdbc.update("insert into collection_case_voice (business_key, seq, heading, speaker, body)"
                    + " values (:key, :seq, :heading, :speaker, :body)", Map.of("key", texts.businessKey(), "seq", i + 1,
                            "heading", voice.heading(), "speaker", voice.speaker(), "body", voice.text()));
        }
    }

    /** 今後の方向性 of each region for the collection of this period, by region id. */
    public Map<String, String> directions(CollectionPeriod period) {
        Map<String, String> directions = new HashMap<>();
        jdbc.query("select region_id, body from collection_direction where from_month = :from and to_month = :to",
                Map.of("from", period.from().toString(), "to", period.to().toString()),
                rs -> {
                    directions.put(rs.getString("region_id"), rs.getString("body"));
                });
        return directions;
    }

    public Optional<String> direction(String regionId, CollectionPeriod period) {
        return Optional.ofNullable(directions(period).get(regionId));
    }

    /** Writes the region's 今後の方向性 for the period; an empty text removes it. */
    @Transactional
    public void saveDirection(String regionId, CollectionPeriod period, String text, String user, Instant at) {
        Map<String, Object> key = Map.of("region", regionId, "from", period.from().toString(), "to", period.to().toString());
        jdbc.update("delete from collection_direction where region_id = :region and from_month = :from and to_month = :to", key);
        if (text != null && !text.isBlank()) {
            Map<String, Object> row = new HashMap<>(key);
            row.put("body", text);
            row.put("user", user);
            row.put("at", Timestamp.from(at));
            jdbc.update("insert into collection_direction (region_id, from_month, to_month, body, updated_by, updated_at)"
                    + " values (:region, :from, :to, :body, :user, :at)", row);
        }
    }
}
