package cn.guanbiao.evaluation;

import cn.guanbiao.platform.CommonVariables;
import cn.guanbiao.application.IpIndicatorRecords;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.platform.JsonVariables;
import cn.guanbiao.usertask.ReviewOutcome;
import cn.guanbiao.usertask.Completion;
import cn.guanbiao.usertask.UserTasks;
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
    private final UserTasks userTasks;

    EvaluationScoringListener(IpIndicatorRecords indicators, JsonVariables json, UserTasks userTasks) {
        this.indicators = indicators;
        this.json = json;
        this.userTasks = userTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        String applicationNo = ProcessVariables.applicationNo(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            EvaluationVariables.of(task.getExecution()).setComparison(json.of(IndicatorComparison.rows(
                    indicators.find(applicationNo, IpIndicatorRecords.Kind.BASELINE).orElse(null),
                    indicators.find(applicationNo, IpIndicatorRecords.Kind.REPORTED).orElse(null))));
            userTasks.announce(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            complete(task, applicationNo);
        }
    }

    private void complete(DelegateTask task, String applicationNo) {
        Completion completion = userTasks.completing(task);
        int score = completion.integer(EvaluationVariables.SCORE, "绩效评分", 0, 100);
        String comment = completion.requiredText(CommonVariables.COMMENT, "评价意见", "");
        EvaluationVariables.of(task).scored(score, completion.decider());
        completion.record(applicationNo, ReviewOutcome.APPROVED, "评分 " + score + " 分：" + comment);
    }
}
