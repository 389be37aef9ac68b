package cn.guanbiao.platform;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At every start: reference data (the pilot's enterprises after the districts), then the groups that depend on it,
 * then (embedded default only) demo data: every {@link StartupSeed} in its order.
 */
@Component
class StartupData implements ApplicationRunner {

    private final List<StartupSeed> seeds;

    StartupData(List<StartupSeed> seeds) {
        this.seeds = seeds;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeds.forEach(StartupSeed::seed);
    }
}
