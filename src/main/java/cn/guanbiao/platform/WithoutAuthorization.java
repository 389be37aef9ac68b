package cn.guanbiao.platform;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What the application itself reads of the engine whoever is signed in (the members of a group to e-mail, the
 * task a request names): inside a command, without the command's authorization checks; outside, with the
 * caller's authentication set aside for the call and restored after it.
 */
public final class WithoutAuthorization {

    private WithoutAuthorization() {
    }

    public static <T> T call(IdentityService identityService, Supplier<T> read) {
        if (Context.getCommandContext() != null) {
            return Context.getCommandContext().runWithoutAuthorization(read::get);
        }
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null) {
            return read.get();
        }
        identityService.clearAuthentication();
        try {
            return read.get();
        } finally {
            identityService.setAuthentication(caller);
        }
    }
}
