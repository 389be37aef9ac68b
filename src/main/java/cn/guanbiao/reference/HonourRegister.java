package cn.guanbiao.reference;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.guanbiao.application.Honour;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of honours (认定名录) the municipal office keeps from the published lists of municipal and national IP
 * advantage/demonstration enterprises: one listing per unit, honour and year of the list. Every row added, changed or
 * removed is recorded in {@code honour_register_change} with who, when and from where. A title counts for
 * {@code app.honours.valid-years} calendar years from the year of its list (policy data, see {@link #covers}).
 */
@Repository
public class HonourRegister {

    /** One unit on one published list, as imported. */
    public record Entry(String creditCode, Honour honour, int listYear, String orgName, String document) {
    }

    public record Listing(long id, String creditCode, Honour honour, int listYear, String orgName, String document,
            String source, String addedBy, LocalDateTime addedAt) {

        Entry entry() {
            return new Entry(creditCode, honour, listYear, orgName, document);
        }
    }

    public enum Action {
        ADDED("新增"), CHANGED("修改"), REMOVED("删除");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Change(long id, Action action, String creditCode, Honour honour, int listYear, String orgName,
            String document, String detail, String source, String changedBy, LocalDateTime changedAt) {
    }

    /** What an import did: rows added, rows whose name or document changed, rows already there as they were. */
    public record Outcome(int added, int changed, int unchanged) {
    }

    private static final String LISTING = "SELECT id, credit_code, honour, list_year, org_name, document, source, added_by, "
            + "added_at FROM honour_register";
    private static final String CHANGE = "SELECT id, action, credit_code, honour, list_year, org_name, document, detail, "
            + "source, changed_by, changed_at FROM honour_register_change";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int validYears;

    public HonourRegister(JdbcClient jdbc, Clock clock, @Value("${app.honours.valid-years:3}") int validYears) {
        if (validYears < 1) {
            throw new IllegalArgumentException("app.honours.valid-years must be at least 1, is " + validYears);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.validYears = validYears;
    }

    public int validYears() {
        return validYears;
    }

    /** A title of the list of {@code listing.listYear()} counts in that year and the {@code validYears - 1} after it. */
    public boolean covers(Listing listing, int year) {
        return listing.listYear() <= year && year - listing.listYear() < validYears;
    }

    /** The last year in which a title of the list of {@code listYear} counts. */
    public int lastValidYear(int listYear) {
        return listYear + validYears - 1;
    }

    public List<Listing> of(String creditCode) {
        return jdbc.sql(LISTING + " WHERE credit_code = ? ORDER BY list_year DESC, honour").param(creditCode)
                .query(Listing.class).list();
    }

    /** Listings, newest list first; either filter may be null. */
    public List<Listing> find(String creditCode, Integer listYear) {
        StringBuilder sql = new StringBuilder(LISTING).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (creditCode != null) {
            sql.append(" AND credit_code = ?");
            params.add(creditCode);
        }
        if (listYear != null) {
            sql.append(" AND list_year = ?");
            params.add(listYear);
        }
        return jdbc.sql(sql.append(" ORDER BY list_year DESC, honour, credit_code").toString()).params(params)
                .query(Listing.class).list();
    }

    public Optional<Listing> find(long id) {
        return jdbc.sql(LISTING + " WHERE id = ?").param(id).query(Listing.class).optional();
    }

    /** The latest changes (of one unit, or of all when {@code creditCode} is null), newest first. */
    public List<Change> changes(String creditCode, int limit) {
        var query = creditCode == null
                ? jdbc.sql(CHANGE + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
                : jdbc.sql(CHANGE + " WHERE credit_code = ? ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY").param(creditCode);
        return query.query(Change.class).list();
    }

    /**
     * Adds each entry not yet listed and updates the name and document of those listed otherwise; an entry listed as it
     * is changes nothing, so importing the same list again is a no-op. All in one transaction. {@code user} is null for
     * what the application loads itself.
     */
    @Transactional
    public Outcome apply(List<Entry> entries, String source, String user) {
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        try {
            for (Entry entry : entries) {
                Optional<Listing> listed = listing(entry);
                if (listed.isEmpty()) {
                    insert(entry, source, user);
                    added++;
                } else if (listed.get().entry().equals(entry)) {
                    unchanged++;
                } else {
                    update(listed.get(), entry, source, user);
                    changed++;
                }
            }
        } catch (DuplicateKeyException concurrentImport) {
            throw new ConcurrencyFailureException("Another change added the same listing first", concurrentImport);
        }
        return new Outcome(added, changed, unchanged);
    }

    /** Removes one listing, recorded with who, from where and why; empty if there is no such listing (any more). */
    @Transactional
    public Optional<Listing> remove(long id, String source, String user, String reason) {
        Optional<Listing> listing = find(id);
        if (listing.isEmpty() || jdbc.sql("DELETE FROM honour_register WHERE id = ?").param(id).update() == 0) {
            return Optional.empty();
        }
        record(Action.REMOVED, listing.get().entry(), reason == null || reason.isBlank() ? null : "原因：" + reason, source, user);
        return listing;
    }

    /**
     * Loads the seed file's entries that were never in the register: one an administrator removed stays removed, one
     * changed keeps its change.
     */
    @Transactional
    public int seed(List<Entry> entries, String source) {
        List<Entry> fresh = new ArrayList<>();
        for (Entry entry : entries) {
            boolean known = jdbc.sql("SELECT COUNT(*) FROM honour_register_change WHERE credit_code = ? AND honour = ? AND list_year = ?")
                    .params(entry.creditCode(), entry.honour().name(), entry.listYear()).query(Integer.class).single() > 0;
            if (!known && listing(entry).isEmpty()) {
                fresh.add(entry);
            }
        }
        return apply(fresh, source, null).added();
    }

    private Optional<Listing> listing(Entry entry) {
        return jdbc.sql(LISTING + " WHERE credit_code = ? AND honour = ? AND list_year = ?")
                .params(entry.creditCode(), entry.honour().name(), entry.listYear()).query(Listing.class).optional();
    }

    private void insert(Entry entry, String source, String user) {
        jdbc.sql("INSERT INTO honour_register (credit_code, honour, list_year, org_name, document, source, added_by, added_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.creditCode(), entry.honour().name(), entry.listYear(), entry.orgName(), entry.document(),
                        source, user, LocalDateTime.now(clock))
                .update();
        record(Action.ADDED, entry, null, source, user);
    }

    private void update(Listing before, Entry entry, String source, String user) {
        jdbc.sql("UPDATE honour_register SET org_name = ?, document = ?, source = ?, added_by = ?, added_at = ? WHERE id = ?")
                .params(entry.orgName(), entry.document(), source, user, LocalDateTime.now(clock), before.id()).update();
        List<String> what = new ArrayList<>();
        if (!Objects.equals(before.orgName(), entry.orgName())) {
            what.add("单位名称：" + before.orgName() + " → " + entry.orgName());
        }
        if (!Objects.equals(before.document(), entry.document())) {
            what.add("文号/名录：" + before.document() + " → " + entry.document());
        }
        record(Action.CHANGED, entry, String.join("；", what), source, user);
    }

    private void record(Action action, Entry entry, String detail, String source, String user) {
        jdbc.sql("INSERT INTO honour_register_change (action, credit_code, honour, list_year, org_name, document, detail,"
                        + " source, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(action.name(), entry.creditCode(), entry.honour().name(), entry.listYear(), entry.orgName(),
                        entry.document(), detail, source, user, LocalDateTime.now(clock))
                .update();
    }
}
