package cn.guanbiao.platform;

import java.util.List;
import java.util.Map;

import cn.guanbiao.platform.EngineApiPath.Surface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine resource a request addresses, however its path is spelled, on both places the resources are mounted. */
class EngineApiPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/job/7/execute", "/engine-rest/engine/default/job/7/execute",
            "/camunda/api/engine/engine/default/job/7/execute", "/engine-rest/job;x=1/7/execute", "/engine-rest/%6Aob/7/execute",
            "/engine-rest/job/7/execute/", "/camunda/api/engine/engine/default;a=b/%6a%6F%62/7/execute"})
    void readsEverySpellingOfTheSameResourceAlike(String uri) {
        EngineApiPath path = EngineApiPath.of(request("POST", uri)).orElseThrow();

        assertThat(path.surface()).isEqualTo(Surface.ENGINE);
        assertThat(path.segments()).containsExactly("job", "7", "execute");
        assertThat(path.matches("job/{id}/execute")).isTrue();
        assertThat(EngineApiPolicy.allowsOfficial(path, Map.of())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest//job", "/engine-rest/task/1/../../job", "/engine-rest/task/1/%2E%2E/job",
            "/engine-rest/task%2F1%2Fcomplete", "/engine-rest/task/%zz", "/camunda/api/engine/x"})
    void aPathThatCannotBeReadUnambiguouslyIsAllowedToNoOfficial(String uri) {
        EngineApiPath path = EngineApiPath.of(request("GET", uri)).orElseThrow();

        assertThat(EngineApiPolicy.allowsOfficial(path, Map.of())).isFalse();
    }

    @Test
    void theListOfEnginesAndTheWebappsOwnApisAreTheirOwnPlaces() {
        assertThat(EngineApiPath.of(request("GET", "/engine-rest/engine")).orElseThrow().segments()).isEmpty();
        assertThat(EngineApiPath.of(request("GET", "/camunda/api/engine/engine/")).orElseThrow().segments()).isEmpty();
        EngineApiPath login = EngineApiPath.of(request("POST", "/camunda/api/admin/auth/user/default/login/tasklist")).orElseThrow();
        assertThat(login.surface()).isEqualTo(Surface.WEBAPP);
        assertThat(EngineApiPath.of(request("GET", "/camunda/app/tasklist/default/"))).isEmpty();
        assertThat(EngineApiPath.of(request("GET", "/api/applications"))).isEmpty();
    }

    @Test
    void aNarrowReadNeedsItsNarrowingParameter() {
        EngineApiPath users = EngineApiPath.of(request("GET", "/engine-rest/user")).orElseThrow();

        assertThat(EngineApiPolicy.allowsOfficial(users, Map.of("id", new String[] {"economy"}))).isTrue();
        assertThat(EngineApiPolicy.allowsOfficial(users, Map.of("id", new String[] {""}))).isFalse();
        assertThat(EngineApiPolicy.allowsOfficial(users, Map.of())).isFalse();
        assertThat(EngineApiPath.query(request("GET", "/engine-rest/user?firstNameLike=%25&id=economy")))
                .containsKeys("id", "firstNameLike");
    }

    @Test
    void officialsReadTheirTasksAndCallNothingOfJobsOrBatches() {
        for (String allowed : List.of("GET task", "POST task", "GET task/1/form-variables", "POST task/1/submit-form",
                "POST filter/1/list", "GET process-definition/1/xml", "OPTIONS filter")) {
            assertThat(allows(allowed)).as(allowed).isTrue();
        }
        for (String denied : List.of("GET job", "DELETE batch/1", "PUT task/1", "POST task/1/variables", "POST message",
                "GET history/process-instance", "POST deployment/create", "PUT user/economy/credentials", "DELETE task/1/comment/2")) {
            assertThat(allows(denied)).as(denied).isFalse();
        }
    }

    private static boolean allows(String call) {
        String[] parts = call.split(" ");
        return EngineApiPolicy.allowsOfficial(EngineApiPath.of(request(parts[0], "/engine-rest/" + parts[1])).orElseThrow(), Map.of());
    }

    private static MockHttpServletRequest request(String method, String uri) {
        int query = uri.indexOf('?');
        MockHttpServletRequest request = new MockHttpServletRequest(method, query < 0 ? uri : uri.substring(0, query));
        if (query >= 0) {
            request.setQueryString(uri.substring(query + 1));
        }
        return request;
    }
}
