package cn.guanbiao.usertask;

import java.util.Date;
import java.util.Map;

import cn.guanbiao.calendar.WorkingDays;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Due dates of user tasks in working days, from {@code app.review.due-working-days}: {@code ${dueDates.of('DistrictReview')}}. */
@Component("dueDates")
@ConfigurationProperties(prefix = "app.review")
public class DueDates {

    private Map<String, Integer> dueWorkingDays = Map.of();
    private int correctionWorkingDays = 10;
    private final WorkingDays workingDays;

    public DueDates(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    public Date of(String taskKey) {
        Integer days = dueWorkingDays.get(taskKey);
        if (days == null) {
            throw new IllegalStateException("No due date configured for " + taskKey + " (app.review.due-working-days)");
        }
        return workingDays.endOfWorkingDays(days);
    }

    /** One working day before the due date: when the reminder goes out. */
    public Date reminderOf(String taskKey) {
        of(taskKey);
        return workingDays.endOfWorkingDays(Math.max(dueWorkingDays.get(taskKey) - 1, 0));
    }

    public Date correctionDeadline() {
        return workingDays.endOfWorkingDays(correctionWorkingDays);
    }

    public Map<String, Integer> getDueWorkingDays() {
        return dueWorkingDays;
    }

    public void setDueWorkingDays(Map<String, Integer> dueWorkingDays) {
        this.dueWorkingDays = dueWorkingDays;
    }

    public int getCorrectionWorkingDays() {
        return correctionWorkingDays;
    }

    public void setCorrectionWorkingDays(int correctionWorkingDays) {
        this.correctionWorkingDays = correctionWorkingDays;
    }
}
