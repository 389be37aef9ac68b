package cn.guanbiao.pilot;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 安排年度数据填报: which year's data comes next, when it is asked for, when it is due and when reminded. */
@Component("scheduleNextPilotReport")
class ScheduleNextPilotReportDelegate implements JavaDelegate {

    private final PilotReportSchedule schedule;

    ScheduleNextPilotReportDelegate(PilotReportSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = PilotParticipationVariables.of(execution);
        int dataYear = schedule.nextDataYear(variables.pilotYear(), variables.reportingYear());
        variables.nextReport(dataYear, schedule.opensAt(dataYear), schedule.dueAt(dataYear), schedule.reminderAt(dataYear));
    }
}
