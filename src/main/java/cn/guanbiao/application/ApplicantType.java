package cn.guanbiao.application;

import java.util.Set;

/** Who applies, and the standard each kind of unit is certified against (DOMAIN §1). */
public enum ApplicantType {
    ENTERPRISE("企业", Set.of("GB/T 29490-2013", "GB/T 29490-2023")),
    UNIVERSITY("高等学校", Set.of("GB/T 33251-2016")),
    RESEARCH_ORG("科研组织", Set.of("GB/T 33250-2016")),
    PATENT_AGENCY("专利代理机构", Set.of("GB/T 34833-2017"));

    private final String label;
    private final Set<String> standards;

    ApplicantType(String label, Set<String> standards) {
        this.label = label;
        this.standards = standards;
    }

    public String label() {
        return label;
    }

    public Set<String> standards() {
        return standards;
    }

    public boolean isCertifiedAgainst(String standard) {
        return standards.contains(standard);
    }
}
