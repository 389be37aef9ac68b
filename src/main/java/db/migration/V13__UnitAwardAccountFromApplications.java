package db.migration;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import cn.guanbiao.account.DeclaredAwards;
import cn.guanbiao.account.InvoiceRegister;
import cn.guanbiao.application.ApplicationForm;
import cn.guanbiao.application.AuditStage;
import cn.guanbiao.application.AwardLevel;
import cn.guanbiao.application.FeeKind;
import cn.guanbiao.platform.DatabaseProduct;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Builds every unit's award account (V12) from the applications a database already holds, as if the register had
 * kept them from the start: in the order they were submitted, each application's invoices are claimed (compared by
 * their normalized number, which needs Java: full-width digits) and its declared awards recorded; one that ended
 * unpaid then releases its claims, one that was paid consumes them. It uses the register's own code, so the account is
 * built by the same rules it is kept by.
 */
public class V13__UnitAwardAccountFromApplications extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        InvoiceRegister register = new InvoiceRegister(jdbc, new DatabaseProduct(dataSource));
        DeclaredAwards declared = new DeclaredAwards(jdbc);
        List<Map<String, Object>> applications = jdbc.sql("SELECT a.application_no, a.credit_code, a.status, a.submitted_at, "
                        + "(SELECT MIN(l.booked_at) FROM ledger_entry l WHERE l.application_no = a.application_no AND l.kind = 'PAYMENT') "
                        + "AS paid_at, a.updated_at FROM application a ORDER BY a.submitted_at, a.application_no")
                .query().listOfRows();
        for (Map<String, Object> application : applications) {
            String applicationNo = (String) application.get("application_no");
            String creditCode = (String) application.get("credit_code");
            LocalDateTime submittedAt = time(application.get("submitted_at"));
            register.claim(applicationNo, creditCode, fees(jdbc, applicationNo), submittedAt);
            declared.declare(applicationNo, creditCode, priorAwards(jdbc, applicationNo), submittedAt);
            if (application.get("paid_at") != null) {
                register.consume(applicationNo, time(application.get("paid_at")));
            } else if ("REJECTED".equals(application.get("status")) || "NOT_FUNDED".equals(application.get("status"))) {
                register.release(applicationNo, time(application.get("updated_at")));
            }
        }
    }

    private static List<ApplicationForm.Fee> fees(JdbcClient jdbc, String applicationNo) {
        return jdbc.sql("SELECT invoice_no, amount, cycle, stage, kind FROM fee_item WHERE application_no = ? ORDER BY position")
                .param(applicationNo)
                .query((rs, i) -> new ApplicationForm.Fee(rs.getString("invoice_no"), rs.getBigDecimal("amount"),
                        rs.getInt("cycle"), AuditStage.valueOf(rs.getString("stage")), FeeKind.valueOf(rs.getString("kind"))))
                .list();
    }

    private static List<ApplicationForm.PriorAward> priorAwards(JdbcClient jdbc, String applicationNo) {
        return jdbc.sql("SELECT award_level, amount FROM prior_award WHERE application_no = ? ORDER BY position")
                .param(applicationNo)
                .query((rs, i) -> new ApplicationForm.PriorAward(AwardLevel.valueOf(rs.getString("award_level")),
                        rs.getBigDecimal("amount")))
                .list();
    }

    private static LocalDateTime time(Object value) {
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
