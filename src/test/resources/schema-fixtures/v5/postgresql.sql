--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: account_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_tokens (
    token_hash character varying(64) NOT NULL,
    user_id character varying(36) NOT NULL,
    purpose character varying(32) NOT NULL,
    email character varying(320),
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint
);


--
-- Name: audit_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events (
    id character varying(36) NOT NULL,
    type character varying(64) NOT NULL,
    outcome character varying(16) NOT NULL,
    user_id character varying(36),
    actor character varying(256),
    identifier character varying(512),
    ip character varying(64),
    detail text,
    created_at bigint NOT NULL
);


--
-- Name: client_assertion_jtis; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_assertion_jtis (
    client_id character varying(128) NOT NULL,
    jti character varying(256) NOT NULL,
    expires_at bigint NOT NULL
);


--
-- Name: consents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.consents (
    user_id character varying(36) NOT NULL,
    client_id character varying(128) NOT NULL,
    scopes text NOT NULL,
    granted_at bigint NOT NULL
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: job_leases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.job_leases (
    name character varying(64) NOT NULL,
    holder character varying(64) NOT NULL,
    expires_at bigint NOT NULL
);


--
-- Name: login_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_sessions (
    id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    token_hash character varying(64) NOT NULL,
    password_fingerprint character varying(64) NOT NULL,
    auth_time bigint NOT NULL,
    amr character varying(128) NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    last_seen_at bigint NOT NULL,
    revoked_at bigint,
    ip character varying(64),
    user_agent character varying(512)
);


--
-- Name: login_throttle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_throttle (
    throttle_key character varying(512) NOT NULL,
    failures integer NOT NULL,
    locked_until bigint NOT NULL,
    updated_at bigint NOT NULL
);


--
-- Name: mail_outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mail_outbox (
    id character varying(36) NOT NULL,
    kind character varying(64) NOT NULL,
    recipient character varying(320) NOT NULL,
    subject character varying(512) NOT NULL,
    text_enc text NOT NULL,
    html_enc text NOT NULL,
    status character varying(16) NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at bigint NOT NULL,
    lease_owner character varying(64),
    lease_until bigint,
    last_error character varying(512),
    created_at bigint NOT NULL,
    sent_at bigint
);


--
-- Name: oauth_clients; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.oauth_clients (
    client_id character varying(128) NOT NULL,
    name character varying(256) NOT NULL,
    client_type character varying(16) NOT NULL,
    secret_hash character varying(64),
    token_endpoint_auth_method character varying(32) NOT NULL,
    redirect_uris text NOT NULL,
    post_logout_redirect_uris text NOT NULL,
    grant_types text NOT NULL,
    scopes text NOT NULL,
    jwks text,
    jwks_uri character varying(2048),
    first_party boolean DEFAULT false NOT NULL,
    access_token_ttl_seconds bigint,
    refresh_token_ttl_seconds bigint,
    id_token_signed_response_alg character varying(16) NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
);


--
-- Name: role_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.role_permissions (
    role_name character varying(64) NOT NULL,
    permission character varying(128) NOT NULL
);


--
-- Name: roles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.roles (
    name character varying(64) NOT NULL,
    description character varying(512),
    built_in boolean DEFAULT false NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    id character varying(64) NOT NULL,
    user_id character varying(36) NOT NULL,
    client_id character varying(128) NOT NULL,
    scope text,
    refresh_hash character varying(64) NOT NULL,
    created_at bigint NOT NULL,
    last_used_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    revoked_at bigint,
    user_agent character varying(512),
    ip character varying(64)
);


--
-- Name: signing_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.signing_keys (
    kid character varying(128) NOT NULL,
    alg character varying(16) NOT NULL,
    public_jwk text NOT NULL,
    private_key_enc text NOT NULL,
    status character varying(16) NOT NULL,
    created_at bigint NOT NULL,
    publish_until bigint
);


--
-- Name: used_refresh_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.used_refresh_tokens (
    token_hash character varying(64) NOT NULL,
    session_id character varying(64) NOT NULL,
    used_at bigint NOT NULL
);


--
-- Name: user_roles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_roles (
    user_id character varying(36) NOT NULL,
    role_name character varying(64) NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id character varying(36) NOT NULL,
    username character varying(256) NOT NULL,
    username_norm character varying(256) NOT NULL COLLATE pg_catalog."C",
    username_skeleton character varying(256) NOT NULL,
    email character varying(320),
    email_norm character varying(320) COLLATE pg_catalog."C",
    email_verified boolean DEFAULT false NOT NULL,
    name character varying(256),
    password_hash character varying(512),
    disabled boolean DEFAULT false NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
);


--
-- Data for Name: account_tokens; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24546-6df0-752c-b8cd-c96d804e4617', 'user_create', 'success', '01a24546-6d2b-7fcf-99bf-c1d95ead8e7f', 'cli', NULL, NULL, 'roles=[user, admin]', 1796458573296);
INSERT INTO public.audit_events VALUES ('01a24546-a3c9-7537-917b-a1a0a5f2700b', 'user_create', 'success', '01a24546-a27a-7ca3-a703-645715b627ec', 'cli', NULL, NULL, 'roles=[user]', 1796458587081);
INSERT INTO public.audit_events VALUES ('01a24546-dcba-709f-ac30-c892ddf42753', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796458601658);
INSERT INTO public.audit_events VALUES ('01a24546-fac2-7bd9-95cd-cc00ffbcc1f7', 'user_create', 'success', '01a24546-fa7c-7eab-ac16-2ff62fc6314f', 'cli', NULL, NULL, 'roles=[user]', 1796458609346);
INSERT INTO public.audit_events VALUES ('01a24547-2391-7f96-ae04-4a531a014d7f', 'admin_user_roles', 'success', '01a24546-fa7c-7eab-ac16-2ff62fc6314f', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796458619793);
INSERT INTO public.audit_events VALUES ('01a24547-51fe-7123-9af8-f90e5afeafdd', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796458631678);
INSERT INTO public.audit_events VALUES ('01a24547-a7ee-7e5d-b5df-7bf3efab3f43', 'login', 'success', '01a24546-a27a-7ca3-a703-645715b627ec', '01a24546-a27a-7ca3-a703-645715b627ec', NULL, '127.0.0.1', 'session=F5PGnWDKmL-9qvegnuxQfw', 1796458653678);
INSERT INTO public.audit_events VALUES ('01a24547-ab77-7d09-a8fe-8dbb90c0a906', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796458654583);
INSERT INTO public.audit_events VALUES ('01a24547-d769-7a85-b35d-072d47bb40cc', 'user_create', 'success', '01a24547-d64b-7369-9fc0-66a6ce2ad332', 'cli', NULL, NULL, 'roles=[user]', 1796458665833);
INSERT INTO public.audit_events VALUES ('01a24547-d8e0-7616-8dec-2df525c7cf68', 'login', 'success', '01a24547-d64b-7369-9fc0-66a6ce2ad332', '01a24547-d64b-7369-9fc0-66a6ce2ad332', NULL, '127.0.0.1', 'session=ZgDKiRJA9Z0IilJbfBWupg', 1796458666208);


--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 08:16:01.527557', 201, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 08:16:02.233629', 25, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 08:16:02.283065', 75, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 08:16:02.397837', 436, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 08:16:03.020232', 243, true);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', 'eUKrICXuRhmlLARV2PKRkiRye1cT4Wjlat5JVSE4tT8', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796458629573, 1796458629573);


