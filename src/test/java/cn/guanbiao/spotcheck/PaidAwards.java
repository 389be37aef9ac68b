package cn.guanbiao.spotcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;

/** Awards walked to 已拨付 through process award-application, in a call of their own (a spot check's population). */
final class PaidAwards {

    record Paid(String callId, List<String> applicationNos) {

        String first() {
            return applicationNos.get(0);
        }
    }

    private PaidAwards() {
    }

    static Paid create(AwardDriver driver, int count) {
        String callId = driver.openCall("10000000").callId();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(driver.submit(Applicants.enterprise(callId)).applicationNo());
        }
        numbers.forEach(driver::passReviews);
        driver.decideCall(callId);
        for (String no : numbers) {
            driver.fireTimer(driver.process(no).getId(), "Event_NoticePeriodOver");
            driver.complete(no, "FundReleaseApproval", "finance", Map.of("approved", true, "comment", "同意拨付"));
        }
        return new Paid(callId, List.copyOf(numbers));
    }
}
