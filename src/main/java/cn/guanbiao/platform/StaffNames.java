package cn.guanbiao.platform;

import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * How a decision's author is shown, never by login id (DOMAIN §6): to applicants the office (渝北区知识产权局,
 * 市经济和信息化委员会), to officials the person's full name and office. The office is the name of the user's reviewing
 * group; administrators and inspectors act for the municipal IP office. The full name is Camunda's first name: the
 * webapps label it 姓名 and the last name 职务 (Tasklist's header shows "姓名 职务").
 */
@Service
public class StaffNames {

    static final String WORKFLOW_GROUP = "WORKFLOW";

    private final IdentityService identityService;

    public StaffNames(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The office that decided, for applicants; null when no person did (the system). */
    public String office(String userId) {
        if (userId == null || userId.isBlank()) {
            return null;
        }
        List<Group> groups = WithoutAuthorization.call(identityService,
                () -> identityService.createGroupQuery().groupMember(userId).groupType(WORKFLOW_GROUP).list());
        return groups.stream().filter(g -> !Groups.INSPECTORS.equals(g.getId()) && g.getName() != null)
                .min(Comparator.comparing(Group::getId)).map(Group::getName)
                .orElse(Groups.DEPARTMENTS.get(Groups.MUNICIPAL_IP_OFFICE));
    }

    /** "赵强（市经济和信息化委员会）", for officials; the office alone when the user has no name (or no longer exists). */
    public String nameAndOffice(String userId) {
        String office = office(userId);
        if (office == null) {
            return null;
        }
        User user = WithoutAuthorization.call(identityService, () -> identityService.createUserQuery().userId(userId).singleResult());
        String name = user == null ? "" : blankIfNull(user.getFirstName());
        return name.isEmpty() ? office : name + "（" + office + "）";
    }

    /** Who has claimed a task, as colleagues are told: name and office, or the login id of someone unknown. */
    public static String claimant(IdentityService identityService, String userId) {
        String shown = new StaffNames(identityService).nameAndOffice(userId);
        return shown == null ? userId : shown;
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s.strip();
    }
}
