package cn.guanbiao.pilot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.guanbiao.notification.PilotMail;
import cn.guanbiao.usertask.Completion;
import cn.guanbiao.usertask.UserTasks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The district office records in Tasklist what its pilot enterprise did on the national platform (tc554.org.cn):
 * 初始测评, 学习实施, the optional 分级评价 by an agency, and each year's data. Create: the group is told (and, for the
 * yearly data, the enterprise's contact person is asked to report on the platform). Complete:
 * what the form must hold is checked, then kept in the app's tables with who recorded it.
 */
@Component("pilotParticipationTask")
class PilotParticipationListener implements TaskListener {

    static final String ASSESSMENT = "PilotInitialAssessment";
    static final String LEARNING = "PilotLearning";
    static final String GRADED_EVALUATION = "PilotGradedEvaluation";
    static final String ANNUAL_REPORT = "PilotAnnualReport";
    /** The grades of the graded evaluation (创新管理知识产权能力提升分级评价). */
    static final List<String> GRADES = List.of("一级", "二级", "三级", "四级", "五级");

    private final PilotParticipations participations;
    private final PilotReportSchedule schedule;
    private final PilotMails mails;
    private final UserTasks userTasks;

    PilotParticipationListener(PilotParticipations participations, PilotReportSchedule schedule, PilotMails mails,
            UserTasks userTasks) {
        this.participations = participations;
        this.schedule = schedule;
        this.mails = mails;
        this.userTasks = userTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            userTasks.announce(task);
            if (ANNUAL_REPORT.equals(task.getTaskDefinitionKey())) {
                // the enterprise reports on the national platform and tells its district office, which records it here
                var variables = PilotParticipationVariables.of(task);
                int dataYear = variables.reportingYear();
                mails.send(PilotMail.Kind.REPORT_DATA, task.getExecution().getProcessBusinessKey(),
                        variables.creditCode(), dataYear, schedule.lastDay(dataYear));
            }
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        String creditCode = PilotParticipationVariables.of(task).creditCode();
        Completion form = userTasks.completing(task);
        String user = form.decider();
        switch (task.getTaskDefinitionKey()) {
            case ASSESSMENT -> participations.assessed(creditCode, form.pastDate("assessedOn", "初始测评日期"), user);
            case LEARNING -> {
                LocalDate on = form.pastDate("learningDoneOn", "完成学习日期");
                boolean graded = form.yesOrNo(PilotVariables.GRADED_EVALUATION, "企业是否自愿参加分级评价");
                PilotParticipationVariables.of(task.getExecution()).setGradedEvaluation(graded);
                participations.learningDone(creditCode, on, user);
            }
            case GRADED_EVALUATION -> {
                String agency = form.requiredText("evaluationAgency", "评价服务机构", "", 200);
                String grade = form.choice("evaluationGrade", "评价等级", GRADES, "");
                participations.graded(creditCode, agency, grade, form.pastDate("gradedOn", "评价日期"), user);
            }
            case ANNUAL_REPORT -> annualReport(task, form, creditCode, user);
            default -> throw new IllegalStateException("No pilot task " + task.getTaskDefinitionKey());
        }
    }

    private void annualReport(DelegateTask task, Completion form, String creditCode, String user) {
        var variables = PilotParticipationVariables.of(task);
        int dataYear = variables.reportingYear();
        BigDecimal rd = form.yuan("rdExpense", "研发投入");
        String note = form.text("note", "备注", 2000);
        participations.report(new PilotParticipations.AnnualReport(creditCode, dataYear,
                form.count("inventionApplications", "发明专利申请量"), form.count("inventionGrants", "发明专利授权量"),
                form.count("ipStaff", "知识产权工作人员"), rd, note.isEmpty() ? null : note, user, null));
        PilotParticipationVariables.of(task.getExecution()).setMoreReports(schedule.moreAfter(variables.pilotYear(), dataYear));
    }
}
