-- The morning digest of new tasks (app.mail.reviewers.new-tasks: digest): one row, the end of the span of task
-- creation times the last digest covered and the working day it ran on. The next digest lists the open tasks created
-- since (ACT_RU_TASK.CREATE_TIME_, indexed); the conditional update of this row lets one node of a cluster run it.
CREATE TABLE new_task_digest (
    id              INT            PRIMARY KEY,
    covered_until   TIMESTAMP      NOT NULL,
    last_run_on     DATE
);
INSERT INTO new_task_digest (id, covered_until) VALUES (1, LOCALTIMESTAMP);
