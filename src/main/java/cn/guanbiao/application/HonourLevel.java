package cn.guanbiao.application;

import java.util.Collection;
import java.util.Comparator;

/** The highest IP advantage/demonstration rating of a unit: municipal level or higher is what R2 asks. */
public enum HonourLevel {
    NONE, MUNICIPAL, NATIONAL;

    public static HonourLevel highestOf(Collection<Honour> honours) {
        return honours.stream().map(Honour::level).max(Comparator.naturalOrder()).orElse(NONE);
    }
}
