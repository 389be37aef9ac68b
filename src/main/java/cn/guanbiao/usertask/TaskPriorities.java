package cn.guanbiao.usertask;

/**
 * What a task's priority means, as Tasklist shows it on every card (and sorts by, when asked): a task keeps Camunda's
 * default while on time, is raised when its reminder goes out and again when it is overdue. Tasklist's tooltip says so.
 */
public final class TaskPriorities {

    public static final int ON_TIME = 50;
    public static final int DUE_SOON = 70;
    public static final int OVERDUE = 90;

    private TaskPriorities() {
    }
}
