package cn.guanbiao.pilot;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a district's list must satisfy before it goes to the approvers, without an engine. */
class PilotListCheckTest {

    private static final Set<String> SELECTABLE = set("A", "B", "C", "D");
    private static final Set<String> PROPOSED = set("A", "B");
    private static final String CONTACTS = "A,张三,13800000001,a@example.com\nB，李四，，b@example.com\nC\t王五\t13800000003\t\nD,,,";

    @Test
    void proposalAsItIsNeedsNoReasonAndKeepsEachContact() {
        Map<String, PilotListCheck.Contact> contacts = PilotListCheck.check(SELECTABLE, PROPOSED, set("A", "B"), "", CONTACTS);

        assertThat(contacts).containsOnlyKeys("A", "B");
        assertThat(contacts.get("A")).isEqualTo(new PilotListCheck.Contact("张三", "13800000001", "a@example.com"));
        assertThat(contacts.get("B")).isEqualTo(new PilotListCheck.Contact("李四", null, "b@example.com"));
    }

    @Test
    void listThatDiffersFromTheProposalNeedsAReason() {
        assertThatThrownBy(() -> PilotListCheck.check(SELECTABLE, PROPOSED, set("A", "B", "C"), " ", CONTACTS))
                .isInstanceOf(PilotListCheck.Refused.class).hasMessageContaining("调整理由").hasMessageContaining("建议 2 家，报送 3 家");
        assertThatThrownBy(() -> PilotListCheck.check(SELECTABLE, PROPOSED, set("A", "C"), "", CONTACTS))
                .hasMessageContaining("调整理由");
        assertThatThrownBy(() -> PilotListCheck.check(SELECTABLE, PROPOSED, set(), "", CONTACTS)).hasMessageContaining("调整理由");

        assertThat(PilotListCheck.check(SELECTABLE, PROPOSED, set("A", "C"), "C 意愿更高", CONTACTS)).containsOnlyKeys("A", "C");
        assertThat(PilotListCheck.check(SELECTABLE, PROPOSED, set(), "本年度暂缓", CONTACTS)).isEmpty();
    }

    @Test
    void reasonHasAtMostTwoThousandCharacters() {
        assertThatThrownBy(() -> PilotListCheck.check(SELECTABLE, PROPOSED, set("A"), "理".repeat(2001), CONTACTS))
                .hasMessageContaining("2000");
    }

    @Test
    void onlyEnterprisesOfTheBatchMayBeOnTheList() {
        assertThatThrownBy(() -> PilotListCheck.check(SELECTABLE, PROPOSED, set("A", "X", "Y"), "换", CONTACTS))
                .hasMessageContaining("X、Y").hasMessageContaining("不在本区县待试点企业中");
    }

    @Test
    void everyEnterpriseOnTheListNeedsANameAndAPhoneOrEmail() {
        assertThatThrownBy(() -> PilotListCheck.check(SELECTABLE, PROPOSED, set("A", "D"), "加 D", CONTACTS))
                .hasMessageContaining("联系人").hasMessageContaining("D").hasMessageNotContaining("A、");
        assertThatThrownBy(() -> PilotListCheck.check(SELECTABLE, PROPOSED, set("A", "B"), "", "A,张三,13800000001,"))
                .hasMessageContaining("B");
        assertThat(PilotListCheck.check(SELECTABLE, PROPOSED, set("C"), "只报 C", CONTACTS).get("C"))
                .isEqualTo(new PilotListCheck.Contact("王五", "13800000003", null));
    }

    @Test
    void overlongContactIsRefused() {
        assertThatThrownBy(() -> PilotListCheck.contacts("A," + "名".repeat(101) + ",1,")).hasMessageContaining("过长");
    }

    private static Set<String> set(String... codes) {
        return new LinkedHashSet<>(List.of(codes));
    }
}
