package cn.guanbiao.application;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The IP indicators of an application: the baseline given when applying, the values reported a year later. */
@Repository
public class IpIndicatorRecords {

    public enum Kind { BASELINE, REPORTED }

    private final JdbcClient jdbc;
    private final Clock clock;

    public IpIndicatorRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void save(String applicationNo, Kind kind, IpIndicators values) {
        delete(applicationNo, kind);
        jdbc.sql("INSERT INTO ip_indicators (application_no, kind, patents_filed, patents_granted, ip_staff, training_hours, "
                        + "risk_warnings, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(applicationNo, kind.name(), values.patentsFiled(), values.patentsGranted(), values.ipStaff(),
                        values.trainingHours(), values.riskWarnings(), LocalDateTime.now(clock))
                .update();
    }

    public Optional<IpIndicators> find(String applicationNo, Kind kind) {
        return jdbc.sql("SELECT patents_filed, patents_granted, ip_staff, training_hours, risk_warnings FROM ip_indicators "
                        + "WHERE application_no = ? AND kind = ?")
                .params(applicationNo, kind.name()).query(IpIndicators.class).optional();
    }

    public void delete(String applicationNo, Kind kind) {
        jdbc.sql("DELETE FROM ip_indicators WHERE application_no = ? AND kind = ?").params(applicationNo, kind.name()).update();
    }
}
