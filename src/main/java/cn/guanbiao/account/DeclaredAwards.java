package cn.guanbiao.account;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.guanbiao.application.ApplicationForm;
import cn.guanbiao.application.AwardLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every award a unit ever declared (R4: awards already received, from any level), once. A declaration is never
 * forgotten: a later application that leaves it out does not remove it. The same award declared again counts once:
 * the same level, year and awarding document (文号); without a document, the same level and amount (a second line of
 * the same level and amount in one application is a second award). Only the application that first declared an award
 * may take it back, by correcting its own form.
 */
@Repository
public class DeclaredAwards {

    public record Declared(AwardLevel level, BigDecimal amount, Integer year, String documentNo, String applicationNo,
            LocalDateTime declaredAt) {
    }

    private final JdbcClient jdbc;

    public DeclaredAwards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void declare(String applicationNo, String creditCode, List<ApplicationForm.PriorAward> awards, LocalDateTime at) {
        Map<String, ApplicationForm.PriorAward> keyed = keyed(awards);
        jdbc.sql("DELETE FROM declared_award WHERE application_no = ?").param(applicationNo).update();
        for (Map.Entry<String, ApplicationForm.PriorAward> entry : keyed.entrySet()) {
            ApplicationForm.PriorAward award = entry.getValue();
            if (jdbc.sql("SELECT COUNT(*) FROM declared_award WHERE credit_code = ? AND award_key = ?")
                    .params(creditCode, entry.getKey()).query(Long.class).single() == 0) {
                jdbc.sql("INSERT INTO declared_award (credit_code, award_key, award_level, award_year, document_no, amount, "
                                + "application_no, declared_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(creditCode, entry.getKey(), award.level().name(), award.year(), award.documentNo(), award.amount(),
                                applicationNo, at)
                        .update();
            }
        }
    }

    public List<Declared> of(String creditCode) {
        return jdbc.sql("SELECT award_level, amount, award_year, document_no, application_no, declared_at FROM declared_award "
                        + "WHERE credit_code = ? ORDER BY declared_at, application_no, award_key")
                .param(creditCode)
                .query((rs, i) -> {
                    int year = rs.getInt("award_year");
                    return new Declared(AwardLevel.valueOf(rs.getString("award_level")), rs.getBigDecimal("amount"),
                            rs.wasNull() ? null : year, rs.getString("document_no"), rs.getString("application_no"),
                            rs.getTimestamp("declared_at").toLocalDateTime());
                })
                .list();
    }

    /** Each award of one form under the key that identifies it across the unit's applications. */
    static Map<String, ApplicationForm.PriorAward> keyed(List<ApplicationForm.PriorAward> awards) {
        Map<String, ApplicationForm.PriorAward> keyed = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ApplicationForm.PriorAward award : awards) {
            String key;
            if (award.documentNo() != null && !award.documentNo().isBlank()) {
                key = award.level() + "|" + (award.year() == null ? "" : award.year()) + "|" + document(award.documentNo());
            } else {
                String kind = award.level() + "|" + award.amount().setScale(2).toPlainString();
                key = kind + "|" + seen.merge(kind, 1, Integer::sum);
            }
            keyed.putIfAbsent(key, award);
        }
        return keyed;
    }

    /** An awarding document as compared: 渝北知发〔2025〕12号 and 渝北知发[2025]12 号 are one document. */
    static String document(String documentNo) {
        return InvoiceKeys.of(documentNo).replace('〔', '[').replace('〕', ']').replace('（', '(').replace('）', ')')
                .toUpperCase(Locale.ROOT);
    }
}
