package cn.guanbiao.recovery;

/** Where the suspicion of fraud came from (R7). */
public enum RecoverySource {
    SPOT_CHECK("监督抽查"), COMPLAINT("投诉举报");

    private final String label;

    RecoverySource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
