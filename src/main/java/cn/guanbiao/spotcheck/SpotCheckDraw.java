package cn.guanbiao.spotcheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * 双随机 (R8): the random choice of the units of a spot-check campaign and of the inspectors for each, as a pure
 * function of its inputs, so that anyone can repeat it: the same seed, population, rate, inspector pool and
 * recusals give the same result, whatever order the population and the pool come in (both are sorted first).
 * <p>
 * {@link Random} because its algorithm is fixed by its specification: the same seed gives the same numbers on
 * every JVM, which an auditor repeating a draw years later relies on. The seed is mixed first ({@link #mix}):
 * Random's first numbers for neighbouring seeds (123, 124, …) are nearly the same, and people choose such seeds.
 */
public final class SpotCheckDraw {

    /** A paid award that may be drawn. */
    public record Unit(String applicationNo, String creditCode) {
    }

    /** A drawn unit and its inspectors, in the order they were drawn. */
    public record Pick(Unit unit, List<String> inspectors) {
    }

    public record Result(long seed, List<Unit> population, List<String> inspectorPool, int sampleSize, List<Pick> picks) {
    }

    /** Fewer inspectors than needed remain for a unit once those who must stand aside are taken out. */
    public static final class NotEnoughInspectorsException extends RuntimeException {

        private final transient Unit unit;

        NotEnoughInspectorsException(Unit unit, int eligible, int needed, int pool) {
            super("抽中的申请 " + unit.applicationNo() + "（统一社会信用代码 " + unit.creditCode() + "）回避后只剩 " + eligible
                    + " 名检查人员可派，每家需 " + needed + " 名（检查人员库共 " + pool + " 名）：请在 inspectors 组增加检查人员，"
                    + "或减少每家检查人员数（inspectorsPerUnit）");
            this.unit = unit;
        }

        public Unit unit() {
            return unit;
        }
    }

    private SpotCheckDraw() {
    }

    /** How many units a campaign checks: the rate of the population rounded up, at least one (none of none). */
    public static int sampleSize(int populationSize, BigDecimal rate) {
        if (populationSize == 0) {
            return 0;
        }
        int size = rate.multiply(BigDecimal.valueOf(populationSize)).setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.min(populationSize, Math.max(1, size));
    }

    /**
     * Draws {@link #sampleSize} units from the population, then {@code inspectorsPerUnit} inspectors for each from
     * the pool minus those {@code recused} from that unit (回避: reviewed the application, related to the unit).
     *
     * @throws NotEnoughInspectorsException when a drawn unit has too few inspectors left
     */
    public static Result draw(long seed, Collection<Unit> population, BigDecimal rate, Collection<String> inspectorPool,
            int inspectorsPerUnit, Function<Unit, Set<String>> recused) {
        if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("rate must be in (0, 1]: " + rate);
        }
        if (inspectorsPerUnit < 1) {
            throw new IllegalArgumentException("inspectorsPerUnit must be at least 1: " + inspectorsPerUnit);
        }
        List<Unit> units = population.stream().distinct().sorted(Comparator.comparing(Unit::applicationNo)).toList();
        List<String> pool = inspectorPool.stream().distinct().sorted().toList();
        Random random = new Random(mix(seed));
        int size = sampleSize(units.size(), rate);
        List<Pick> picks = new ArrayList<>();
        for (Unit unit : firstOfShuffle(units, size, random)) {
            Set<String> standingAside = recused.apply(unit);
            List<String> eligible = pool.stream().filter(inspector -> !standingAside.contains(inspector)).toList();
            if (eligible.size() < inspectorsPerUnit) {
                throw new NotEnoughInspectorsException(unit, eligible.size(), inspectorsPerUnit, pool.size());
            }
            picks.add(new Pick(unit, firstOfShuffle(eligible, inspectorsPerUnit, random)));
        }
        return new Result(seed, units, pool, size, List.copyOf(picks));
    }

    /** SplitMix64's finaliser (Steele, Lea, Flood 2014): neighbouring seeds become unrelated ones. Part of the draw: never change it. */
    static long mix(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The first {@code count} of a Fisher–Yates shuffle: every subset of that size is equally likely. */
    private static <T> List<T> firstOfShuffle(List<T> items, int count, Random random) {
        List<T> shuffled = new ArrayList<>(items);
        for (int i = 0; i < count; i++) {
            Collections.swap(shuffled, i, i + random.nextInt(shuffled.size() - i));
        }
        return List.copyOf(shuffled.subList(0, count));
    }
}
