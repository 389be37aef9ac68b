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
        int pilotYear = (Integer) execution.getVariable(PilotVariables.PILOT_YEAR);
        Integer last = (Integer) execution.getVariable(PilotVariables.REPORTING_YEAR);
        int dataYear = schedule.nextDataYear(pilotYear, last);
        execution.setVariable(PilotVariables.REPORTING_YEAR, dataYear);
        execution.setVariable(PilotVariables.REPORT_OPENS_AT, schedule.opensAt(dataYear));
        execution.setVariable(PilotVariables.REPORT_DUE_AT, schedule.dueAt(dataYear));
        execution.setVariable(PilotVariables.REPORT_REMINDER_AT, schedule.reminderAt(dataYear));
    }
}
