package cn.guanbiao.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.AwardSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 19, finding 5: ten wrong passwords lock a user out for {@code app.login.lock-duration}, not for good. Each
 * test has a user of its own (the demo users serve the other tests) and logs in as the programme's admin API does it
 * (HTTP Basic, the engine's password check): {@code 401} when the password is refused, {@code 403} when it is accepted
 * (the user is no administrator). The engine's clock is moved past each login delay and past the lock.
 */
@AwardSpringTest
@ExtendWith(OutputCaptureExtension.class)
class ExpiringLoginLockTest {

    private static final String PASSWORD = "Right-Pass-1";
    private static final int REFUSED = 401;
    private static final int ACCEPTED = 403;

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Value("${app.login.lock-duration}") Duration lockDuration;

    String userId;
    Instant now;

    @BeforeEach
    void createUser() {
        userId = "lockout-" + System.nanoTime();
        User user = identityService.newUser(userId);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        now = Instant.now();
    }

    @AfterEach
    void resetClockAndDeleteUser() {
        ClockUtil.reset();
        identityService.deleteUser(userId);
    }

    @Test
    void tenWrongPasswordsLockTheUserOutEvenForTheRightPassword() {
        // given
        Instant lockedAt = tenWrongPasswords();

        // when
        int login = loginAt(lockedAt.plus(lockDuration).minusSeconds(1), PASSWORD);

        // then
        assertThat(login).isEqualTo(REFUSED);
    }

    @Test
    void theLockEndsAfterTheConfiguredTimeWithoutAnAdministrator() {
        // given
        Instant lockedAt = tenWrongPasswords();

        // when
        int login = loginAt(lockedAt.plus(lockDuration).plusSeconds(1), PASSWORD);

        // then
        assertThat(login).isEqualTo(ACCEPTED);
    }

    @Test
    void afterTheLockTheUserHasItsTriesAgain() {
        // given: the lock has ended, and the user mistypes once
        Instant lockedAt = tenWrongPasswords();
        Instant afterTheLock = lockedAt.plus(lockDuration).plusSeconds(1);
        assertThat(loginAt(afterTheLock, "mistyped")).isEqualTo(REFUSED);

        // when: past the login delay of one wrong password
        int login = loginAt(afterTheLock.plusSeconds(61), PASSWORD);

        // then: not locked again
        assertThat(login).isEqualTo(ACCEPTED);
    }

    @Test
    void camundasLoginDelayStays() {
        // given
        assertThat(loginAt(now, "mistyped")).isEqualTo(REFUSED);

        // when
        int atOnce = loginAt(now.plusSeconds(1), PASSWORD);
        int later = loginAt(now.plusSeconds(4), PASSWORD);

        // then
        assertThat(atOnce).isEqualTo(REFUSED);
        assertThat(later).isEqualTo(ACCEPTED);
    }

    @Test
    void aLockOutIsLoggedWithUserAndClientAddressButNoPassword(CapturedOutput output) {
        // when
        tenWrongPasswords();

        // then
        assertThat(output.getOut()).containsPattern("WARN .*User " + userId + " locked out until \\S+ after 10 wrong passwords, "
                + "the last from 127\\.0\\.0\\.1");
        assertThat(output.getAll()).doesNotContain("wrong-password-", PASSWORD);
    }

    @Test
    void anAdministratorSeesWhoIsLockedOut() {
        // given
        Instant lockedAt = tenWrongPasswords();

        // when
        Response locks = new ApiClient(port).as("admin", "admin").get("/api/admin/login-locks");

        // then
        assertThat(locks.status()).as(locks.toString()).isEqualTo(200);
        assertThat(locks.json().path("lockedUsers").findValuesAsText("userId")).contains(userId);
        locks.json().path("lockedUsers").forEach(user -> {
            if (userId.equals(user.path("userId").asText())) {
                assertThat(Instant.parse(user.path("lockedUntil").asText())).isCloseTo(lockedAt.plus(lockDuration),
                        within(1, ChronoUnit.SECONDS));
                assertThat(user.path("failedLogins").asInt()).isEqualTo(10);
            }
        });
    }

    /** Ten wrong passwords, each after the login delay of the one before; when the tenth was refused. */
    private Instant tenWrongPasswords() {
        Instant at = now;
        for (int i = 1; i <= 10; i++) {
            at = at.plusSeconds(61);
            assertThat(loginAt(at, "wrong-password-" + i)).as("wrong password %d", i).isEqualTo(REFUSED);
        }
        return at;
    }

    private int loginAt(Instant time, String password) {
        ClockUtil.setCurrentTime(Date.from(time));
        return new ApiClient(port).as(userId, password).get("/api/admin/complaints").status();
    }
}
