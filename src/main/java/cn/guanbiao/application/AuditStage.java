package cn.guanbiao.application;

public enum AuditStage {
    INITIAL("初次认证审核"),
    SURVEILLANCE_1("第一次监督审核"),
    SURVEILLANCE_2("第二次监督审核"),
    RECERTIFICATION("再认证审核");

    private final String label;

    AuditStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
