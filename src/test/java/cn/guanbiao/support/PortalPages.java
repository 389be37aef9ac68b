package cn.guanbiao.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.guanbiao.applicant.ApplicationIntake;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openqa.selenium.By;

/**
 * Every public and applicant page, each filled with what makes it long or wide: a notice with a current and a past row,
 * the form of an open call, status pages of a paid (award, fees, timeline), a returned (correction form) and a rejected
 * application, and the evaluation report page. {@link #open} loads one and waits until its script has drawn it.
 */
public final class PortalPages {

    /** A page: its name (for messages and screenshots), its address, and what shows that it is drawn (CSS, or null). */
    public record Page(String name, String path, String drawn) {
    }

    private final List<Page> pages = new ArrayList<>();

    public PortalPages(AwardDriver driver, java.util.function.Function<String, String> tokenOf) {
        String paid = driver.pay(Applicants::enterprise);

        String noticeCall = driver.openCall("1000000").callId();
        ObjectNode inNotice = Applicants.enterprise(noticeCall);
        inNotice.put("orgName", "重庆市某某区某某智能装备制造股份有限公司（长名称用于检查窄屏换行）");
        String noticed = driver.submit(inNotice).applicationNo();
        driver.passReviews(noticed);
        driver.decideCall(noticeCall);

        String callId = driver.openCall("1000000").callId();
        ApplicationIntake.Accepted returned = driver.submit(Applicants.enterprise(callId));
        driver.complete(returned.applicationNo(), "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", true, "comment", "请补充第二张发票的付款凭证"));
        ApplicationIntake.Accepted rejected = driver.submit(Applicants.enterprise(callId));
        driver.complete(rejected.applicationNo(), "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", false, "comment", "认证证书已过有效期"));

        pages.add(new Page("public-notices", "/public/notices", null));
        pages.add(new Page("public-complaints", "/public/complaints", null));
        pages.add(new Page("public-spot-checks", "/public/spot-checks", null));
        pages.add(new Page("apply-calls", "/applications/new", null));
        pages.add(new Page("apply-form", "/applications/new?callId=" + callId, null));
        pages.add(new Page("status-paid", statusPath(paid, tokenOf.apply(paid)), "#award-fees tbody tr"));
        pages.add(new Page("status-returned", statusPath(returned.applicationNo(), returned.trackingToken()),
                "#correction-form [data-array=certificationFees] .row"));
        pages.add(new Page("status-rejected", statusPath(rejected.applicationNo(), rejected.trackingToken()),
                "#progress-steps li[data-state=STOPPED]"));
        pages.add(new Page("evaluation", "/applications/" + paid + "/evaluation#token=" + tokenOf.apply(paid), null));
    }

    public List<Page> all() {
        return pages;
    }

    /** Loads the page and waits until it is drawn (the status page asks the API first). */
    public void open(Browser browser, Page page) {
        browser.get("about:blank");
        browser.get(browser.url(page.path()));
        if (page.drawn() != null) {
            browser.waiting(15).until(d -> !d.findElements(By.cssSelector(page.drawn())).isEmpty());
        }
        browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true);");
    }

    private static String statusPath(String applicationNo, String token) {
        return "/applications/" + applicationNo + "#token=" + token;
    }
}
