package cn.guanbiao.application;

public enum FeeKind {
    CERTIFICATION("认证费"),
    /** Consulting and coaching fees are recorded but never counted (R4). */
    CONSULTING("咨询辅导费");

    private final String label;

    FeeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
