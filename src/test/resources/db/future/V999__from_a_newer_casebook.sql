-- A migration only a newer Casebook would know; used to test that older programs refuse such cases.
CREATE TABLE from_the_future (id INT PRIMARY KEY);
