-- Account roles become rows with ids, as FlexMeasures keeps them (its account_role table, and the API's
-- "account_roles": [{"id": 1, "name": "Prosumer"}]): one row per name, shared by the accounts that hold it.
-- Existing names get ids in the order they first appear (by account id, then name).

CREATE TABLE account_role (
    id    BIGSERIAL PRIMARY KEY,
    name  VARCHAR(80) NOT NULL,
    CONSTRAINT account_role_name_unique UNIQUE (name)
);

CREATE TABLE account_account_role (
    account_id       BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    account_role_id  BIGINT NOT NULL REFERENCES account_role (id),
    PRIMARY KEY (account_id, account_role_id)
);

INSERT INTO account_role (name)
SELECT role_name FROM account a, unnest(a.account_roles) AS role_name
GROUP BY role_name ORDER BY min(a.id), role_name;

INSERT INTO account_account_role (account_id, account_role_id)
SELECT DISTINCT a.id, r.id FROM account a, unnest(a.account_roles) AS role_name JOIN account_role r ON r.name = role_name;

ALTER TABLE account DROP COLUMN account_roles;
