package cn.guanbiao.platform;

/**
 * Something loaded at every start, before any request: reference data, the pilot's enterprises, the groups that
 * depend on them, the demo. {@link StartupData} runs them in their {@link org.springframework.core.annotation.Order};
 * each lives beside what it seeds, so the kernel imports none of them.
 */
public interface StartupSeed {

    void seed();
}
