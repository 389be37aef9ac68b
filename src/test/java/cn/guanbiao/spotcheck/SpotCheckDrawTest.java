package cn.guanbiao.spotcheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 双随机 without the engine: reproducible, fair to every unit and inspector, and never against a recusal. */
class SpotCheckDrawTest {

    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");
    private static final List<String> INSPECTORS = List.of("inspector1", "inspector2", "inspector3", "inspector4",
            "inspector5", "inspector6");

    @Test
    void sameSeedAndPopulationGiveTheSameDrawWhateverOrderTheyComeIn() {
        // given
        List<SpotCheckDraw.Unit> population = population(100);
        List<SpotCheckDraw.Unit> shuffled = new ArrayList<>(population);
        Collections.shuffle(shuffled, new Random(7));
        List<String> pool = new ArrayList<>(INSPECTORS);
        Collections.reverse(pool);

        // when
        SpotCheckDraw.Result first = SpotCheckDraw.draw(123, population, FIVE_PERCENT, INSPECTORS, 2, unit -> Set.of());
        SpotCheckDraw.Result again = SpotCheckDraw.draw(123, shuffled, FIVE_PERCENT, pool, 2, unit -> Set.of());

        // then
        assertThat(again).isEqualTo(first);
        assertThat(first.picks()).hasSize(5);
        assertThat(first.population()).isSortedAccordingTo(Comparator.comparing(SpotCheckDraw.Unit::applicationNo));
        System.out.printf("seed 123, population 100, rate 5%%: %s%n", first.picks().stream()
                .map(p -> p.unit().applicationNo() + " " + p.inspectors()).toList());
    }

    @Test
    void neighbouringSeedsGiveUnrelatedDraws() {
        // given: seeds people choose, one apart (0, 1, 2, … 1000)
        List<SpotCheckDraw.Unit> population = population(100);
        List<Integer> firstPicks = new ArrayList<>();
        for (long seed = 0; seed <= 1_000; seed++) {
            String first = SpotCheckDraw.draw(seed, population, FIVE_PERCENT, INSPECTORS, 2, unit -> Set.of())
                    .picks().get(0).unit().applicationNo();
            firstPicks.add(Integer.parseInt(first.substring(first.length() - 6)));
        }

        // when: how far the first unit moves from one seed to the next
        Map<Integer, Integer> strides = new HashMap<>();
        for (int i = 1; i < firstPicks.size(); i++) {
            strides.merge(Math.floorMod(firstPicks.get(i) - firstPicks.get(i - 1), 100), 1, Integer::sum);
        }
        int commonest = Collections.max(strides.values());

        // then: unrelated draws spread the 1,000 strides over 100 values (≈ 10 each, rarely over 25); unmixed
        // java.util.Random steps by 24 or 25 almost every time
        System.out.printf("neighbouring seeds: commonest stride of the first unit occurs %d times in 1,000%n", commonest);
        assertThat(commonest).isLessThan(50);
    }

    @ParameterizedTest(name = "{0} paid awards at {1} → {2}")
    @CsvSource({
            "100, 0.05, 5",
            "101, 0.05, 6",
            "30,  0.05, 2",
            "10,  0.05, 1",
            "1,   0.05, 1",
            "0,   0.05, 0",
            "3,   1,    3",
            "1000, 0.3, 300",
    })
    void sampleIsTheRateRoundedUpAndAtLeastOneUnit(int populationSize, BigDecimal rate, int expected) {
        assertThat(SpotCheckDraw.sampleSize(populationSize, rate)).isEqualTo(expected);
    }

    @Test
    void neverPicksAnInspectorWhoMustStandAside() {
        // given: 20 units, for each 0–4 of the 6 inspectors recused (reviewed the application or related to the unit)
        List<SpotCheckDraw.Unit> population = population(20);
        Random chooser = new Random(42);
        Map<String, Set<String>> recused = new HashMap<>();
        for (SpotCheckDraw.Unit unit : population) {
            List<String> shuffled = new ArrayList<>(INSPECTORS);
            Collections.shuffle(shuffled, chooser);
            recused.put(unit.applicationNo(), Set.copyOf(shuffled.subList(0, chooser.nextInt(5))));
        }

        // when: 2,000 draws of half the units, two inspectors each
        int picks = 0;
        for (long seed = 0; seed < 2_000; seed++) {
            SpotCheckDraw.Result result = SpotCheckDraw.draw(seed, population, new BigDecimal("0.5"), INSPECTORS, 2,
                    unit -> recused.get(unit.applicationNo()));

            // then
            for (SpotCheckDraw.Pick pick : result.picks()) {
                assertThat(pick.inspectors()).hasSize(2).doesNotHaveDuplicates().isSubsetOf(INSPECTORS);
                assertThat(Collections.disjoint(pick.inspectors(), recused.get(pick.unit().applicationNo())))
                        .as("%s of %s, recused %s", pick.inspectors(), pick.unit(), recused.get(pick.unit().applicationNo()))
                        .isTrue();
                picks++;
            }
        }
        System.out.printf("recusal: %d units inspected over 2,000 draws, no recused inspector picked%n", picks);
    }

    @Test
    void whenOnlyEnoughInspectorsRemainTheyAreTheOnesPicked() {
        // given
        List<SpotCheckDraw.Unit> one = population(1);

        // when
        SpotCheckDraw.Result result = SpotCheckDraw.draw(5, one, FIVE_PERCENT, INSPECTORS, 2,
                unit -> Set.of("inspector1", "inspector2", "inspector3", "inspector4"));

        // then
        assertThat(result.picks().get(0).inspectors()).containsExactlyInAnyOrder("inspector5", "inspector6");
    }

