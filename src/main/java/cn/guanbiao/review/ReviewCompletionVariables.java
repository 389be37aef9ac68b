package cn.guanbiao.review;

import cn.guanbiao.platform.CommonVariables;
import java.util.Map;
import java.util.Set;

import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.platform.CompletionVariables;
import org.springframework.stereotype.Component;

/**
 * DOMAIN §5: the review tasks of {@code award-application} are completed over REST with {@code approved} and
 * {@code comment}; the three reviews of the application itself also with {@code returnForCorrection}.
 */
@Component
class ReviewCompletionVariables implements CompletionVariables {

    private static final Set<String> DECISION = Set.of(CommonVariables.APPROVED, CommonVariables.COMMENT);
    private static final Set<String> DECISION_OR_RETURN = Set.of(CommonVariables.APPROVED, CommonVariables.COMMENT,
            CommonVariables.RETURN_FOR_CORRECTION);
    private static final Map<String, Set<String>> BY_TASK = Map.of(
            "DistrictReview", DECISION_OR_RETURN,
            "DepartmentReview", DECISION_OR_RETURN,
            "MunicipalReview", DECISION_OR_RETURN,
            "CreditReview", DECISION,
            "ObjectionReview", DECISION,
            "FundReleaseApproval", DECISION,
            "PaymentCreditReview", DECISION);

    @Override
    public Set<String> of(String processDefinitionKey, String taskDefinitionKey) {
        return ProcessVariables.PROCESS_KEY.equals(processDefinitionKey) ? BY_TASK.getOrDefault(taskDefinitionKey, Set.of())
                : Set.of();
    }
}
