package cn.guanbiao.application;

/** What an uploaded file proves (DOMAIN §3: the certificate, the invoices, anything else the reviewers ask for). */
public enum AttachmentKind {
    CERTIFICATE("认证证书"),
    INVOICE("认证费发票"),
    OTHER("其他材料");

    private final String label;

    AttachmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
