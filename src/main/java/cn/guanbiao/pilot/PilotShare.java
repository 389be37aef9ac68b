package cn.guanbiao.pilot;

import java.util.Comparator;
import java.util.List;

import cn.guanbiao.pilot.PilotEnterprises.IpHonour;
import cn.guanbiao.pilot.PilotEnterprises.PilotEnterprise;

/**
 * How many enterprises a district proposes for a year's batch, and which (003_… 二, 工作方案 三(二)): each batch is
 * "原则上…总数的1/3" — one third of the district's eligible enterprises, rounded up — so that all are covered after
 * the three years. Counted cumulatively: by the end of batch k of n, ⌈k·total/n⌉ should have been piloted; the batch
 * proposes what is missing to that, never more than remain, and the last batch takes all that remain. A district that
 * took more or fewer in an earlier year (an adjustment with reasons), or whose total grew by newly recognised
 * enterprises, is thereby brought back onto the path to full coverage.
 */
public final class PilotShare {

    /** Demonstration before advantage before little giant only, then by credit code: a stable, explainable order. */
    static final Comparator<PilotEnterprise> PROPOSAL_ORDER = Comparator
            .comparingInt((PilotEnterprise e) -> e.ipHonour() == IpHonour.NATIONAL_DEMONSTRATION ? 0
                    : e.ipHonour() == IpHonour.NATIONAL_ADVANTAGE ? 1 : 2)
            .thenComparing(PilotEnterprise::creditCode);

    private PilotShare() {
    }

    /**
     * @param batch          1 for the first year, up to {@code batches}
     * @param batches        the number of yearly batches (3)
     * @param total          the district's eligible enterprises, piloted or not
     * @param alreadyPiloted how many of them were piloted in earlier batches
     */
    public static int count(int batch, int batches, int total, int alreadyPiloted) {
        if (batch < 1 || batch > batches || total < 0 || alreadyPiloted < 0 || alreadyPiloted > total) {
            throw new IllegalArgumentException("batch " + batch + "/" + batches + ", total " + total + ", piloted " + alreadyPiloted);
        }
        int remaining = total - alreadyPiloted;
        if (batch == batches) {
            return remaining;
        }
        int dueByNow = (int) ((long) batch * total / batches + ((long) batch * total % batches == 0 ? 0 : 1));
        return Math.max(0, Math.min(remaining, dueByNow - alreadyPiloted));
    }

    /** The proposal: the first {@link #count} of the district's enterprises not yet piloted, in proposal order. */
    public static List<PilotEnterprise> propose(int batch, int batches, List<PilotEnterprise> district) {
        List<PilotEnterprise> notYet = district.stream().filter(e -> !e.piloted()).sorted(PROPOSAL_ORDER).toList();
        int n = count(batch, batches, district.size(), district.size() - notYet.size());
        return notYet.subList(0, n);
    }
}
