package cn.guanbiao.usertask;

import java.util.Set;

import cn.guanbiao.application.Applications;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;

/**
 * Four eyes (R7): who did the district review of an application may not also do its municipal review or
 * approve its payment; and nobody decides on an application of a unit they are marked as related to.
 */
@Service
public class FourEyes {

    static final Set<String> NOT_AFTER_DISTRICT_REVIEW = Set.of("MunicipalReview", "FundReleaseApproval");

    private final ReviewDecisions decisions;
    private final ReviewerRelations relations;
    private final Applications applications;

    public FourEyes(ReviewDecisions decisions, ReviewerRelations relations, Applications applications) {
        this.decisions = decisions;
        this.relations = relations;
        this.applications = applications;
    }

    /** Throws when {@code userId} may not decide {@code taskKey} of the application. */
    public void check(String userId, String taskKey, String applicationNo) {
        if (userId == null) {
            return;
        }
        if (NOT_AFTER_DISTRICT_REVIEW.contains(taskKey) && didDistrictReview(userId, applicationNo)) {
            throw new BadUserRequestException("四眼原则：您已办理本申请的区县初审，不能再办理本环节，请由其他人员办理");
        }
        if (relations.isRelated(userId, applications.creditCode(applicationNo))) {
            throw new BadUserRequestException("回避：您已登记为与该申请单位存在关联关系，不能办理该单位的申请");
        }
    }

    private boolean didDistrictReview(String userId, String applicationNo) {
        return decisions.of(applicationNo).stream()
                .anyMatch(d -> "DistrictReview".equals(d.taskKey()) && userId.equals(d.userId()));
    }
}
