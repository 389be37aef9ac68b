package cn.guanbiao.platform;

import cn.guanbiao.reference.ReferenceDataSeeder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At every start: reference data, then the groups that depend on it, then (embedded default only) demo data. */
@Component
class StartupData implements ApplicationRunner {

    private final ReferenceDataSeeder referenceData;
    private final IdentitySetup identity;
    private final ObjectProvider<DemoData> demoData;

    StartupData(ReferenceDataSeeder referenceData, IdentitySetup identity, ObjectProvider<DemoData> demoData) {
        this.referenceData = referenceData;
        this.identity = identity;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        referenceData.seed();
        identity.setUp();
        demoData.ifAvailable(DemoData::load);
    }
}
