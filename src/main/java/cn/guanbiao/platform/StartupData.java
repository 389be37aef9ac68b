package cn.guanbiao.platform;

import cn.guanbiao.pilot.PilotEnterpriseSeeder;
import cn.guanbiao.reference.ReferenceDataSeeder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At every start: reference data (the pilot's enterprises after the districts), then the groups that depend on it,
 * then (embedded default only) demo data.
 */
@Component
class StartupData implements ApplicationRunner {

    private final ReferenceDataSeeder referenceData;
    private final PilotEnterpriseSeeder pilotEnterprises;
    private final IdentitySetup identity;
    private final ObjectProvider<DemoData> demoData;

    StartupData(ReferenceDataSeeder referenceData, PilotEnterpriseSeeder pilotEnterprises, IdentitySetup identity,
            ObjectProvider<DemoData> demoData) {
        this.referenceData = referenceData;
        this.pilotEnterprises = pilotEnterprises;
        this.identity = identity;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        referenceData.seed();
        pilotEnterprises.seed();
        identity.setUp();
        demoData.ifAvailable(DemoData::load);
    }
}
