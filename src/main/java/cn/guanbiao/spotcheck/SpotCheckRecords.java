package cn.guanbiao.spotcheck;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.guanbiao.platform.Sequences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The campaigns, their draws and what the inspections found (tables {@code spot_check_*}). Also read by the
 * diagram: {@code ${spotCheckRecords.sample(campaignNo)}}, {@code ${spotCheckRecords.inspectors(campaignNo, applicationNo)}}.
 */
@Repository
public class SpotCheckRecords {

    public enum CampaignStatus { IN_PROGRESS, NOTHING_TO_CHECK, PUBLISHED }

    public record Campaign(String campaignNo, String processInstanceId, long seed, BigDecimal rate, int inspectorsPerUnit,
            String scopeCallId, int populationSize, int sampleSize, List<String> inspectorPool, String startedBy,
            LocalDateTime drawnAt, CampaignStatus status, LocalDateTime publishedAt) {
    }

    /** A drawn unit; the conclusion and what follows it are null until inspected. */
    public record CheckedUnit(String campaignNo, String applicationNo, String orgName, String creditCode, int drawOrder,
            List<String> inspectors, SpotCheckConclusion conclusion, String unmetItems, String findings,
            String inspectedBy, LocalDateTime inspectedAt) {
    }

    public record Recusal(String applicationNo, String userId, String reason) {
    }

    private static final String CAMPAIGN_COLUMNS = "campaign_no, process_instance_id, seed, rate, inspectors_per_unit, "
            + "scope_call_id, population_size, sample_size, inspector_pool, started_by, drawn_at, status, published_at";
    private static final String UNIT_QUERY = "SELECT u.campaign_no, u.application_no, a.org_name, a.credit_code, u.draw_order, "
            + "u.inspectors, u.conclusion, u.unmet_items, u.findings, u.inspected_by, u.inspected_at "
            + "FROM spot_check_unit u JOIN application a ON a.application_no = u.application_no ";

    private final JdbcClient jdbc;
    private final Sequences sequences;

    public SpotCheckRecords(JdbcClient jdbc, Sequences sequences) {
        this.jdbc = jdbc;
        this.sequences = sequences;
    }

    public String nextCampaignNo(int year) {
        return "SC-%d-%02d".formatted(year, sequences.next("spot_check_campaign_seq"));
    }

