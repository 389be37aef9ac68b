package cn.guanbiao.complaint;

/** What a complaint is about (R7): an award a unit obtained, or the conduct of a certification body. */
public enum ComplaintSubject {
    AWARD("获奖单位"), CERTIFICATION_BODY("认证机构");

    private final String label;

    ComplaintSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
