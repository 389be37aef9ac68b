package cn.guanbiao.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/** The reviewing groups of DOMAIN §5, beside one {@code district-<code>} group per district. */
public final class Groups {

    public static final String ADMIN = "camunda-admin";
    public static final String MUNICIPAL_IP_OFFICE = "municipal-ip-office";
    public static final String FINANCE_OFFICE = "finance-office";
    public static final String INSPECTORS = "inspectors";

    /** Group id → Chinese name, in the order an administrator reads them. */
    public static final Map<String, String> DEPARTMENTS = new LinkedHashMap<>();

    static {
        DEPARTMENTS.put(MUNICIPAL_IP_OFFICE, "市知识产权局");
        DEPARTMENTS.put(FINANCE_OFFICE, "市财政局");
        DEPARTMENTS.put("dept-economy", "市经济和信息化委员会");
        DEPARTMENTS.put("dept-education", "市教育委员会");
        DEPARTMENTS.put("dept-science", "市科学技术局");
        DEPARTMENTS.put("dept-sasac", "市国有资产监督管理委员会");
        DEPARTMENTS.put("dept-federation", "市工商业联合会");
        DEPARTMENTS.put(INSPECTORS, "监督检查人员");
    }

    private Groups() {
    }
}
