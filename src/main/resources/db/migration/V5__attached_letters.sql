-- Casebook case file, schema 5: documents attached to an e-mail (ADR 19).
-- A document that came attached to an e-mail is a letter of its own that names the e-mail's letter. Each document
-- came with one e-mail, so a column is enough; deleting the e-mail's letter deletes its attached letters with it
-- (and, through them, their items, tags, notes and commitments).

ALTER TABLE letter ADD COLUMN attached_to BIGINT REFERENCES letter (id) ON DELETE CASCADE;
CREATE INDEX letter_attached_to ON letter (attached_to);
