package cn.guanbiao.platform;

import java.time.Duration;
import java.util.Date;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A user locked out by wrong passwords is let in again after {@code app.login.lock-duration}. Camunda locks a user
 * after {@code loginMaxAttempts} (10) wrong passwords until an administrator unlocks it, so anyone could lock anyone
 * out for good, the administrator included. This plugin gives the engine an identity provider whose lock ends: the end
 * is the user's {@code LOCK_EXP_TIME_} in the database, so every node sees the same lock. When it has ended the user
 * has {@code loginMaxAttempts} tries again; an administrator may still unlock earlier (Admin → user → Unlock User).
 * Camunda's growing delay between wrong passwords ({@code loginDelay*}) is kept. A lock-out is logged as a WARN with
 * the user and the client's address, never the password.
 */
@Component
class ExpiringLoginLock extends AbstractProcessEnginePlugin {

    // not LOG: the engine's provider has one of its own
    private static final Logger LOCK_OUTS = LoggerFactory.getLogger(ExpiringLoginLock.class);

    private final Duration lockDuration;

    ExpiringLoginLock(@Value("${app.login.lock-duration:PT15M}") Duration lockDuration) {
        this.lockDuration = lockDuration;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return IdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new IdentityProvider(lockDuration);
            }
        });
    }

    /** Camunda's database identity provider, with a lock that ends. */
    static class IdentityProvider extends DbIdentityServiceProvider {

        private final Duration lockDuration;

        IdentityProvider(Duration lockDuration) {
            this.lockDuration = lockDuration;
        }

        @Override
        protected boolean isUserLocked(UserEntity user) {
            if (user.getAttempts() >= maxAttempts()) {
                Date lockedUntil = user.getLockExpirationTime();
                return lockedUntil != null && lockedUntil.after(ClockUtil.getCurrentTime());
            }
            return super.isUserLocked(user);
        }

        @Override
        protected void lockUser(UserEntity user) {
            if (user.getAttempts() >= maxAttempts()) {
                // a lock that has ended (a locked user does not get here): count afresh
                user.setAttempts(0);
            }
            int attempts = user.getAttempts() + 1;
            if (attempts < maxAttempts()) {
                super.lockUser(user);
                return;
            }
            Date lockedUntil = new Date(ClockUtil.getCurrentTime().getTime() + lockDuration.toMillis());
            getIdentityInfoManager().updateUserLock(user, attempts, lockedUntil);
            LOCK_OUTS.warn("User {} locked out until {} after {} wrong passwords, the last from {} (账号连续登录失败，已临时锁定)",
                    user.getId(), lockedUntil.toInstant(), attempts, clientAddress());
        }

        private static int maxAttempts() {
            return Context.getProcessEngineConfiguration().getLoginMaxAttempts();
        }

        /** The address of the request being served (Spring's request context covers every servlet), if any. */
        private static String clientAddress() {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                HttpServletRequest request = attributes.getRequest();
                return request.getRemoteAddr().replaceAll("[^0-9A-Za-z:.%-]", "?");
            }
            return "(no request)";
        }
    }
}
