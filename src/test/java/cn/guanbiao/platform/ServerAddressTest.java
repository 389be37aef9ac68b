package cn.guanbiao.platform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Issue 19, finding 6: the embedded default, whose passwords are public, listens only on this machine. */
class ServerAddressTest {

    @BeforeEach
    void noAddressInTheEnvironment() {
        assumeThat(System.getenv("SERVER_ADDRESS")).isNull();
    }

    @Test
    void embeddedDefaultListensOnThisMachineOnly() {
        // given
        ApplicationStart start = ApplicationStart.embeddedDefault().stoppedAfterTheEnvironment();

        // when
        Throwable stopped = start.run();

        // then
        assertThat(stopped).isInstanceOf(SpringApplication.AbandonedRunException.class);
        assertThat(start.environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void embeddedDefaultOpensToTheNetworkWhenSERVER_ADDRESSSaysSo() {
        // given
        ApplicationStart start = ApplicationStart.embeddedDefault().stoppedAfterTheEnvironment();

        // when
        start.run("--SERVER_ADDRESS=0.0.0.0");

        // then
        assertThat(start.environment.getProperty("server.address")).isEqualTo("0.0.0.0");
    }

    @Test
    void productionNodeListensOnEveryInterfaceForTheLoadBalancer() {
        // given
        ApplicationStart start = ApplicationStart.production().stoppedAfterTheEnvironment();

        // when
        start.run("--camunda.bpm.admin-user.password=Adm1n-from-the-vault", "--spring.datasource.password=Db-Secret-4711");

        // then
        assertThat(start.environment.getProperty("server.address")).isEqualTo("0.0.0.0");
    }
}
