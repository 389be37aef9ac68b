-- Files an applicant uploads with an application (certificate, invoices, other evidence). Kept in the database
-- beside the application, so a backup of the database is a backup of everything. Only PDF, JPEG and PNG are
-- accepted, detected from the content; the SHA-256 lets a reviewer or an auditor prove a file is unchanged.
CREATE TABLE attachment (
    id              VARCHAR(36)    PRIMARY KEY,
    application_no  VARCHAR(30)    NOT NULL REFERENCES application (application_no),
    kind            VARCHAR(20)    NOT NULL,
    file_name       VARCHAR(255)   NOT NULL,
    content_type    VARCHAR(50)    NOT NULL,
    size_bytes      BIGINT         NOT NULL,
    sha256          VARCHAR(64)    NOT NULL,
    content         BYTEA          NOT NULL,
    uploaded_at     TIMESTAMP      NOT NULL
);
CREATE INDEX attachment_application_no ON attachment (application_no);
