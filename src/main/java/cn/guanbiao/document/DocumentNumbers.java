package cn.guanbiao.document;

/** 文号 as offices write them: prefix, year in 〔〕, number in the year, e.g. {@code 渝知奖〔2026〕3号}. */
final class DocumentNumbers {

    private DocumentNumbers() {
    }

    static String of(String prefix, int year, long number) {
        return prefix + "〔" + year + "〕" + number + "号";
    }
}
