-- E-mails are sent right after the transaction that queued them commits (issue 6). Process mail-delivery, which
-- retries and raises an incident, takes over what that attempt could not send: a failure, or a node that died first.
ALTER TABLE mail_outbox ADD COLUMN claimed_at TIMESTAMP;
ALTER TABLE mail_outbox ADD COLUMN handed_over_at TIMESTAMP;
ALTER TABLE mail_outbox ADD COLUMN sent_by VARCHAR(255);
-- every mail queued so far went to mail-delivery
UPDATE mail_outbox SET handed_over_at = created_at;
CREATE INDEX mail_outbox_pending ON mail_outbox (sent_at, handed_over_at, created_at);
