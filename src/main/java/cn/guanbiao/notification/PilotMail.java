package cn.guanbiao.notification;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An e-mail to the contact person of an enterprise in the ISO 56005 pilot (R11): it is on the year's list, or the
 * yearly data is due.
 *
 * @param year     the pilot year ({@link Kind#PILOTED}) or the data year ({@link Kind#REPORT_DATA})
 * @param office   the district office that follows the enterprise, e.g. 渝北区知识产权局
 * @param deadline when the yearly data is due; null for {@link Kind#PILOTED}
 */
public record PilotMail(Kind kind, String orgName, String contactName, int year, String office, LocalDate deadline) {

    public enum Kind {
        PILOTED("已列入创新管理知识产权国际标准实施试点"), REPORT_DATA("请填报年度知识产权和创新数据");

        private final String headline;

        Kind(String headline) {
            this.headline = headline;
        }

        public String headline() {
            return headline;
        }
    }

    public PilotMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orgName, "orgName");
        Objects.requireNonNull(office, "office");
        if (kind == Kind.REPORT_DATA) {
            Objects.requireNonNull(deadline, "deadline");
        }
    }
}