--
-- Data for Name: role_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.role_permissions VALUES ('admin', 'admin:users:read');
INSERT INTO public.role_permissions VALUES ('admin', 'admin:users:write');
INSERT INTO public.role_permissions VALUES ('admin', 'admin:roles:write');
INSERT INTO public.role_permissions VALUES ('admin', 'admin:sessions:write');
INSERT INTO public.role_permissions VALUES ('admin', 'admin:keys:write');
INSERT INTO public.role_permissions VALUES ('admin', 'admin:events:read');
INSERT INTO public.role_permissions VALUES ('admin', 'admin:roles:read');
INSERT INTO public.role_permissions VALUES ('admin', 'admin:sessions:read');
INSERT INTO public.role_permissions VALUES ('admin', 'admin:keys:read');
INSERT INTO public.role_permissions VALUES ('admin', 'admin:clients:read');
INSERT INTO public.role_permissions VALUES ('admin', 'admin:clients:write');
INSERT INTO public.role_permissions VALUES ('auditor', 'notes:read');


--
-- Data for Name: roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.roles VALUES ('user', 'Every registered user', true, 0);
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796458599776);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('F5PGnWDKmL-9qvegnuxQfw', '01a24546-a27a-7ca3-a703-645715b627ec', 'gatehouse', '', 'aZAb-mI1RJbe7-luXzv617S1komoNlrcChUFq1LZP5Y', 1796458653673, 1796458653804, 4950058653673, NULL, 'curl/7.88.1', '127.0.0.1');
INSERT INTO public.sessions VALUES ('ZgDKiRJA9Z0IilJbfBWupg', '01a24547-d64b-7369-9fc0-66a6ce2ad332', 'gatehouse', '', '4boexF6e9toqH6j2oCbZbxFeMKkA-Bn9QX6Kr1UzEzE', 1796458666204, 1796458666204, 4950058666204, NULL, 'curl/7.88.1', '127.0.0.1');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('r1ZFSNncQrWvQj2ZciPcZQ', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"r1ZFSNncQrWvQj2ZciPcZQ","alg":"RS256","n":"seBVQCYHDhRdvmZhdyEqowrTGC9OpVIA42jKDdpkGmoEFEj5YkyUAqm--yZPDG4TYdQuiNzqi_lOvy7bRClWRk4r7xGvbrBdf6Mvmkqydn7KNA2YUMov8k5_DgGHFObqxQAPQgXiy97TCxUO_lVoMQRuFVosB3lcz1AM8XtYfKR-Mx7WWYz1Pj1ASek4Ito1y9kl58nenfzkdHYoI8NKfAeLao4aHwpjcY0v34RyasicZFilKChS7wg20jCKlbVjn6KXr6ydNCCc9asRsVxUGnipJTkhAfG_gi2h2y0_OonUy6xwyRRvMLD8sivavM83j8EL0nfhofhG3WvO6ebDiw"}', 'GE6e8pu6KDJK2xTsTqAYrllbIPzqYwijIZSqONyKmBbasZDV4W6S5Aut8ZMIJBaNtZq7wCLfnKEV+2edciA3KqK0q6XPJJNIwAixdQxwqLksKMhEmA6MEEm+wnskHyEgyNgp5SIXPnb7s9Od+8ffoJU5a/rqycQiY6tOeqLKd+SSsOzaqzJVw1wHrmKrk78fiYLNA924QdT9kbi4JbiQdoQVCEcJ6fePNJOv6KbrUKtioyXx8rS7E172swODBRZB+BgblHYAgfT9v1lTMRip0D8hVCsLUofUyfr1/slO8Gj/7BYWPeKrk2ywGpvJFoubZLVS5bSx13EPmOqUk18ctIKmQyOJCf6LL8de7Q0GHxsg3TLo7g0K9w/Gn27fLGPwIEX34V+wd2yFU3OxDBTR3QjwK41mgI4DuaZYSgogDJwIc+H4o89+aj75GZn3zhnEOk29XCReDBDGwe+SNy78D6PgLCzC+MwLr/Vh568KYXmdrwRuWR/WYkeb5AXbHY5z8V+owliLfS8WHGvYXmgy1QShmjwsA3zkvZfshTS8XkFUlq8GMfr1yMJIx302QyMw1QEhfCDIHQx+eMaOpHh42vv+EWXsFQu1GbgY+RHVb1J7K8vtgjT1k/zqFw0e+Hd6r3QO4l+hfs7gBBrvBXFgYsnxjPhIzptuBATXOu7k/PGB1OdLr8xnd/qVfUCeyOaJa8O0eBNohAsnlwMhLtuIBfb5DwSm2NAX3p6nlsfrqJFFCev2uJ+Y4jmk7O1bNMoRTicCRm4TT6Ra5Kk+zeCywHXYbQV6VWfE7LaDq0NbzbFV5u6o790pPASYjOqpXU57PwXo846S0D/sx3uAggY0CJtTLp/DFXFVtlnPDnoF8UrIma26HfjzP6aF5R73vxGdQNa8FeMw+zLPEuJsNfUzF+QvZKtNeCSQCIiYiAtJ1KThGm0EEU2u0z/lYXOItCIcdmsl1zK7DNKMT0mnXZSWrWVlm8ouaVhnm4cXmAJpkvK+x41SLXuvDJDW5LQCu9YdXm0GgwbuuV+oczsHWGWiiE3AKLl93d43OspwB8eeE9K2mGWZ/IycmHoHykCtYBG2qIwPb89mwlA99g3TnAHUNc887VvylMGDiPRAupPTVNTtFxGO4xzdhJHGPUNJtr2WzJ3n0JmgIMGG3OtuireHXaDMoaiClUhja/h2JXv65NDuu/Swh35s61iluVyixCQuqDUVehcEIBnTYCWLrCsutGsIH7SN6jIusEpCClwwme4q06auz9WrTTzdaF7j3uIiOutzOToccI+kPj0/vjNOGatZkaheKi8/BDmmp2Lf6D/xAXSN6KlMmi+wUQS9oWXOsSSqWLPgoaKgGZDb8DRHHP4pKlWgAhdqn4GrSfd6HjS1hjzcLAJCXw7Q6U2YNUJ26KCYfb45wd8hpLIk4A2sn8IUL/zJlTFy78hLaE4CnltXORw5Ty/l9lD/M2IlBIRpnuJtSRoYwqFv52WTr7y22HPde14VxzbJxz65XRYe4uDfrLNrnKF2dQSnCezJv0AhSWqxx3QhIkQ0mWJBZryMoO4P0a4buGTnEbIr2qg9/EpecPTcMG5drEedAoNxwdyRhtfH0mLs9YpniTx32KaEc+yafEOp63LcWyk1m/ONLACM9n9H+Fv0lzYzbMWv', 'active', 1796458646362, NULL);


