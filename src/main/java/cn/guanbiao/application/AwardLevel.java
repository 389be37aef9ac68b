package cn.guanbiao.application;

public enum AwardLevel {
    NATIONAL("国家级"),
    PROVINCIAL("省级"),
    MUNICIPAL("市级"),
    DISTRICT("区县级");

    private final String label;

    AwardLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
