package cn.guanbiao.pilot;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The enterprises eligible for the ISO 56005 pilot (003_… 二): national IP advantage or demonstration enterprises
 * (国家知识产权优势/示范企业) and national "little giants" (专精特新“小巨人”), each with the year it was piloted.
 */
@Repository
public class PilotEnterprises {

    /** The national IP honour that makes an enterprise eligible; {@code null} when only a little giant. */
    public enum IpHonour {
        NATIONAL_ADVANTAGE("国家知识产权优势企业"), NATIONAL_DEMONSTRATION("国家知识产权示范企业");

        private final String label;

        IpHonour(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record PilotEnterprise(String creditCode, String name, String districtCode, IpHonour ipHonour,
            boolean littleGiant, String contactName, String contactPhone, String contactEmail, Integer pilotYear) {

        /** What makes it eligible, as people read it. */
        public String eligibleAs() {
            String honour = ipHonour == null ? "" : ipHonour.label();
            return littleGiant ? (honour.isEmpty() ? "专精特新“小巨人”企业" : honour + "、专精特新“小巨人”企业") : honour;
        }

        public boolean piloted() {
            return pilotYear != null;
        }
    }

    private static final String COLUMNS = "credit_code, name, district_code, ip_honour, little_giant, contact_name, "
            + "contact_phone, contact_email, pilot_year";

    private final JdbcClient jdbc;
    private final Clock clock;

    public PilotEnterprises(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<PilotEnterprise> find(String creditCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pilot_enterprise WHERE credit_code = ?").param(creditCode)
                .query(PilotEnterprise.class).optional();
    }

    public List<PilotEnterprise> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pilot_enterprise ORDER BY district_code, credit_code")
                .query(PilotEnterprise.class).list();
    }

    public List<PilotEnterprise> ofDistrict(String districtCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pilot_enterprise WHERE district_code = ? ORDER BY credit_code")
                .param(districtCode).query(PilotEnterprise.class).list();
    }

    /** Inserts or replaces what an administrator sent (the pilot year too: lists approved before this system). */
    public void save(PilotEnterprise e) {
        int updated = jdbc.sql("UPDATE pilot_enterprise SET name = ?, district_code = ?, ip_honour = ?, little_giant = ?, "
                        + "contact_name = ?, contact_phone = ?, contact_email = ?, pilot_year = ?, updated_at = ? WHERE credit_code = ?")
                .params(e.name(), e.districtCode(), e.ipHonour() == null ? null : e.ipHonour().name(), e.littleGiant(),
                        e.contactName(), e.contactPhone(), e.contactEmail(), e.pilotYear(), LocalDateTime.now(clock),
                        e.creditCode())
                .update();
        if (updated == 0) {
            insert(e);
        }
    }

    void addIfAbsent(PilotEnterprise e) {
        if (find(e.creditCode()).isEmpty()) {
            insert(e);
        }
    }

    /** Marks the enterprises of an approved list as piloted in the year; those already piloted keep their year. */
    void markPiloted(Collection<String> creditCodes, int year) {
        for (String code : creditCodes) {
            jdbc.sql("UPDATE pilot_enterprise SET pilot_year = ?, updated_at = ? WHERE credit_code = ? AND pilot_year IS NULL")
                    .params(year, LocalDateTime.now(clock), code).update();
        }
    }

    /** The contact person the district named when it sent the list. */
    void updateContact(String creditCode, String name, String phone, String email) {
        jdbc.sql("UPDATE pilot_enterprise SET contact_name = ?, contact_phone = ?, contact_email = ?, updated_at = ? "
                        + "WHERE credit_code = ?")
                .params(name, phone, email, LocalDateTime.now(clock), creditCode).update();
    }

    private void insert(PilotEnterprise e) {
        jdbc.sql("INSERT INTO pilot_enterprise (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.creditCode(), e.name(), e.districtCode(), e.ipHonour() == null ? null : e.ipHonour().name(),
                        e.littleGiant(), e.contactName(), e.contactPhone(), e.contactEmail(), e.pilotYear(),
                        LocalDateTime.now(clock))
                .update();
    }
}
