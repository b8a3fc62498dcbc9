-- Casebook case file, schema 3: threads (step 5).
-- A suggested link a member rejected is kept so that it is never suggested again. The pair is stored once, lower
-- item id first; deleting either item (with its letter) takes the rejection with it.

CREATE TABLE thread_link_rejection (
    item_a BIGINT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    item_b BIGINT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    PRIMARY KEY (item_a, item_b),
    CONSTRAINT thread_link_rejection_ordered CHECK (item_a < item_b)
);