--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('L0t6GMKwgFTAJ2Mswym5Kv__m_WcsqBsfZLA83USz6A', 'F5PGnWDKmL-9qvegnuxQfw', 1796458653804);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24546-6d2b-7fcf-99bf-c1d95ead8e7f', 'user');
INSERT INTO public.user_roles VALUES ('01a24546-6d2b-7fcf-99bf-c1d95ead8e7f', 'admin');
INSERT INTO public.user_roles VALUES ('01a24546-a27a-7ca3-a703-645715b627ec', 'user');
INSERT INTO public.user_roles VALUES ('01a24546-fa7c-7eab-ac16-2ff62fc6314f', 'user');
INSERT INTO public.user_roles VALUES ('01a24546-fa7c-7eab-ac16-2ff62fc6314f', 'auditor');
INSERT INTO public.user_roles VALUES ('01a24547-d64b-7369-9fc0-66a6ce2ad332', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24546-6d2b-7fcf-99bf-c1d95ead8e7f', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$cdc4WWTSPV0TYzAGQnyGPw$KqOh9XRGuiuQswVlBgQmPkOyCQz8sRI6sSj8RSyAQtY', false, 1796458573098, 1796458573098);
INSERT INTO public.users VALUES ('01a24546-a27a-7ca3-a703-645715b627ec', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$wq7lXqcxTru6DUogByaa3g$1Ljtbd0AmawQ/OGLIjv06C/4mHkolmrn28Cv5SEamGc', false, 1796458586743, 1796458586743);
INSERT INTO public.users VALUES ('01a24546-fa7c-7eab-ac16-2ff62fc6314f', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$0h5pDkMs+zQUahmj3I/91Q$Z23mLOjjYMkKqfdoeboHo2QxUdL70DB0/hwCc5UKvTU', false, 1796458609275, 1796458609275);
INSERT INTO public.users VALUES ('01a24547-d64b-7369-9fc0-66a6ce2ad332', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$Dtz0jCtOla2hSg85JT+1vg$yipyHG9g9gljy6HDfEDBIPNqJptocdlDut8JnpYaHtU', false, 1796458665546, 1796458665546);


--
-- Name: account_tokens account_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_tokens
    ADD CONSTRAINT account_tokens_pkey PRIMARY KEY (token_hash);


--
-- Name: audit_events audit_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events
    ADD CONSTRAINT audit_events_pkey PRIMARY KEY (id);


--
-- Name: client_assertion_jtis client_assertion_jtis_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_assertion_jtis
    ADD CONSTRAINT client_assertion_jtis_pkey PRIMARY KEY (client_id, jti);


--
-- Name: consents consents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consents
    ADD CONSTRAINT consents_pkey PRIMARY KEY (user_id, client_id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: job_leases job_leases_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_leases
    ADD CONSTRAINT job_leases_pkey PRIMARY KEY (name);


--
-- Name: login_sessions login_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_sessions
    ADD CONSTRAINT login_sessions_pkey PRIMARY KEY (id);


--
-- Name: login_sessions login_sessions_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_sessions
    ADD CONSTRAINT login_sessions_token_hash_key UNIQUE (token_hash);


--
-- Name: login_throttle login_throttle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_throttle
    ADD CONSTRAINT login_throttle_pkey PRIMARY KEY (throttle_key);


--
-- Name: mail_outbox mail_outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mail_outbox
    ADD CONSTRAINT mail_outbox_pkey PRIMARY KEY (id);


--
-- Name: oauth_clients oauth_clients_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oauth_clients
    ADD CONSTRAINT oauth_clients_pkey PRIMARY KEY (client_id);


--
-- Name: role_permissions role_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_permissions
    ADD CONSTRAINT role_permissions_pkey PRIMARY KEY (role_name, permission);


--
-- Name: roles roles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.roles
    ADD CONSTRAINT roles_pkey PRIMARY KEY (name);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_refresh_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_refresh_hash_key UNIQUE (refresh_hash);


--
-- Name: signing_keys signing_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.signing_keys
    ADD CONSTRAINT signing_keys_pkey PRIMARY KEY (kid);


--
-- Name: used_refresh_tokens used_refresh_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.used_refresh_tokens
    ADD CONSTRAINT used_refresh_tokens_pkey PRIMARY KEY (token_hash);


--
-- Name: user_roles user_roles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_roles
    ADD CONSTRAINT user_roles_pkey PRIMARY KEY (user_id, role_name);


--
-- Name: users users_email_norm_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_norm_key UNIQUE (email_norm);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: users users_username_norm_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_username_norm_key UNIQUE (username_norm);


--
-- Name: users users_username_skeleton_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_username_skeleton_key UNIQUE (username_skeleton);


--
-- Name: account_tokens_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX account_tokens_user ON public.account_tokens USING btree (user_id, purpose);


--
-- Name: audit_events_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_created ON public.audit_events USING btree (created_at);


--
-- Name: audit_events_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_type ON public.audit_events USING btree (type, created_at);


--
-- Name: audit_events_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_user ON public.audit_events USING btree (user_id, created_at);


--
-- Name: client_assertion_jtis_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX client_assertion_jtis_expires ON public.client_assertion_jtis USING btree (expires_at);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: login_sessions_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_sessions_expires ON public.login_sessions USING btree (expires_at);


--
-- Name: login_sessions_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_sessions_user ON public.login_sessions USING btree (user_id);


--
-- Name: mail_outbox_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mail_outbox_due ON public.mail_outbox USING btree (status, next_attempt_at);


--
-- Name: role_permissions_permission; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX role_permissions_permission ON public.role_permissions USING btree (permission, role_name);


--
-- Name: roles_name_lower; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX roles_name_lower ON public.roles USING btree (lower((name)::text));


--
-- Name: sessions_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_user ON public.sessions USING btree (user_id);


--
-- Name: signing_keys_one_active; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX signing_keys_one_active ON public.signing_keys USING btree (status) WHERE ((status)::text = 'active'::text);


--
-- Name: used_refresh_tokens_session; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX used_refresh_tokens_session ON public.used_refresh_tokens USING btree (session_id);


--
-- Name: user_roles_role; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_roles_role ON public.user_roles USING btree (role_name, user_id);


--
-- Name: account_tokens account_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_tokens
    ADD CONSTRAINT account_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: consents consents_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consents
    ADD CONSTRAINT consents_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: login_sessions login_sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_sessions
    ADD CONSTRAINT login_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: role_permissions role_permissions_role_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_permissions
    ADD CONSTRAINT role_permissions_role_name_fkey FOREIGN KEY (role_name) REFERENCES public.roles(name) ON DELETE CASCADE;


--
-- Name: sessions sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: used_refresh_tokens used_refresh_tokens_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.used_refresh_tokens
    ADD CONSTRAINT used_refresh_tokens_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.sessions(id) ON DELETE CASCADE;


--
-- Name: user_roles user_roles_role_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_roles
    ADD CONSTRAINT user_roles_role_name_fkey FOREIGN KEY (role_name) REFERENCES public.roles(name) ON DELETE CASCADE;


--
-- Name: user_roles user_roles_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_roles
    ADD CONSTRAINT user_roles_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


