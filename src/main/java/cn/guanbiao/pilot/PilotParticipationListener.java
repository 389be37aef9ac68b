package cn.guanbiao.pilot;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.guanbiao.notification.PilotMail;
import cn.guanbiao.review.Deciders;
import cn.guanbiao.review.ReviewerNotices;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
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
    private final ReviewerNotices reviewerNotices;
    private final PilotMails mails;
    private final IdentityService identityService;
    private final Clock clock;

    PilotParticipationListener(PilotParticipations participations, PilotReportSchedule schedule, ReviewerNotices reviewerNotices,
            PilotMails mails, IdentityService identityService, Clock clock) {
        this.mails = mails;
        this.participations = participations;
        this.schedule = schedule;
        this.reviewerNotices = reviewerNotices;
        this.identityService = identityService;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            reviewerNotices.taskCreated(task);
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
        String user = Deciders.of(identityService, task);
        switch (task.getTaskDefinitionKey()) {
            case ASSESSMENT -> participations.assessed(creditCode, pastDate(task, "assessedOn", "初始测评日期"), user);
            case LEARNING -> {
                LocalDate on = pastDate(task, "learningDoneOn", "完成学习日期");
                Object graded = PilotParticipationVariables.of(task).gradedEvaluationEntered();
                if (!(graded instanceof Boolean) && !"true".equals(graded) && !"false".equals(graded)) {
                    throw new BadUserRequestException("请选择企业是否自愿参加分级评价（gradedEvaluation）");
                }
                PilotParticipationVariables.of(task.getExecution()).setGradedEvaluation(Boolean.parseBoolean(graded.toString()));
                participations.learningDone(creditCode, on, user);
            }
            case GRADED_EVALUATION -> {
                String agency = text(task, "evaluationAgency");
                if (agency.isEmpty() || agency.length() > 200) {
                    throw new BadUserRequestException("请填写评价服务机构（evaluationAgency，不超过 200 字）");
                }
                String grade = text(task, "evaluationGrade");
                if (!GRADES.contains(grade)) {
                    throw new BadUserRequestException("请选择评价等级（evaluationGrade）：" + String.join("、", GRADES));
                }
                participations.graded(creditCode, agency, grade, pastDate(task, "gradedOn", "评价日期"), user);
            }
            case ANNUAL_REPORT -> annualReport(task, creditCode, user);
            default -> throw new IllegalStateException("No pilot task " + task.getTaskDefinitionKey());
        }
    }

    private void annualReport(DelegateTask task, String creditCode, String user) {
        var variables = PilotParticipationVariables.of(task);
        int dataYear = variables.reportingYear();
        BigDecimal rd = number(task, "rdExpense", "研发投入（元）");
        if (rd.scale() > 2) {
            throw new BadUserRequestException("研发投入（rdExpense）最多两位小数");
        }
        String note = text(task, "note");
        if (note.length() > 2000) {
            throw new BadUserRequestException("备注不超过 2000 字");
        }
        participations.report(new PilotParticipations.AnnualReport(creditCode, dataYear,
                count(task, "inventionApplications", "发明专利申请量"), count(task, "inventionGrants", "发明专利授权量"),
                count(task, "ipStaff", "知识产权工作人员"), rd.setScale(2), note.isEmpty() ? null : note, user, null));
        PilotParticipationVariables.of(task.getExecution()).setMoreReports(schedule.moreAfter(variables.pilotYear(), dataYear));
    }

    private LocalDate pastDate(DelegateTask task, String key, String label) {
        String value = text(task, key);
        try {
            LocalDate date = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            if (date.isAfter(LocalDate.now(clock))) {
                throw new BadUserRequestException(label + "（" + key + "）不能晚于今天");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new BadUserRequestException("请填写" + label + "（" + key + "，如 2024-05-10）");
        }
    }

    private static int count(DelegateTask task, String key, String label) {
        BigDecimal n = number(task, key, label);
        if (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw new BadUserRequestException(label + "（" + key + "）须为不小于 0 的整数");
        }
        return n.intValue();
    }

    private static BigDecimal number(DelegateTask task, String key, String label) {
        try {
            BigDecimal n = new BigDecimal(text(task, key));
            if (n.signum() < 0) {
                throw new BadUserRequestException(label + "（" + key + "）不能为负数");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadUserRequestException("请填写" + label + "（" + key + "）");
        }
    }

    private static String text(DelegateTask task, String key) {
        Object value = task.getVariable(key);
        return value == null ? "" : value.toString().strip();
    }
}
