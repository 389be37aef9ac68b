package cn.guanbiao.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an official reads of the engine's refusals: the application's own sentence, never an internal id. */
class EngineErrorMessagesTest {

    private static final String TASK = "0dc2c5e3-f25b-11f1-a32c-02fc00000001";
    private static final String INSTANCE = "0b9a3f11-f25b-11f1-a32c-02fc00000001";

    @Test
    void keepsTheApplicationsRefusalAndDropsTheEnginesWrappingAroundIt() {
        String wrapped = "Cannot submit task form " + TASK + ": ENGINE-03051 There was an exception while invoking the "
                + "TaskListener. Message: '请填写意见：不予通过或退回补正时必须说明理由（comment）'";

        assertThat(EngineErrorMessages.forOfficial(500, wrapped)).isEqualTo("请填写意见：不予通过或退回补正时必须说明理由（comment）");
    }

    @Test
    void replacesAMessageNamingAnInternalIdWithASentenceForItsStatus() {
        String concurrent = "ENGINE-03005 Execution of 'UPDATE ExecutionEntity[" + INSTANCE + "]' failed. Entity was updated "
                + "by another transaction concurrently.";
        String missing = "No matching task with id " + TASK;
        String forbidden = "The user with id 'reviewer-500112' does not have 'READ' permission on resource '" + INSTANCE
                + "' of type 'ProcessInstance'.";

        assertThat(EngineErrorMessages.forOfficial(500, concurrent)).doesNotContain(INSTANCE).contains("未作任何改动");
        assertThat(EngineErrorMessages.forOfficial(409, concurrent)).doesNotContain(INSTANCE).contains("刚刚已被他人同时办理");
        assertThat(EngineErrorMessages.forOfficial(404, missing)).isEqualTo("要查看或办理的任务已不存在，可能已由他人办结。请刷新任务列表。");
        assertThat(EngineErrorMessages.forOfficial(403, forbidden)).isEqualTo("您的账号无权进行此操作。");
    }

    @Test
    void leavesAMessageWithoutIdsAsItIs() {
        assertThat(EngineErrorMessages.forOfficial(400, "Invalid variable type 'Objct'")).isEqualTo("Invalid variable type 'Objct'");
        assertThat(EngineErrorMessages.forOfficial(400, null)).isNull();
    }

    @Test
    void aChineseSentenceThatNamesAnIdIsReplacedToo() {
        assertThat(EngineErrorMessages.forOfficial(400, "流程实例 " + INSTANCE + " 不能办理")).doesNotContain(INSTANCE);
    }
}
