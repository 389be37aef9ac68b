package cn.guanbiao.application;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 17 characters and a check character,
 * all from {@value #ALPHABET} (no I, O, S, V, Z), upper case only.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int LENGTH = 18;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static boolean isValid(String code) {
        return code != null
                && code.length() == LENGTH
                && usesOnlyAlphabet(code)
                && code.charAt(LENGTH - 1) == checkCharacter(code.substring(0, LENGTH - 1));
    }

    /** The full 18-character code for its first 17 characters (for test and demo data). */
    public static String withCheckCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1 || !usesOnlyAlphabet(first17)) {
            throw new IllegalArgumentException("need 17 characters from " + ALPHABET + ": " + first17);
        }
        return first17 + checkCharacter(first17);
    }

    private static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    private static boolean usesOnlyAlphabet(String text) {
        return text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
