-- Complaints and tip-offs (投诉举报, R7) from anyone, about an award or a certification body. The decision of the
-- municipal office is kept here with its user and time: a complaint about a body has no application, so the
-- review_decision table (application_no NOT NULL) cannot hold it.
CREATE TABLE complaint (
    reference_no      VARCHAR(30)    PRIMARY KEY,
    subject           VARCHAR(30)    NOT NULL,
    application_no    VARCHAR(30)    REFERENCES application (application_no),
    certification_body VARCHAR(200)  REFERENCES certification_body (name),
    content           VARCHAR(10000) NOT NULL,
    contact_name      VARCHAR(100),
    contact_email     VARCHAR(254),
    contact_phone     VARCHAR(30),
    received_at       TIMESTAMP      NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    findings          VARCHAR(4000),
    decided_by        VARCHAR(100),
    decided_at        TIMESTAMP,
    recovery_process_instance_id VARCHAR(64),
    process_instance_id VARCHAR(64),
    CONSTRAINT complaint_names_its_subject CHECK (
        (subject = 'AWARD' AND application_no IS NOT NULL AND certification_body IS NULL)
        OR (subject = 'CERTIFICATION_BODY' AND certification_body IS NOT NULL AND application_no IS NULL))
);
CREATE INDEX complaint_application_no ON complaint (application_no);
CREATE INDEX complaint_certification_body ON complaint (certification_body);
CREATE SEQUENCE complaint_seq START WITH 1;
