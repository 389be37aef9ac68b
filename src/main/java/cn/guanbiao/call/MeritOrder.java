package cn.guanbiao.call;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.guanbiao.application.HonourLevel;

/**
 * DOMAIN §4: units certified by a body on the filing list first, then national over municipal honours, then
 * earlier submission. The list takes units in that order while the remaining budget covers the next one in
 * full, and stops at the first it cannot cover: awards are never partial.
 */
public final class MeritOrder {

    public record Candidate(String applicationNo, String orgName, String creditCode, boolean bodyOnFilingList,
            HonourLevel honourLevel, LocalDateTime submittedAt, BigDecimal amount) {

        public String priority() {
            String body = bodyOnFilingList ? "备案名录认证机构" : "一般认证机构";
            String honour = switch (honourLevel) {
                case NATIONAL -> "国家级优势/示范企业";
                case MUNICIPAL -> "市级优势/示范企业";
                case NONE -> "无优势/示范称号";
            };
            return body + "；" + honour;
        }
    }

    public record Placement(int rank, Candidate candidate, boolean funded, BigDecimal cumulative) {
    }

    public record AwardList(BigDecimal budget, BigDecimal totalFunded, List<Placement> placements) {
        public BigDecimal remaining() {
            return budget.subtract(totalFunded);
        }
    }

    static final Comparator<Candidate> ORDER = Comparator
            .comparing(Candidate::bodyOnFilingList).reversed()
            .thenComparing(Candidate::honourLevel, Comparator.reverseOrder())
            .thenComparing(Candidate::submittedAt)
            .thenComparing(Candidate::applicationNo);

    private MeritOrder() {
    }

    public static AwardList rank(BigDecimal budget, List<Candidate> candidates) {
        List<Candidate> ordered = candidates.stream().sorted(ORDER).toList();
        List<Placement> placements = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean budgetReached = false;
        for (int i = 0; i < ordered.size(); i++) {
            Candidate candidate = ordered.get(i);
            boolean funded = !budgetReached && total.add(candidate.amount()).compareTo(budget) <= 0;
            if (funded) {
                total = total.add(candidate.amount());
            } else {
                budgetReached = true;
            }
            placements.add(new Placement(i + 1, candidate, funded, total));
        }
        return new AwardList(budget, total, placements);
    }
}
