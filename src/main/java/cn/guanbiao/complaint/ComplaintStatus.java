package cn.guanbiao.complaint;

/** Where a complaint stands: being verified by the municipal office, then found true or unfounded. */
public enum ComplaintStatus {
    IN_VERIFICATION("核查中"), CONFIRMED("属实"), UNFOUNDED("不属实");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
