-- The official document (PDF) an e-mail carries, by name (e.g. RECEIPT): made from the tables when the mail is sent.
ALTER TABLE mail_outbox ADD COLUMN document VARCHAR(30);
