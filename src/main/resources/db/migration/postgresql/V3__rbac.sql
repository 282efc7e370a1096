-- Roles and the admin API.

-- Role names are unique case-insensitively ("Editor" and "editor" are one role). Names are ASCII
-- (validated by the service), so lower() means the same thing on both databases.
CREATE UNIQUE INDEX roles_name_lower ON roles (lower(name));

-- Admin search pages through usernames and emails by prefix with a range predicate
-- (norm >= prefix AND norm < next-prefix) on these indexes. That is only a prefix match when the
-- order is by code point, as SQLite's BINARY collation is: "C" here, whatever the database default.
ALTER TABLE users ALTER COLUMN username_norm TYPE VARCHAR(256) COLLATE "C";
ALTER TABLE users ALTER COLUMN email_norm TYPE VARCHAR(320) COLLATE "C";

-- Every admin route checks one specific permission; the read permissions complete the set.
INSERT INTO role_permissions (role_name, permission) VALUES
    ('admin', 'admin:roles:read'),
    ('admin', 'admin:sessions:read'),
    ('admin', 'admin:keys:read');

-- The admin check looks a permission up first, then whether the user holds one of its roles
-- (user_roles primary key): an index search at every step, never a scan.
CREATE INDEX role_permissions_permission ON role_permissions (permission, role_name);

-- Finds the holders of a role (the last-admin guard counts the enabled admins).
CREATE INDEX user_roles_role ON user_roles (role_name, user_id);

-- Background jobs that must run on one node at a time hold a lease: a row taken over with one
-- conditional UPDATE only when it has expired or is already ours.
CREATE TABLE job_leases (
    name       VARCHAR(64) PRIMARY KEY,
    holder     VARCHAR(64) NOT NULL,
    expires_at BIGINT      NOT NULL
);
INSERT INTO job_leases (name, holder, expires_at) VALUES ('audit_purge', '', 0);
