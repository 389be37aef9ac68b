package cn.guanbiao.application;

/** Honours an applicant may hold; the award policy table reads their {@link HonourLevel}. */
public enum Honour {
    NATIONAL_DEMONSTRATION("国家知识产权示范企业", HonourLevel.NATIONAL),
    NATIONAL_ADVANTAGE("国家知识产权优势企业", HonourLevel.NATIONAL),
    PROVINCIAL_DEMONSTRATION("省级知识产权示范企业", HonourLevel.MUNICIPAL),
    PROVINCIAL_ADVANTAGE("省级知识产权优势企业", HonourLevel.MUNICIPAL),
    MUNICIPAL_DEMONSTRATION("市级知识产权示范企业", HonourLevel.MUNICIPAL),
    MUNICIPAL_ADVANTAGE("市级知识产权优势企业", HonourLevel.MUNICIPAL),
    LITTLE_GIANT("专精特新“小巨人”企业", HonourLevel.NONE),
    HIGH_TECH_ENTERPRISE("高新技术企业", HonourLevel.NONE);

    private final String label;
    private final HonourLevel level;

    Honour(String label, HonourLevel level) {
        this.label = label;
        this.level = level;
    }

    public String label() {
        return label;
    }

    public HonourLevel level() {
        return level;
    }
}
