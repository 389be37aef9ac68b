package cn.guanbiao.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "914403001922038216", // 华为技术有限公司, published
            "9144030071526726XG", // 深圳市腾讯计算机系统有限公司, published
            "91330100799655058B", // 阿里巴巴（中国）有限公司, published
            "91500112MA5UXXXX29"  // the example in DOMAIN §5 happens to be valid
    })
    void acceptsPublishedCodes(String code) {
        // when / then
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @Test
    void computesTheCheckCharacterOfAPublishedCode() {
        // given
        String first17 = "91440300192203821";

        // when
        String code = CreditCode.withCheckCharacter(first17);

        // then
        assertThat(code).isEqualTo("914403001922038216");
    }

    @Test
    void usesZeroWhenTheWeightedSumIsAMultipleOf31() {
        // given: its weighted sum is 1519 = 49 × 31, so the check value is 31 − 0 = 31, which stands for 0
        String first17 = "91500112MA5U00025";

        // when
        String code = CreditCode.withCheckCharacter(first17);

        // then
        assertThat(code).isEqualTo("91500112MA5U000250");
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @Test
    void usesTheLastLetterOfTheAlphabetForCheckValue30() {
        // given
        String first17 = "91500112MA5U00015";

        // when
        String code = CreditCode.withCheckCharacter(first17);

        // then
        assertThat(code).isEqualTo("91500112MA5U00015Y");
    }

    @Test
    void madeCodesAreValidForEveryKindOfUnit() {
        // given: enterprise, public institution (university), social organisation in Chongqing
        String enterprise = CreditCode.withCheckCharacter("91500112MA5U7QKW4");
        String university = CreditCode.withCheckCharacter("12500000450400011");
        String socialOrganisation = CreditCode.withCheckCharacter("52500105MJP500171");

        // when / then
        assertThat(CreditCode.isValid(enterprise)).isTrue();
        assertThat(CreditCode.isValid(university)).isTrue();
        assertThat(CreditCode.isValid(socialOrganisation)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038217", "9144030071526726XH", "91330100799655058A", "91500112MA5UXXXX28"})
    void rejectsWrongCheckCharacter(String code) {
        // when / then
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    void rejectsTwoSwappedCharacters() {
        // given: 华为's code with the 9th and 10th characters swapped
        String swapped = "914403009122038216";

        // when / then
        assertThat(CreditCode.isValid(swapped)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9144030071526726xg", "91500112ma5uxxxx29"})
    void rejectsLowerCase(String code) {
        // given
        assertThat(CreditCode.isValid(code.toUpperCase())).isTrue();

        // when / then
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"91440300192203821", "9144030019220382166", "914403001922038216 ", " 914403001922038216"})
    void rejectsWrongLength(String code) {
        // when / then
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "S", "V", "Z"})
    void rejectsForbiddenLetters(String letter) {
        // given: a valid code with one of its letters replaced by a letter GB 32100 leaves out
        String code = "91500112MA5UXXXX29".replace("U", letter);

        // when / then
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    void rejectsCharactersOutsideTheAlphabet() {
        // when / then
        assertThat(CreditCode.isValid("91500112MA5U-XXX29")).isFalse();
        assertThat(CreditCode.isValid("91500112MA5Ｕ XXX29")).isFalse();
        assertThat(CreditCode.isValid("９1500112MA5UXXXX29")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9144030019220382", "914403001922038216", "9150011ZMA5U7QKW4", "91500112ma5u7qkw4"})
    void refusesToMakeACodeFromAnythingButSeventeenAllowedCharacters(String first17) {
        // when / then
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.withCheckCharacter(first17));
    }
}
