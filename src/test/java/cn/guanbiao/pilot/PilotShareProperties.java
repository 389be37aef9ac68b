package cn.guanbiao.pilot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guanbiao.pilot.PilotEnterprises.IpHonour;
import cn.guanbiao.pilot.PilotEnterprises.PilotEnterprise;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-third arithmetic of 003_… 二 over the three yearly batches: every eligible enterprise of a district is piloted
 * exactly once, all of them by the last year, and no year takes more than a third of the total (rounded up) as long as
 * the district follows the proposal.
 */
class PilotShareProperties {

    private static final PilotYears YEARS = PilotYears.ofPolicy();

    @Property(seed = "56005")
    void followingTheProposalPilotsEveryEnterpriseExactlyOnceAndNoYearMoreThanAThird(
            @ForAll @IntRange(min = 0, max = 400) int total) {
        // given
        List<PilotEnterprise> district = enterprises(0, total);
        Map<String, Integer> pilotedIn = new HashMap<>();

        // when: each year the district sends the proposal as it is
        List<Integer> perYear = new ArrayList<>();
        for (int year = YEARS.firstYear(); year <= YEARS.lastYear(); year++) {
            List<PilotEnterprise> proposal = PilotShare.propose(YEARS.batchNumber(year), YEARS.batches(), district);
            perYear.add(proposal.size());
            for (PilotEnterprise e : proposal) {
                assertThat(pilotedIn.put(e.creditCode(), year)).as("%s piloted twice", e.creditCode()).isNull();
            }
            district = pilot(district, proposal, year);
        }

        // then
        assertThat(pilotedIn.keySet()).containsExactlyInAnyOrderElementsOf(district.stream().map(PilotEnterprise::creditCode).toList());
        int third = (total + 2) / 3;
        assertThat(perYear).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(third));
        assertThat(perYear.get(0)).isEqualTo(third);
    }

    @Property(seed = "56005")
    void whateverTheDistrictsAdjustedAndWhoeverWasRecognisedLaterTheLastYearCoversAllExactlyOnce(
            @ForAll @IntRange(min = 0, max = 200) int initial,
            @ForAll @Size(3) List<@IntRange(min = -5, max = 5) Integer> adjustments,
            @ForAll @Size(3) List<@IntRange(min = 0, max = 20) Integer> newlyRecognised) {
        // given
        List<PilotEnterprise> district = enterprises(0, initial);
        Set<String> pilotedOnce = new HashSet<>();
        int next = initial;

        // when: enterprises join before each batch; the district takes a few more or fewer than proposed
        for (int year = YEARS.firstYear(); year <= YEARS.lastYear(); year++) {
            int k = year - YEARS.firstYear();
            List<PilotEnterprise> joined = new ArrayList<>(district);
            joined.addAll(enterprises(next, newlyRecognised.get(k)));
            next += newlyRecognised.get(k);
            district = joined;
            List<PilotEnterprise> proposal = PilotShare.propose(YEARS.batchNumber(year), YEARS.batches(), district);
            List<PilotEnterprise> notYet = district.stream().filter(e -> !e.piloted()).sorted(PilotShare.PROPOSAL_ORDER).toList();
            int taken = year == YEARS.lastYear() ? proposal.size()
                    : Math.max(0, Math.min(notYet.size(), proposal.size() + adjustments.get(k)));
            List<PilotEnterprise> list = notYet.subList(0, taken);
            for (PilotEnterprise e : list) {
                assertThat(pilotedOnce.add(e.creditCode())).as("%s piloted twice", e.creditCode()).isTrue();
            }
            district = pilot(district, list, year);
        }

        // then
        assertThat(district).allSatisfy(e -> assertThat(e.piloted()).as(e.creditCode()).isTrue());
        assertThat(pilotedOnce).hasSize(district.size());
    }

    @Example
    void aDistrictOfNineTakesThreeEachYear() {
        assertThat(counts(9)).containsExactly(3, 3, 3);
    }

    @Example
    void roundingUpPutsTheRemainderEarly() {
        assertThat(counts(10)).containsExactly(4, 3, 3);
        assertThat(counts(4)).containsExactly(2, 1, 1);
        assertThat(counts(2)).containsExactly(1, 1, 0);
        assertThat(counts(1)).containsExactly(1, 0, 0);
        assertThat(counts(0)).containsExactly(0, 0, 0);
    }

    @Example
    void aDistrictThatTookMoreInTheFirstYearTakesLessInTheSecond() {
        // 9 eligible, 5 piloted in 2023 instead of 3: by the end of 2024 six should be, so one more
        assertThat(PilotShare.count(2, 3, 9, 5)).isEqualTo(1);
        assertThat(PilotShare.count(2, 3, 9, 7)).isZero();
        assertThat(PilotShare.count(3, 3, 9, 7)).isEqualTo(2);
    }

    /** Following the proposal, a district of {@code total}: how many each year. */
    private static List<Integer> counts(int total) {
        List<PilotEnterprise> district = enterprises(0, total);
        List<Integer> counts = new ArrayList<>();
        for (int year = YEARS.firstYear(); year <= YEARS.lastYear(); year++) {
            List<PilotEnterprise> proposal = PilotShare.propose(YEARS.batchNumber(year), YEARS.batches(), district);
            counts.add(proposal.size());
            district = pilot(district, proposal, year);
        }
        return counts;
    }

    private static List<PilotEnterprise> pilot(List<PilotEnterprise> district, List<PilotEnterprise> list, int year) {
        Set<String> codes = new HashSet<>();
        list.forEach(e -> codes.add(e.creditCode()));
        return district.stream().map(e -> codes.contains(e.creditCode())
                ? new PilotEnterprise(e.creditCode(), e.name(), e.districtCode(), e.ipHonour(), e.littleGiant(), e.contactName(),
                        e.contactPhone(), e.contactEmail(), year)
                : e).toList();
    }

    private static List<PilotEnterprise> enterprises(int from, int n) {
        List<PilotEnterprise> list = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            IpHonour honour = i % 3 == 0 ? null : i % 3 == 1 ? IpHonour.NATIONAL_ADVANTAGE : IpHonour.NATIONAL_DEMONSTRATION;
            list.add(new PilotEnterprise(String.format("E%06d", i), "企业" + i, "500999", honour, honour == null, null, null, null, null));
        }
        return list;
    }
}
