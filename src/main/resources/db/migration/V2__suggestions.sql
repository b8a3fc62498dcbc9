-- Casebook case file, schema 2: suggestions (step 4).
-- Phrases are codebook data, so members can edit what Casebook looks for; they go with their theme or response type.
-- A suggestion keeps its evidence (the rule that fired and the words it matched) after it is accepted or rejected.

CREATE TABLE theme_phrase (
    theme_id   VARCHAR(64)   NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
    phrase     VARCHAR(1000) NOT NULL,
    sort_order INT           NOT NULL,
    PRIMARY KEY (theme_id, sort_order)
);

CREATE TABLE response_type_phrase (
    response_type_id VARCHAR(64)   NOT NULL REFERENCES response_type (id) ON DELETE CASCADE,
    phrase           VARCHAR(1000) NOT NULL,
    sort_order       INT           NOT NULL,
    PRIMARY KEY (response_type_id, sort_order)
);

-- Evidence is present exactly when Casebook suggested the tag; a tag a member added has none.
ALTER TABLE item_theme ADD COLUMN rule VARCHAR(1000);
ALTER TABLE item_theme ADD COLUMN matched CLOB;
ALTER TABLE item_response_type ADD COLUMN rule VARCHAR(1000);
ALTER TABLE item_response_type ADD COLUMN matched CLOB;

ALTER TABLE commitment ADD COLUMN rule VARCHAR(1000);
ALTER TABLE commitment ADD COLUMN matched CLOB;
-- Schema 1 had no list of statuses; name them now that 'suggested' and 'rejected' join the ones members set.
ALTER TABLE commitment ADD CONSTRAINT commitment_status_known
    CHECK (status IN ('open', 'kept', 'broken', 'unclear', 'suggested', 'rejected'));
