package cn.guanbiao.evaluation;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.guanbiao.application.IpIndicatorRecords;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.platform.JsonVariables;
import cn.guanbiao.review.Deciders;
import cn.guanbiao.review.ReviewDecisions;
import cn.guanbiao.review.ReviewOutcome;
import cn.guanbiao.review.ReviewerNotices;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 绩效评分 by the district office. Create: the indicators when applying and now, side by side; the group is told.
 * Complete: a score from 0 to 100 and an opinion are required; who scored is recorded.
 */
@Component("evaluationScoring")
class EvaluationScoringListener implements TaskListener {

    private final IpIndicatorRecords indicators;
    private final JsonVariables json;
    private final ReviewDecisions decisions;
    private final ReviewerNotices reviewerNotices;
    private final IdentityService identityService;
    private final Clock clock;

    EvaluationScoringListener(IpIndicatorRecords indicators, JsonVariables json, ReviewDecisions decisions,
            ReviewerNotices reviewerNotices, IdentityService identityService, Clock clock) {
        this.indicators = indicators;
        this.json = json;
        this.decisions = decisions;
        this.reviewerNotices = reviewerNotices;
        this.identityService = identityService;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String applicationNo = ProcessVariables.applicationNo(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            EvaluationVariables.of(task.getExecution()).setComparison(json.of(IndicatorComparison.rows(
                    indicators.find(applicationNo, IpIndicatorRecords.Kind.BASELINE).orElse(null),
                    indicators.find(applicationNo, IpIndicatorRecords.Kind.REPORTED).orElse(null))));
            reviewerNotices.taskCreated(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            complete(task, applicationNo);
        }
    }

    private void complete(DelegateTask task, String applicationNo) {
        var variables = EvaluationVariables.of(task);
        int score = score(variables.scoreEntered());
        String comment = variables.comment();
        if (comment == null || comment.isBlank()) {
            throw new BadUserRequestException("请填写评价意见（comment）");
        }
        String user = Deciders.of(identityService, task);
        variables.scored(score, user);
        decisions.add(new ReviewDecisions.Decision(applicationNo, task.getTaskDefinitionKey(), task.getName(), user,
                ReviewOutcome.APPROVED, "评分 " + score + " 分：" + comment, LocalDateTime.now(clock)));
    }

    private static int score(Object value) {
        try {
            double number = Double.parseDouble(String.valueOf(value).trim());
            if (number == Math.rint(number) && number >= 0 && number <= 100) {
                return (int) number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new BadUserRequestException("请填写绩效评分（score）：0 到 100 之间的整数");
    }
}