    @Test
    void failsNamingTheUnitWhenTooFewInspectorsRemain() {
        // given
        List<SpotCheckDraw.Unit> one = population(1);

        // when / then
        assertThatThrownBy(() -> SpotCheckDraw.draw(5, one, FIVE_PERCENT, INSPECTORS, 2,
                unit -> Set.of("inspector1", "inspector2", "inspector3", "inspector4", "inspector5")))
                .isInstanceOf(SpotCheckDraw.NotEnoughInspectorsException.class)
                .hasMessageContaining("GB-2026-000001").hasMessageContaining("只剩 1 名").hasMessageContaining("每家需 2 名");
    }

    @Test
    void refusesARateOutsideZeroToOne() {
        assertThatThrownBy(() -> SpotCheckDraw.draw(1, population(10), BigDecimal.ZERO, INSPECTORS, 2, unit -> Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpotCheckDraw.draw(1, population(10), new BigDecimal("1.5"), INSPECTORS, 2, unit -> Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Over 2,000 seeds (0 … 1999), a population of 100 and a rate of 5 %, each award is drawn 5 times in 100, so its
     * count is binomial(2000, 0.05): mean 100, standard deviation √(2000·0.05·0.95) ≈ 9.75. Tolerance: 5 standard
     * deviations (≈ 48.7) — a fair draw breaks it for one award or more with a chance of about 100 · 5.7·10⁻⁷ ≈ 6·10⁻⁵,
     * while a unit favoured or skipped by a few percent of the draws breaks it. The spread as a whole is checked too:
     * Pearson's χ² over the 100 counts has mean 95 (= Σ var/expected) and a standard deviation of about √(2·99) ≈ 14.1;
     * it must lie within 5 of them. Too small a χ² is as telling as too large: it is what neighbouring seeds fed to
     * java.util.Random unmixed give (≈ 22: they step through the population in even strides). Inspectors: each unit gets
     * 2 of 6, so each inspector is in 10,000 · ⅓ draws, standard deviation √(10000·⅓·⅔) ≈ 47.1, tolerance 5 of them.
     */
    @Test
    void everyPaidAwardAndEveryInspectorIsPickedAtTheConfiguredRate() {
        // given
        int seeds = 2_000;
        List<SpotCheckDraw.Unit> population = population(100);
        Map<String, Integer> unitCounts = new HashMap<>();
        Map<String, Integer> inspectorCounts = new HashMap<>();

        // when
        for (long seed = 0; seed < seeds; seed++) {
            for (SpotCheckDraw.Pick pick : SpotCheckDraw.draw(seed, population, FIVE_PERCENT, INSPECTORS, 2, unit -> Set.of()).picks()) {
                unitCounts.merge(pick.unit().applicationNo(), 1, Integer::sum);
                pick.inspectors().forEach(inspector -> inspectorCounts.merge(inspector, 1, Integer::sum));
            }
        }

        // then
        double expected = seeds * 0.05;
        double sd = Math.sqrt(seeds * 0.05 * 0.95);
        int[] counts = population.stream().mapToInt(u -> unitCounts.getOrDefault(u.applicationNo(), 0)).toArray();
        double chiSquare = IntStream.of(counts).mapToDouble(c -> (c - expected) * (c - expected) / expected).sum();
        double chiMean = 100 * sd * sd / expected;
        double chiSd = Math.sqrt(2 * 99);
        int min = IntStream.of(counts).min().orElseThrow();
        int max = IntStream.of(counts).max().orElseThrow();
        System.out.printf("rate test: %d draws × 5 of 100 awards; each award expected %.0f times (sd %.2f, tolerance ±%.1f): "
                        + "min %d, max %d, largest |z| %.2f; χ² = %.1f (expected %.0f ± 5 × %.1f)%n",
                seeds, expected, sd, 5 * sd, min, max, Math.max(expected - min, max - expected) / sd, chiSquare, chiMean, chiSd);
        assertThat(IntStream.of(counts).sum()).isEqualTo(seeds * 5);
        assertThat(IntStream.of(counts).boxed().toList())
                .allSatisfy(count -> assertThat((double) count).isBetween(expected - 5 * sd, expected + 5 * sd));
        assertThat(chiSquare).isBetween(chiMean - 5 * chiSd, chiMean + 5 * chiSd);

        double inspectorExpected = seeds * 5 / 3.0;
        double inspectorSd = Math.sqrt(seeds * 5 * (1 / 3.0) * (2 / 3.0));
        System.out.printf("inspectors: each expected %.1f times (sd %.1f, tolerance ±%.1f): %s%n",
                inspectorExpected, inspectorSd, 5 * inspectorSd, new TreeMap<>(inspectorCounts));
        assertThat(inspectorCounts).containsOnlyKeys(INSPECTORS);
        assertThat(inspectorCounts.values()).allSatisfy(count ->
                assertThat((double) count).isBetween(inspectorExpected - 5 * inspectorSd, inspectorExpected + 5 * inspectorSd));
    }

    private static List<SpotCheckDraw.Unit> population(int size) {
        return IntStream.rangeClosed(1, size)
                .mapToObj(i -> new SpotCheckDraw.Unit("GB-2026-%06d".formatted(i), "91500112MA5U%05dX".formatted(i)))
                .toList();
    }
}