    /** Stores a draw: the campaign, its population in order, the drawn units with their inspectors, the recusals. */
    public void store(Campaign campaign, SpotCheckDraw.Result draw, List<Recusal> recusals) {
        jdbc.sql("INSERT INTO spot_check_campaign (" + CAMPAIGN_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(campaign.campaignNo(), campaign.processInstanceId(), campaign.seed(), campaign.rate(),
                        campaign.inspectorsPerUnit(), campaign.scopeCallId(), campaign.populationSize(), campaign.sampleSize(),
                        String.join(",", campaign.inspectorPool()), campaign.startedBy(), campaign.drawnAt(),
                        campaign.status().name(), campaign.publishedAt())
                .update();
        for (int i = 0; i < draw.population().size(); i++) {
            SpotCheckDraw.Unit unit = draw.population().get(i);
            jdbc.sql("INSERT INTO spot_check_population (campaign_no, position, application_no, credit_code) VALUES (?, ?, ?, ?)")
                    .params(campaign.campaignNo(), i, unit.applicationNo(), unit.creditCode()).update();
        }
        for (int i = 0; i < draw.picks().size(); i++) {
            SpotCheckDraw.Pick pick = draw.picks().get(i);
            jdbc.sql("INSERT INTO spot_check_unit (campaign_no, application_no, draw_order, inspectors) VALUES (?, ?, ?, ?)")
                    .params(campaign.campaignNo(), pick.unit().applicationNo(), i, String.join(",", pick.inspectors())).update();
        }
        for (Recusal recusal : recusals) {
            jdbc.sql("INSERT INTO spot_check_recusal (campaign_no, application_no, user_id, reason) VALUES (?, ?, ?, ?)")
                    .params(campaign.campaignNo(), recusal.applicationNo(), recusal.userId(), recusal.reason()).update();
        }
    }

    public Optional<Campaign> campaign(String campaignNo) {
        return jdbc.sql("SELECT " + CAMPAIGN_COLUMNS + " FROM spot_check_campaign WHERE campaign_no = ?").param(campaignNo)
                .query(SpotCheckRecords::campaign).optional();
    }

    /** Newest first. */
    public List<Campaign> campaigns() {
        return jdbc.sql("SELECT " + CAMPAIGN_COLUMNS + " FROM spot_check_campaign ORDER BY drawn_at DESC, campaign_no DESC")
                .query(SpotCheckRecords::campaign).list();
    }

    /** Published campaigns, newest first: what the public page shows. */
    public List<Campaign> published() {
        return jdbc.sql("SELECT " + CAMPAIGN_COLUMNS + " FROM spot_check_campaign WHERE status = 'PUBLISHED' "
                        + "ORDER BY published_at DESC, campaign_no DESC")
                .query(SpotCheckRecords::campaign).list();
    }

    /** The population the draw was made from, in the (sorted) order it was drawn from. */
    public List<SpotCheckDraw.Unit> population(String campaignNo) {
        return jdbc.sql("SELECT application_no, credit_code FROM spot_check_population WHERE campaign_no = ? ORDER BY position")
                .param(campaignNo).query(SpotCheckDraw.Unit.class).list();
    }

    /** The drawn applications in draw order: the collection of the inspections (multi-instance). */
    public List<String> sample(String campaignNo) {
        return jdbc.sql("SELECT application_no FROM spot_check_unit WHERE campaign_no = ? ORDER BY draw_order")
                .param(campaignNo).query(String.class).list();
    }

    /** The inspectors drawn for the unit: the candidate users of its inspection. */
    public List<String> inspectors(String campaignNo, String applicationNo) {
        return unit(campaignNo, applicationNo).inspectors();
    }

    public CheckedUnit unit(String campaignNo, String applicationNo) {
        return jdbc.sql(UNIT_QUERY + "WHERE u.campaign_no = ? AND u.application_no = ?").params(campaignNo, applicationNo)
                .query(SpotCheckRecords::unit).optional()
                .orElseThrow(() -> new IllegalStateException(applicationNo + " was not drawn in " + campaignNo));
    }

    public List<CheckedUnit> units(String campaignNo) {
        return jdbc.sql(UNIT_QUERY + "WHERE u.campaign_no = ? ORDER BY u.draw_order").param(campaignNo)
                .query(SpotCheckRecords::unit).list();
    }

    public List<Recusal> recusals(String campaignNo) {
        return jdbc.sql("SELECT application_no, user_id, reason FROM spot_check_recusal WHERE campaign_no = ? "
                        + "ORDER BY application_no, user_id")
                .param(campaignNo).query(Recusal.class).list();
    }

    public void recordInspection(String campaignNo, String applicationNo, InspectionChecklist.Inspection inspection,
            String inspectedBy, LocalDateTime inspectedAt) {
        jdbc.sql("UPDATE spot_check_unit SET conclusion = ?, unmet_items = ?, findings = ?, inspected_by = ?, inspected_at = ? "
                        + "WHERE campaign_no = ? AND application_no = ?")
                .params(inspection.conclusion().name(), InspectionChecklist.Inspection.describe(inspection.unmet()),
                        inspection.findings(), inspectedBy, inspectedAt, campaignNo, applicationNo)
                .update();
    }

    public void publish(String campaignNo, LocalDateTime publishedAt) {
        jdbc.sql("UPDATE spot_check_campaign SET status = 'PUBLISHED', published_at = ? WHERE campaign_no = ? AND status <> 'PUBLISHED'")
                .params(publishedAt, campaignNo).update();
    }

    private static Campaign campaign(ResultSet rs, int row) throws SQLException {
        return new Campaign(rs.getString("campaign_no"), rs.getString("process_instance_id"), rs.getLong("seed"),
                rs.getBigDecimal("rate").stripTrailingZeros(), rs.getInt("inspectors_per_unit"), rs.getString("scope_call_id"),
                rs.getInt("population_size"), rs.getInt("sample_size"), split(rs.getString("inspector_pool")),
                rs.getString("started_by"), rs.getObject("drawn_at", LocalDateTime.class),
                CampaignStatus.valueOf(rs.getString("status")), rs.getObject("published_at", LocalDateTime.class));
    }

    private static CheckedUnit unit(ResultSet rs, int row) throws SQLException {
        String conclusion = rs.getString("conclusion");
        return new CheckedUnit(rs.getString("campaign_no"), rs.getString("application_no"), rs.getString("org_name"),
                rs.getString("credit_code"), rs.getInt("draw_order"), split(rs.getString("inspectors")),
                conclusion == null ? null : SpotCheckConclusion.valueOf(conclusion), rs.getString("unmet_items"),
                rs.getString("findings"), rs.getString("inspected_by"), rs.getObject("inspected_at", LocalDateTime.class));
    }

    private static List<String> split(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
