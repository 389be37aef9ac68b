package cn.guanbiao.demo;

import cn.guanbiao.platform.StartupSeed;
import org.springframework.core.annotation.Order;
import cn.guanbiao.platform.Groups;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import cn.guanbiao.call.CallOpening;
import cn.guanbiao.calendar.WorkingDays;
import cn.guanbiao.pilot.PilotBatchOpening;
import cn.guanbiao.pilot.PilotYears;
import cn.guanbiao.reference.Districts;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded default's demo: a reviewer for every group (password {@value #PASSWORD}) and one open call,
 * so that a newcomer sees a living system at first start. Never on a profile with {@code app.demo.enabled=false}.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
public class DemoData implements StartupSeed {

    public static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final CallOpening callOpening;
    private final Districts districts;
    private final Clock clock;
    private final ObjectProvider<DemoApplications> demoApplications;
    private final PilotBatchOpening pilotBatches;
    private final PilotYears pilotYears;

    DemoData(IdentityService identityService, RuntimeService runtimeService, CallOpening callOpening,
            Districts districts, Clock clock, ObjectProvider<DemoApplications> demoApplications, PilotBatchOpening pilotBatches,
            PilotYears pilotYears) {
        this.pilotYears = pilotYears;
        this.demoApplications = demoApplications;
        this.pilotBatches = pilotBatches;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.callOpening = callOpening;
        this.districts = districts;
        this.clock = clock;
    }

    /** Demo user id → (display name, group). */
    public Map<String, String[]> users() {
        Map<String, String[]> users = new LinkedHashMap<>();
        users.put("municipal", new String[] {"王敏", Groups.MUNICIPAL_IP_OFFICE});
        users.put("finance", new String[] {"李华", Groups.FINANCE_OFFICE});
        users.put("economy", new String[] {"赵强", "dept-economy"});
        users.put("education", new String[] {"钱静", "dept-education"});
        users.put("science", new String[] {"孙立", "dept-science"});
        users.put("sasac", new String[] {"周平", "dept-sasac"});
        users.put("federation", new String[] {"吴凡", "dept-federation"});
        // six inspectors: a draw of two per unit still works when some of them must stand aside (回避)
        users.put("inspector1", new String[] {"郑一", Groups.INSPECTORS});
        users.put("inspector2", new String[] {"冯二", Groups.INSPECTORS});
        users.put("inspector3", new String[] {"陈三", Groups.INSPECTORS});
        users.put("inspector4", new String[] {"褚四", Groups.INSPECTORS});
        users.put("inspector5", new String[] {"卫五", Groups.INSPECTORS});
        users.put("inspector6", new String[] {"蒋六", Groups.INSPECTORS});
        districts.all().forEach(d -> users.put("reviewer-" + d.code(), new String[] {d.name() + "审核员", d.reviewGroup()}));
        return users;
    }

    @Override
    public void seed() {
        load();
    }

    public void load() {
        users().forEach((id, nameAndGroup) -> user(id, nameAndGroup[0], nameAndGroup[1]));
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey("award-call").count() == 0) {
            LocalDateTime now = LocalDateTime.now(clock);
            CallOpening.Opened call = callOpening.open(now.getYear(), now.minusDays(1), now.plusDays(60),
                    new BigDecimal("1000000.00"));
            log.info("Demo call {} is open for applications", call.callId());
            demoApplications.ifAvailable(demo -> demo.load(call.callId()));
        }
        // ISO 56005 pilot: the batches of every district of config/reference/pilot-enterprises.csv for the first pilot year
        // whose list is still due; none once the pilot years are over, since a batch opened after its deadline greets the
        // newcomer with tasks overdue for years and 逾期 e-mails
        if (demoApplications.getIfAvailable() != null
                && runtimeService.createProcessInstanceQuery().processDefinitionKey("pilot-batch").count() == 0) {
            LocalDate today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
            OptionalInt year = IntStream.rangeClosed(pilotYears.firstYear(), pilotYears.lastYear())
                    .filter(y -> !pilotYears.deadline(y).isBefore(today)).findFirst();
            if (year.isPresent()) {
                log.info("Demo pilot batches opened: {} for {}", pilotBatches.open(year.getAsInt(), null).opened().size(),
                        year.getAsInt());
            } else {
                log.info("Demo pilot batches opened: none, the pilot years {}–{} are over (/admin/pilot shows their selections)",
                        pilotYears.firstYear(), pilotYears.lastYear());
            }
        }
    }

    private void user(String id, String name, String group) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        // Camunda shows "first last": the whole Chinese name as first name reads right
        user.setFirstName(name);
        user.setLastName("");
        user.setEmail(id + "@guanbiao.example");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, group);
    }
}
