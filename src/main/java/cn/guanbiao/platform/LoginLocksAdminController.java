package cn.guanbiao.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/login-locks} (group camunda-admin): the users locked out by wrong passwords now, on every node
 * ({@link ExpiringLoginLock}; unlock one early in Admin → user → Unlock User), and the client addresses this node
 * refuses logins from ({@link LoginThrottle}, counted per node).
 */
@RestController
class LoginLocksAdminController {

    record LockedUser(String userId, int failedLogins, Instant lockedUntil) {
    }

    record BlockedAddress(String address, Instant blockedUntil) {
    }

    record LoginLocks(List<LockedUser> lockedUsers, List<BlockedAddress> blockedAddressesOnThisNode) {
    }

    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final LoginThrottle throttle;

    LoginLocksAdminController(JdbcClient jdbc, ProcessEngine engine,
            @Qualifier("loginThrottle") FilterRegistrationBean<LoginThrottle> throttle) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.throttle = throttle.getFilter();
    }

    @GetMapping("/api/admin/login-locks")
    LoginLocks current() {
        int maxAttempts = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getLoginMaxAttempts();
        List<LockedUser> users = jdbc.sql("SELECT ID_, ATTEMPTS_, LOCK_EXP_TIME_ FROM ACT_ID_USER "
                        + "WHERE ATTEMPTS_ >= ? AND LOCK_EXP_TIME_ > ? ORDER BY LOCK_EXP_TIME_, ID_")
                .param(maxAttempts).param(new Timestamp(ClockUtil.getCurrentTime().getTime()))
                .query((row, n) -> new LockedUser(row.getString(1), row.getInt(2), row.getTimestamp(3).toInstant())).list();
        List<BlockedAddress> addresses = throttle.blockedAddresses().entrySet().stream()
                .map(blocked -> new BlockedAddress(blocked.getKey(), blocked.getValue())).toList();
        return new LoginLocks(users, addresses);
    }
}
