-- A recovered award gives a unit no "once" back (R4): its payment still counts as received and its invoices stay
-- consumed, unless an administrator records otherwise with a reason (e.g. an award recovered in error). Kept for the
-- audit; a row here takes the application's payment and invoices out of the unit's account.
CREATE TABLE account_restoration (
    application_no  VARCHAR(30)    PRIMARY KEY REFERENCES application (application_no),
    reason          VARCHAR(2000)  NOT NULL,
    decided_by      VARCHAR(100)   NOT NULL,
    decided_at      TIMESTAMP      NOT NULL
);
