-- R5, checked again right before money moves: which credit records of its unit each application's credit decisions
-- have taken into account. checked_through is the highest credit_record id the first check saw, or that the check
-- before payment has since sent to a person (PaymentCreditReview); a later ABNORMAL_OPERATION record (a higher id)
-- goes to a person before payment, a SERIOUS_DISHONESTY or JOINT_PUNISHMENT record of any time rejects.
-- Records of one unit are added under the lock of its applications' rows (CreditRecords.add), so their ids grow in
-- the order they commit as the checks, which take the same lock, see them.
CREATE TABLE credit_clearance (
    application_no   VARCHAR(30) PRIMARY KEY REFERENCES application (application_no),
    checked_through  BIGINT      NOT NULL,
    checked_at       TIMESTAMP   NOT NULL
);

-- Applications checked before this table: their (last) check saw the records of their unit recorded up to it.
INSERT INTO credit_clearance (application_no, checked_through, checked_at)
SELECT c.application_no,
       COALESCE((SELECT MAX(r.id) FROM credit_record r
                 WHERE r.credit_code = c.credit_code AND r.recorded_at <= c.checked_at), 0),
       c.checked_at
FROM (SELECT a.application_no, a.credit_code, MAX(e.occurred_at) AS checked_at
      FROM application a JOIN application_event e ON e.application_no = a.application_no
      WHERE e.status = 'CREDIT_CHECK'
      GROUP BY a.application_no, a.credit_code) c;
