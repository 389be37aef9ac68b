-- R9: the unit's IP indicators when applying (BASELINE, optional) and a year after the award (REPORTED).
CREATE TABLE ip_indicators (
    application_no   VARCHAR(30)  NOT NULL REFERENCES application (application_no),
    kind             VARCHAR(20)  NOT NULL,
    patents_filed    INTEGER      NOT NULL,
    patents_granted  INTEGER      NOT NULL,
    ip_staff         INTEGER      NOT NULL,
    training_hours   INTEGER      NOT NULL,
    risk_warnings    INTEGER      NOT NULL,
    recorded_at      TIMESTAMP    NOT NULL,
    CONSTRAINT ip_indicators_once PRIMARY KEY (application_no, kind)
);

-- One performance evaluation per paid award: report requested, reported or overdue (flagged), scored.
CREATE TABLE performance_evaluation (
    application_no   VARCHAR(30)   PRIMARY KEY REFERENCES application (application_no),
    status           VARCHAR(20)   NOT NULL,
    report_due_on    DATE,
    reported_at      TIMESTAMP,
    flagged_at       TIMESTAMP,
    score            INTEGER,
    grade            VARCHAR(20),
    comment          VARCHAR(2000),
    evaluated_by     VARCHAR(100),
    evaluated_at     TIMESTAMP,
    CONSTRAINT performance_evaluation_score CHECK (score IS NULL OR score BETWEEN 0 AND 100)
);
CREATE INDEX performance_evaluation_status ON performance_evaluation (status);
