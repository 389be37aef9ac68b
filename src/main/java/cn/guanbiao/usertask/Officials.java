package cn.guanbiao.usertask;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.guanbiao.platform.WithoutAuthorization;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The officials a task mail goes to, read without the authorizations of whoever happens to be acting. */
@Component
class Officials {

    private final IdentityService identityService;

    Officials(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The members of the groups, each once, by user id. */
    Map<String, User> membersOf(Collection<String> groups) {
        Map<String, User> members = new LinkedHashMap<>();
        for (String group : groups) {
            WithoutAuthorization.call(identityService, () -> identityService.createUserQuery().memberOfGroup(group).list())
                    .forEach(u -> members.putIfAbsent(u.getId(), u));
        }
        return members;
    }

    /** The users that exist, by user id. */
    Map<String, User> users(Collection<String> ids) {
        Map<String, User> users = new LinkedHashMap<>();
        for (String id : ids) {
            User user = WithoutAuthorization.call(identityService, () -> identityService.createUserQuery().userId(id).singleResult());
            if (user != null) {
                users.put(id, user);
            }
        }
        return users;
    }

    static boolean hasEmail(User user) {
        return user.getEmail() != null && !user.getEmail().isBlank();
    }

    /** How the mails address an official: Camunda's last name, then its first name; the user id when both are empty. */
    static String displayName(User user) {
        String name = (user.getLastName() == null ? "" : user.getLastName()) + (user.getFirstName() == null ? "" : user.getFirstName());
        return name.isBlank() ? user.getId() : name;
    }
}
