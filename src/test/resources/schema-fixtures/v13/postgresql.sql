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
-- Name: authorization_codes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.authorization_codes (
    code_hash character varying(64) NOT NULL,
    client_id character varying(128) NOT NULL,
    user_id character varying(36) NOT NULL,
    redirect_uri text NOT NULL,
    scope text NOT NULL,
    nonce text,
    code_challenge character varying(128) NOT NULL,
    auth_time bigint NOT NULL,
    amr character varying(128) NOT NULL,
    login_session_id character varying(36) NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint,
    reused_at bigint,
    session_id character varying(64),
    resource text,
    session_created_at bigint
);


--
-- Name: authorization_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.authorization_requests (
    handle_hash character varying(64) NOT NULL,
    parameters text NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL
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
-- Name: identity_providers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.identity_providers (
    id character varying(32) NOT NULL,
    type character varying(16) NOT NULL,
    name character varying(256) NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    create_users boolean DEFAULT true NOT NULL,
    trust_email boolean DEFAULT false NOT NULL,
    link_policy character varying(16) NOT NULL,
    issuer character varying(2048),
    client_id character varying(512) NOT NULL,
    client_secret_sealed text,
    scopes text NOT NULL,
    audiences text NOT NULL,
    tenant character varying(128),
    team_id character varying(64),
    key_id character varying(64),
    endpoints text NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
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
    user_agent character varying(512),
    idp character varying(32)
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
    updated_at bigint NOT NULL,
    access_token_signed_response_alg character varying(16),
    audience text
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
    ip character varying(64),
    login_session_id character varying(36),
    resource text,
    signed_in_at bigint,
    prev_refresh_hash character varying(64),
    prev_rotated_at bigint,
    successor_sealed character varying(160)
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
-- Name: upstream_logins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.upstream_logins (
    key_hash character varying(64) NOT NULL,
    kind character varying(16) NOT NULL,
    provider_id character varying(32) NOT NULL,
    binding_hash character varying(64),
    nonce character varying(256),
    verifier_sealed text,
    return_to_sealed text,
    user_id character varying(36),
    subject character varying(255),
    email character varying(320),
    amr character varying(128),
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL
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
-- Name: user_identities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_identities (
    provider_id character varying(32) NOT NULL,
    subject character varying(255) NOT NULL,
    user_id character varying(36) NOT NULL,
    email character varying(320),
    created_at bigint NOT NULL,
    last_used_at bigint NOT NULL
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

INSERT INTO public.account_tokens VALUES ('AHD3WmyRSXkpedzq66HV7xUNAmbz7qI2ZEyRWGul-6A', '01a24775-5fcc-71ff-997b-0be480848e1c', 'email_verify', 'frank@example.com', 1796495204332, 4950095204332, NULL);
INSERT INTO public.account_tokens VALUES ('QZQ_uxUijNCAo78EYCr39cPOGyR2t-3PwtAYatrCwIU', '01a24775-5fcc-71ff-997b-0be480848e1c', 'password_reset', NULL, 1796495205213, 4950095205213, NULL);


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24774-6e16-792b-81a1-dc25d1116de4', 'user_create', 'success', '01a24774-6dd7-7a7f-ac63-357c75c195d2', 'cli', NULL, NULL, 'roles=[user, admin]', 1796495142424);
INSERT INTO public.audit_events VALUES ('01a24774-80e0-7a42-9032-5df1595f27de', 'user_create', 'success', '01a24774-80ab-7562-a19f-840683f32e65', 'cli', NULL, NULL, 'roles=[user]', 1796495147232);
INSERT INTO public.audit_events VALUES ('01a24774-8cac-72c2-b061-52cae9ec555a', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796495150252);
INSERT INTO public.audit_events VALUES ('01a24774-9718-7915-86be-6dd687749c51', 'user_create', 'success', '01a24774-96f1-7ae3-bc2c-ac05fbd6a178', 'cli', NULL, NULL, 'roles=[user]', 1796495152920);
INSERT INTO public.audit_events VALUES ('01a24774-a0a1-712b-8e99-9fed657837e3', 'admin_user_roles', 'success', '01a24774-96f1-7ae3-bc2c-ac05fbd6a178', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796495155361);
INSERT INTO public.audit_events VALUES ('01a24774-ada1-7b29-a856-b58931c65d18', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796495158689);
INSERT INTO public.audit_events VALUES ('01a24774-b815-7a63-8338-385a013122a6', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796495161365);
INSERT INTO public.audit_events VALUES ('01a24774-cb66-7064-a657-9675c613b7af', 'identity_provider_create', 'success', NULL, 'cli', 'github', NULL, 'type=github', 1796495166310);
INSERT INTO public.audit_events VALUES ('01a24774-dc13-7cef-bb33-6fa271c77ce1', 'identity_provider_create', 'success', NULL, 'cli', 'fixture-oidc', NULL, 'type=oidc', 1796495170579);
INSERT INTO public.audit_events VALUES ('01a24774-f1e1-725b-a82e-07b83e52f8e6', 'login', 'success', '01a24774-80ab-7562-a19f-840683f32e65', '01a24774-80ab-7562-a19f-840683f32e65', NULL, '127.0.0.1', 'session=uXaqT7VfQY5wixA-xGKUyQ', 1796495176162);
INSERT INTO public.audit_events VALUES ('01a24774-f567-7736-b261-971374e147e2', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796495177063);
INSERT INTO public.audit_events VALUES ('01a24774-fc75-73e7-b03d-11a34ca7ad1b', 'login', 'success', '01a24774-80ab-7562-a19f-840683f32e65', '01a24774-80ab-7562-a19f-840683f32e65', NULL, '127.0.0.1', 'login_session=01a24774-fc51-7332-aa9d-01a5a081f7ea', 1796495178869);
INSERT INTO public.audit_events VALUES ('01a24774-fe26-74b3-968a-d0c9dbc04185', 'consent_grant', 'success', '01a24774-80ab-7562-a19f-840683f32e65', '01a24774-80ab-7562-a19f-840683f32e65', NULL, NULL, 'client=fixture-app scope=openid', 1796495179302);
INSERT INTO public.audit_events VALUES ('01a24774-fe4c-7859-b643-68708769ff14', 'authorize', 'success', '01a24774-80ab-7562-a19f-840683f32e65', '01a24774-80ab-7562-a19f-840683f32e65', 'fixture-app', NULL, 'scope=openid', 1796495179340);
INSERT INTO public.audit_events VALUES ('01a24775-01e0-71f7-8403-78af8fd4d1e3', 'login', 'success', '01a24774-80ab-7562-a19f-840683f32e65', '01a24774-80ab-7562-a19f-840683f32e65', NULL, '127.0.0.1', 'session=4gq9l4jPFWadmOGkrDVb7w', 1796495180256);
INSERT INTO public.audit_events VALUES ('01a24775-3fa5-7eb3-b537-5e80f5651d1c', 'user_create', 'success', '01a24775-3ebd-789c-ac3a-37816c070543', 'cli', NULL, NULL, 'roles=[user]', 1796495196069);
INSERT INTO public.audit_events VALUES ('01a24775-43f9-79c4-be1e-f4733875e8bd', 'login', 'success', '01a24775-3ebd-789c-ac3a-37816c070543', '01a24775-3ebd-789c-ac3a-37816c070543', NULL, '127.0.0.1', 'session=WRHdLZx7R95KFyOxOxUyVA', 1796495197177);
INSERT INTO public.audit_events VALUES ('01a24775-5230-7ab8-8e00-8a8ee1725fd2', 'upstream_login', 'success', '01a24775-51b8-7bce-b451-eadb8fdfe0b6', '01a24775-51b8-7bce-b451-eadb8fdfe0b6', 'fixture-oidc', '127.0.0.1', 'provider=fixture-oidc subject=fixture-subject-erin how=created native outcome=created', 1796495200816);
INSERT INTO public.audit_events VALUES ('01a24775-52d4-7e92-b4ee-c3151cbaaa99', 'login', 'success', '01a24775-51b8-7bce-b451-eadb8fdfe0b6', '01a24775-51b8-7bce-b451-eadb8fdfe0b6', NULL, '127.0.0.1', 'provider=fixture-oidc session=3EBNHVfC0V_lMoPGSD2PJA', 1796495200980);
INSERT INTO public.audit_events VALUES ('01a24775-5fec-71b2-8442-3f0b6e9b56cf', 'signup', 'success', '01a24775-5fcc-71ff-997b-0be480848e1c', '01a24775-5fcc-71ff-997b-0be480848e1c', NULL, '127.0.0.1', NULL, 1796495204332);
INSERT INTO public.audit_events VALUES ('01a24775-63e6-79be-b1d5-773280d3bbb3', 'password_forgot', 'success', '01a24775-5fcc-71ff-997b-0be480848e1c', NULL, 'frank@example.com', '127.0.0.1', NULL, 1796495205350);


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes VALUES ('xRmQ6eTkPv7ea59cwgUrSKqs7zQw_98IWy84E8kp8oI', 'fixture-app', '01a24774-80ab-7562-a19f-840683f32e65', 'http://127.0.0.1:9/callback', 'openid', NULL, 'q1AHZn6ond5GgwyNnV_j4gTHfuVQPPZqQvs2rLkjemc', 1796495178832, 'pwd', '01a24774-fc51-7332-aa9d-01a5a081f7ea', 1796495179303, 1796495239303, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: authorization_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents VALUES ('01a24774-80ab-7562-a19f-840683f32e65', 'fixture-app', 'openid', 1796495179262);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 18:25:37.865814', 144, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 18:25:38.096422', 30, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 18:25:38.165473', 39, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 18:25:38.236612', 82, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 18:25:38.336504', 29, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'authorization', 'SQL', 'V6__authorization.sql', -1011304854, 'gatehouse_fixture', '2026-12-05 18:25:38.372824', 28, true);
INSERT INTO public.flyway_schema_history VALUES (7, '7', 'signing key per alg', 'SQL', 'V7__signing_key_per_alg.sql', -559768327, 'gatehouse_fixture', '2026-12-05 18:25:38.408825', 10, true);
INSERT INTO public.flyway_schema_history VALUES (8, '8', 'access token alg per client', 'SQL', 'V8__access_token_alg_per_client.sql', 1781282387, 'gatehouse_fixture', '2026-12-05 18:25:38.425087', 2, true);
INSERT INTO public.flyway_schema_history VALUES (9, '9', 'audience', 'SQL', 'V9__audience.sql', -1153306411, 'gatehouse_fixture', '2026-12-05 18:25:38.440603', 2, true);
INSERT INTO public.flyway_schema_history VALUES (10, '10', 'session sign in time', 'SQL', 'V10__session_sign_in_time.sql', -912300823, 'gatehouse_fixture', '2026-12-05 18:25:38.456207', 4, true);
INSERT INTO public.flyway_schema_history VALUES (11, '11', 'refresh reuse and code replay', 'SQL', 'V11__refresh_reuse_and_code_replay.sql', -215074945, 'gatehouse_fixture', '2026-12-05 18:25:38.466242', 8, true);
INSERT INTO public.flyway_schema_history VALUES (12, '12', 'identity providers', 'SQL', 'V12__identity_providers.sql', -1896468425, 'gatehouse_fixture', '2026-12-05 18:25:38.481047', 16, true);
INSERT INTO public.flyway_schema_history VALUES (13, '13', 'upstream logins', 'SQL', 'V13__upstream_logins.sql', 1660750165, 'gatehouse_fixture', '2026-12-05 18:25:38.512597', 13, true);


--
-- Data for Name: identity_providers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.identity_providers VALUES ('github', 'github', 'GitHub', true, true, false, 'confirm', NULL, 'fixture-upstream', '8Im7gdVdQ0y2iwky62pfcFNcOH+ggX7bFcxU7Y5h89+d4SJ1qil/Zpulf+5oglaxdKxr', 'read:user user:email', '', NULL, NULL, NULL, '{}', 1796495165749, 1796495165749);
INSERT INTO public.identity_providers VALUES ('fixture-oidc', 'oidc', 'fixture-oidc', true, true, false, 'confirm', 'http://127.0.0.1:18463', 'fixture-oidc-app', 'pn+5RK00q0W2dqov1dRyrgT/SCw32rdqQgfi32ftAbVVVUCRDQBxNto4VkYVin8=', 'openid email profile', '', NULL, NULL, NULL, '{}', 1796495170433, 1796495170433);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a24774-fc51-7332-aa9d-01a5a081f7ea', '01a24774-80ab-7562-a19f-840683f32e65', 'Qbx2qIGK3-R-b07cWs5jFQqq-yGqdO9jdHF0HH89dzk', 'VSZv4uJC54YxVws62D5A8KHajwTRtMKm8gPBK-3L8bI', 1796495178832, 'pwd', 1796495178832, 1796538378832, 1796495178832, NULL, '127.0.0.1', 'Python-urllib/3.11', NULL);


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_throttle VALUES ('forgot:frank@example.com', 1, 0, 1796495205057);


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('01a24775-6131-7f62-8577-24d58a4ac224', 'email_verify', 'frank@example.com', 'Verify your email address', 'TnYWmo6V858ud/CvhkHjZZYF+tsxiCohfF1XhDqLAs4sUp282n2HNolihaV3dfS9JBC3TjE+RXmNKs8KfFjrTq48sBjwKH6FjrD+lAe4tEOUgLqyhxXoGkYokMxtHFctig+s3ZrMS3f5r/D/WHekz2B1j/mi3mbh2H77XG5zVZmycwMP6fqVVsCOAHacdERJ5aU2PK3uwlw1+0OOLZDYeBIynNaC7teuMxKMVTWf6eb8C8CvyrOYoZeF0opKVYCoggKbHa7ACyekfd2HDNsB07mOQmDE9vD/Nhg3hgTkq8HjEP3h+jPHLzXX7wAAs7BADVI/iSJOTm7Rh9juyakTFJ6KjdqEdAxWC1GaBPgzIqxcsX/viaAzB1ix37UPEMDIZPOX1wQqDqBIIOfNTQGy3JQ5wcbYfPKekwIWT3IObpNcBr/sZ/uFOmDPl7A3kdP8/8oZ6Xy13i+jdlmuw3QjbeuqZy3qZzRCdcw66c9ikEwVIT3rubrVk74N97zWc7aIykl7HZ6xGFy+SyWOQcA=', 'pW92+46ut41/yN4oqjxMf7q2sDPpKHZ9F67CLy3HjjgXKLiFXYUiTgyelQuGISyvJ3B7PXgpX7z3TfdeKGS8KpIa6/pFEor9uIXOQIsf9QvM2PSVzIHVOl/UcdcFrmzEIAqtMUVHNpN+wjSmc0K+Q+zdjpCMKTkwmJyQ94LakD0S8EW5PJ6RLaraCNjBNetiOUjlmR1pj4v6DlsfIwKFqXS+EjFznzKAyVw/+0pUfrIyqYqK2ktkL1J8+0Az0XtDDzqfPGJnMpRsol8RDJWehhXWdJOo2HcLFgt6NpSYD2mrEleCePE6IjPupUzXJwP6z711xBXFuGGUQheck0Nv4ES3dRFzWISdX/wIK3EIifpl8P5p0daH4q1herlIx+GaG+a0MUfGTW8D2dSYi5GqmphkHdfHl9ymlfQZLL/g9z6eniThu6MpU/dPNI1aFdGvQZwRFMFr8zWY6FyfXMAQ6t61c+iEvLWXgQuERkVGEzzjSW09Ykloa/SFp199z1+qImvln4rYwix99YXq18pxNJvKVMrUdsauVGKpbz6g1mE0Zw340gcIs27Xlj/gh/IP0aFP47FesPt4LvgVxsdltDyY/QFMY+FPYhyNjWfckbC8Cmu+g5yWua6xR9lavUhSHBuu/GKE/fUCw81SHLYqjrsV3VinOpFsPzv2XRAOUO43jtsgnDgJqBlP3n6j2VWDOSCrwC2bb6bWh8BuuPWsypQWC4PqpgiGYZ4zEAP8sdmMcsM7wwsMD9PeNfyY+xgScDFd8PEjlsy0923xxpDBHSlTOvdyoDLrsBELzH4/5tpExdnjo2BArBkaf5tuI/5LHsp/WLkm6jmU0jn2TsVXqvT1a8BWEd37U/tTwSktdBWluDZlzQQ4u86X4i7Aol5MKWW9PiqLQdSdlbc6/ZjSnZPiHCbJ2o6VpY85VX/Q8iiiiASR2CPVP8GjKEdLWp5uye17ZOZHnHMe/fY/QbkjCxYljz5OWKnunbSkD9UEHzgAQJk/WdGBflea+5x76sfi77coOP2LjPaD+2piMr5ovlYVjD01mYErzWq5XTzztSr8EFs9QQbIjjnPgjVo7jb0KxvjMx7popreubxgE05BbN2UB+QWV/4JMMARKedRGmC7Ili0c3f94eWM+TZyvbNPFh6euh+PptWhfusKY92H+CzFIxwpnCEVP9zapx2Bdkr4mw9EaI98FNr63YLc60BPNgW/JPGxC2J4yY4+WTlY7GROwull2u5LuRqTbzeSWt8phQLHtuL7ZK+hqeYdNL24/KSETD4seq0eOLYWd+tF+Qk5tUWq6XTouJA00xd9g+cDAoUC4AW1b8/Rily4NVSo//3o//UGZHmHODvh8QdUFGUfxB3YI9WnX+SX+AJHtRDUXogAZJDGwkg7Z0oTJxwFQt+E8Gg2RY41iL9BDJGcUMDF6DCL4lLl8yFWF9NXap8O2Evxav6ZqAyc5cA8xM4pQEv0j8z3nX7eluOgZGg1yLiWBNGUPA5J3dPZV/2iszHBmB7CZ2NEM6kYHBuITQoMNAXYgdnypAAkRTwzCRzB+uqvkyq9aYrCHbZp5202AvqPa6heO+npISN9y/1boBjq/w==', 'pending', 1, 1796495235342, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796495204657, NULL);
INSERT INTO public.mail_outbox VALUES ('01a24775-63a6-790f-b8d5-7b24cb6dfef4', 'password_reset', 'frank@example.com', 'Reset your password', '6eQRGxZubPTXnM9Ia8Ipb3RcWpe0MFTgHtMU1RvQ/cFAx2zhd7QiTt1u3C18YbDTCYRgFNni3HyJoVwmldZhWvxG1jU+n/tf+MlioPZ14SlGRjM6vEjx0Ydzo/awu0f1qjGLjERuC+T86DTmd47PGdtO82/62DNOPTRPjm6EJyzFpxMO18dKjYduODWX4XDb4Vkp8aJ8J6wMkyWMbyXGQfPFeugBdweHfVs7lmyfo2a5R/PnQnRcww+tMpl3yqiTCxq7J8R6GKObtA495a8W4EdxEWxez3a9T9+Bep7l1ZX9p1Y8p2CsK5EFVy2YqEcChLpgZFhCvRMWoORaWTOoybU4eZvsfBrP4ZXK9BlMc9uYfrp9ZoRoFNQVH7ZdwqxT6aGtTgbdwDyxYpFp4eqMAD5adRDNXMrVexiKLC+IHNFx2A1c63iikeeoIT3H3aYgzFmstsZXQKx9AdV+w9mLhuwQ5xzyZb35S/NFmM4S/1JQXYBodGBzKerxi9No5jFg0eb0T1kYZ2z0iGlvJ0Ez1gHygXr4RdX7UZcMSzojZwQ=', 'mT0jeCKNb0whgFKbRXP99hKmSatlNBZl2UKlpWrm1S93fH9D3/1oYYYRGlMG9ycSD+Hdf0VKV9vZZZDL5PheAXwKiVbnlCeC2zPfS5lmmubINR5UJhBSRpevVum6DiTyLynrUWaCbNxQvrHBW4+UTd0x0/irHHHh0l0FuoBrYZqEH+/Iaibqwz+3ztBxJYQEJVeBu7HocPWQHog2x/cFu8YBds64ouatJ0aafRlV42KGXXLMgmTLaQ2wrorVL2L4PGDKlGqDDZjVyXfbIxsd4Ffw40XVqPfnI/141615/32DX8lwbL38V9OdxGIf9YxPaudpMH6Q0gyqPLGXL7XyinDFTaMHls6PoCBXOwPFdvRUxGAWf7OP40q5h5JN4ez+X0Mlg0l4WtCDcLFgX209jclWHcZZGRS7R12c4Mh3PI9tOjfKWQrETKBXehJrUtY3ZP83PxZacaej+grOiVQYZXx3mem5rPTgbLHJORxhP+cbYicOTZZbC0pX5t3nIuNrPLZWQEBpVMWq++6gZuaND1iWH629vq1ZArXU/q/RfXnKFwcA9Jg5NRHwMhJ4zTkF0gcfh772yclx2inc/NrDVVJ4Rd+ZiWBtbPlb8wDB86xCf70IxoYTmtIeTAi5GsaxTkkN1S642VJdG4QECOMgtQWIQOIBHIrNaMlHZJdODEeMHs9lQT8OF79bRT4RJOLUAByZgLNKUwYmGn8wdqsgtPSeA3cCVNaxjJw2K6BNRl4iWe12BrGEiOfZxj9VrD4l8JXmKkyjvrzVM8h12/XudGaU41Eu5fTo744ThoxiY55/ypj9PAgM7Jvuk3nWZXIcT3bnV3fjMtYcRP/bey+W6Zc/XM90JsNMC0Jxt+cKmyp2CyuDHHA/Mlz8PoxTWSidKhBHCg53+5Kkfk6lkMUpr2189eB0u+UcluE6Ne67r933JBHMB5eyLH66gSf+r+VVPji0mbdtVjn13SKfJJcWoIRK/+6T9Fcj6RL92eCUkdRQZg5VPnBUhfscRRlwgYnvQ6UodfjHIvWKGqYzY5xXcA54yxzFa7nlBFphndxJpQuLgGEkbmR9ZZot1WSFyiMhjlTkjxJaJwJuCVaCSLCyKkrbL6izjsxphNoIaBmTADrHBwoyD9Nxg5yApUixQOAW7zLzmLqEn5Sn8sdeqEL+3BuzdUPKb/92511K13LgJlfhmX7KzHWiAxSSafXaBQyY3nrNp2iwb9mlWFgjRWEGX8UwOHRraIpi75o/ZexjH47fd1+hl29wl3YDmfXWUtq9oiPnCxybCKLBJeKuboRHOh+t6mDPYEMoYPtXB3tDrFCjP9gjAEWMnW8WY0t78rlLRJbomaCt0JrpPUUnJ+q0v67tCAPmK6m2S9LAodT152ZWWdyvBeDHfsUnsN5Erxjf86umudYGqXpxgcTpCru7/sZCkMafaF93WqfsVuwCUn5ffKgNtPkWA2/H2tTcfMUGfOVg3CUp2e70P0HsjDiKmtj1bWdgmLTxWum0eCHJ+0Y2Ib0x0JAq5iwEwMGBRnlnbXw1E1a/VOrGNih9y912KeXfcrQ7BrVOT7Y7hfDtR4HxL/U9109uEhxAls64qq7gcV8V8LAzX6FA9A==', 'pending', 1, 1796495235589, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796495205286, NULL);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', '92X-NTV3QYHFb77qSx7bik1jfW7S2uUms0IS2dVE9E8', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796495158080, 1796495158080, NULL, '');
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796495161185, 1796495161185, NULL, '');


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
INSERT INTO public.role_permissions VALUES ('admin', 'admin:identity-providers:read');
INSERT INTO public.role_permissions VALUES ('admin', 'admin:identity-providers:write');
INSERT INTO public.role_permissions VALUES ('auditor', 'notes:read');


--
-- Data for Name: roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.roles VALUES ('user', 'Every registered user', true, 0);
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796495150149);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('uXaqT7VfQY5wixA-xGKUyQ', '01a24774-80ab-7562-a19f-840683f32e65', 'gatehouse', NULL, '5X0szp7zTJH7WoISE71zZS43JPXG483YyzUZWYRwxP0', 1796495176086, 1796495176373, 4950095176086, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796495176086, 'yEmXG2qO6vCBd7M4fdU3LxfhB9iTJ_EL0M6MdDqGwPs', 1796495176373, 'H-xpYlSPE9kkukzXxnVex70x-2nlxU6JW5RxKD50WFwVonW0Ke1IBd2dRHxS10LPgrGJ8eSQatG_2ONXINIz4EujZI__99U');
INSERT INTO public.sessions VALUES ('4gq9l4jPFWadmOGkrDVb7w', '01a24774-80ab-7562-a19f-840683f32e65', 'gatehouse', NULL, 'yYwNbdsgAYM3GwonIxLLBEyzzZigBWNFIjdi4TE7Wms', 1796495180232, 1796495180232, 4950095180232, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796495180232, NULL, NULL, NULL);
INSERT INTO public.sessions VALUES ('WRHdLZx7R95KFyOxOxUyVA', '01a24775-3ebd-789c-ac3a-37816c070543', 'gatehouse', NULL, 'FV5Du2iohzkzf_L7Y1TS1pF30vzM3PpHSxVrWq7RMBQ', 1796495197164, 1796495197164, 4950095197164, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796495197164, NULL, NULL, NULL);
INSERT INTO public.sessions VALUES ('3EBNHVfC0V_lMoPGSD2PJA', '01a24775-51b8-7bce-b451-eadb8fdfe0b6', 'gatehouse', NULL, 'Qgx-BLEeuAlDq2JSBN3ijuXFOkUXDjGWrmudc5M09XY', 1796495200874, 1796495200874, 4950095200874, NULL, 'Python-urllib/3.11', '127.0.0.1', NULL, NULL, 1796495200874, NULL, NULL, NULL);


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('bZEacX-nt0Tm4RWZM0sHRg', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"bZEacX-nt0Tm4RWZM0sHRg","alg":"RS256","n":"uZS_eJrajWy68eqW-QWniRmLkzXf37ZVGEtTi6euvUVUOj1T0Ue1K3nA4AnTSrbN0iClXiyik7ReIDW1i6ePt7XwNqVRkxSeyVqAQHlNoj_VUE1c6oeEAsJDRPDvS7BMY4AJUaIOojvsjPMxGyiZ7V4d7HgiJuGkeyt0_7DB9U6s0ldpLA8B9PRhZaLxvcpER_01miH8MaGMxjrcaAOmzLvsAkeAk01ulob3vTImeQQoB8ioVa5gZOxJAUEwiVQb6omTwsVzwRJ_WgKCqr0nxSMnirob0_moB9ZoLGiYZ5-xtTnR4rdF-Jlls6NmbaGyecQhtNeJxaM8ZFrU0pcdDw"}', '6X9kYE19bxbFmzjTbeh/TrXXQJijJqRNOSJ//0NkPGtjxP143cyhvHXaTZ2+sEr6g59jEOp/bzsEBXdwA1bviY8IYtSqbeXD2+to8oCXuEk8a0OGK8HZRajzH3soytKZU2FPOBIErVFsiGimvZZuxMYxz1ZeHoEAFHnDer9KFjwTxkgIwUAOlVP9omzzEetnvm8DEh0uar8ohV6TQkEWDZ6KIl7ddSFKPUr7+NH1HMotd6Kh+fBWAXxqUySVwO+lRNDfFQAAHzBxlgkVmRciGxTmlTTAcObM3Qxu2QtNTuV39H8/th+ntNg/aGt0UTVerOoGqgv7nYQGGxV380CLUIH20AE3Zg9+w4Bo/jejzfzVIrRFyU4cxs+1MSZPJ/Cr7ZSa+jFC2iZ/11nlXXSYNjcbEUI40Wm9kYgMSqzjqgVER5048Gjc9lT3+ak6+vSucmlepc4AQS+NJEwjNye2B2TT1TMBmw/Fab1Gi190d8/1Cq97CenrKuHWeLw/XmFUtAsR8VJ0fdIbHkdecaQf5NhwZX2aYxlB0aj2Ms6imb61woZ21rPDYV0zInQQT2/uCcFwdU8nAmbxKm+mZGLA0dlVfBauM1VPx22lGFL9tI4SZdzKtSiF5NxN7zL8C2gmvlICHy35wkkY5K5YgrmCzAUxVAMd3ZS6o2yUGKLxB/rGxb8YCjXTgl3w++uJhM/RooiUoPPNZhny09xYNnBQzh2mDIchTrTIkZaT/Asz40mUQw7W/9q95oJFLcbg8mCqw1hZV4JgnNMPBb7uRCh4lgaJNhxBPUfGZTGbITsjRArxQJo7bWwNyZveEy2D4bAccJBOLDnlBSRdeMsL7csQ3ZswVZbxddsiUYH0vAqTrlOWEl8CNcf+JRK53STVUUCqxHn2vtnFWCimOE9P2BKC5jaWZ9tGahUvC7v+lj2XGFTHZMZOfjz6FpBzHGDUsotlsC0XOAHlGiP5eU+AH7n7DAE1GFs9cCMyIlAFn+zpSVgUqodxAuGkKRvgg0n0Fxut3adNz21vQ8sIjZE8JCu3KIzLBighUqM+ixCyoT+8LwvN0nEYWP5IERPSkFp9We9PmYxh0ZK9m4Howc5ZByApYArujMNO3yaR/hiu4MabzR1qposdeFNPlCugo+fkrNYHCpLmXx5X33ZSiI1LkSC0Xr4xALWoaYqz1RDp7mwDokhkRrUrF2uR5YOmiSGUyKfxj5ZQ0TLME1Ac3trtG7FLOuZA/C0Mz+ORndR4Uk0zqR50NN9x7ODTAN8fvw20JCpt8vaGfApdmOSYg4UXUg9TJMsyg2IAaldKhWpAE8EC8BvZ12+sVz2KGmZIRDGKSbmR/XGbVzXTN39r7NNIyJKdaiakFr2/hYNEC4D9h2J+hG7NaQ1bZL+Ycjit2tnqKZwm4WjlL7PaJ5FPe2bPTXWxbxgF8JCUtmtEDJ+uTtTMuccgi8UhhvnFecKq9iObbZsvM7KmMfN0Gr4++CQGjSQi5bXX9QvvlGvvN2ydmPk6x0Pg5Byw/HFfg7GzyDpbaTJ9JSLOZ5ROVcTPYca7uOOEk4OUiHaNOQTDlSLbVLYgmV3gvly3mqyQzhRCw0lBlFlvYv4RhWUWNCIUjClFeA7BQSoGLaZpXuiyrpD7K/RTd4ClwpoyHZuny7SN6/M=', 'active', 1796495158280, NULL);


--
-- Data for Name: upstream_logins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('yEmXG2qO6vCBd7M4fdU3LxfhB9iTJ_EL0M6MdDqGwPs', 'uXaqT7VfQY5wixA-xGKUyQ', 1796495176373);


--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_identities VALUES ('fixture-oidc', 'fixture-subject-erin', '01a24775-51b8-7bce-b451-eadb8fdfe0b6', 'erin@example.com', 1796495200780, 1796495200790);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24774-6dd7-7a7f-ac63-357c75c195d2', 'user');
INSERT INTO public.user_roles VALUES ('01a24774-6dd7-7a7f-ac63-357c75c195d2', 'admin');
INSERT INTO public.user_roles VALUES ('01a24774-80ab-7562-a19f-840683f32e65', 'user');
INSERT INTO public.user_roles VALUES ('01a24774-96f1-7ae3-bc2c-ac05fbd6a178', 'user');
INSERT INTO public.user_roles VALUES ('01a24774-96f1-7ae3-bc2c-ac05fbd6a178', 'auditor');
INSERT INTO public.user_roles VALUES ('01a24775-3ebd-789c-ac3a-37816c070543', 'user');
INSERT INTO public.user_roles VALUES ('01a24775-51b8-7bce-b451-eadb8fdfe0b6', 'user');
INSERT INTO public.user_roles VALUES ('01a24775-5fcc-71ff-997b-0be480848e1c', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24774-6dd7-7a7f-ac63-357c75c195d2', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$BLSWsO+qHuiQRkYSogou/g$tab9DHfzJYKht6/uoxhVZWMPX4ZaWk/KMJ5Anc4hLq0', false, 1796495142358, 1796495142358);
INSERT INTO public.users VALUES ('01a24774-80ab-7562-a19f-840683f32e65', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$kJw8GVFdVGTwM4Szs0bTog$nmjmII0Ct6tLkZPTSWxfOlJJq5KhkpGQk3a3bGWYmLc', false, 1796495147178, 1796495147178);
INSERT INTO public.users VALUES ('01a24774-96f1-7ae3-bc2c-ac05fbd6a178', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$EmUhMuXelpcckWCCU7Xlpw$Cega/Zbt9HDT6H4GgapT5tAl/W63Osi2jHL14qNtXMQ', false, 1796495152881, 1796495152881);
INSERT INTO public.users VALUES ('01a24775-3ebd-789c-ac3a-37816c070543', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$LkLlSWPPkT5Pzl3XvZ273g$XogXH/LfQqx5ZWgp//kZ2tSDhnCBAZ32WrOLBRqMqms', false, 1796495195837, 1796495195837);
INSERT INTO public.users VALUES ('01a24775-51b8-7bce-b451-eadb8fdfe0b6', 'erin', 'erin', 'erin', 'erin@example.com', 'erin@example.com', false, NULL, NULL, false, 1796495200696, 1796495200696);
INSERT INTO public.users VALUES ('01a24775-5fcc-71ff-997b-0be480848e1c', 'frank', 'frank', 'frank', 'frank@example.com', 'frank@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$HAwdhgJ4t4ThHRYPcrgTSw$7bnQt2QQkUjje1re6EKCNdjh0QtgpX1r/fbkGpi1cyQ', false, 1796495204300, 1796495204300);


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
-- Name: authorization_codes authorization_codes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authorization_codes
    ADD CONSTRAINT authorization_codes_pkey PRIMARY KEY (code_hash);


--
-- Name: authorization_requests authorization_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authorization_requests
    ADD CONSTRAINT authorization_requests_pkey PRIMARY KEY (handle_hash);


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
-- Name: identity_providers identity_providers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_providers
    ADD CONSTRAINT identity_providers_pkey PRIMARY KEY (id);


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
-- Name: upstream_logins upstream_logins_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.upstream_logins
    ADD CONSTRAINT upstream_logins_pkey PRIMARY KEY (key_hash);


--
-- Name: used_refresh_tokens used_refresh_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.used_refresh_tokens
    ADD CONSTRAINT used_refresh_tokens_pkey PRIMARY KEY (token_hash);


--
-- Name: user_identities user_identities_subject_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_identities
    ADD CONSTRAINT user_identities_subject_key UNIQUE (provider_id, subject);


--
-- Name: user_identities user_identities_user_provider_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_identities
    ADD CONSTRAINT user_identities_user_provider_key UNIQUE (user_id, provider_id);


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
-- Name: authorization_codes_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX authorization_codes_expires ON public.authorization_codes USING btree (expires_at);


--
-- Name: authorization_requests_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX authorization_requests_expires ON public.authorization_requests USING btree (expires_at);


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
-- Name: sessions_login_session; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_login_session ON public.sessions USING btree (login_session_id);


--
-- Name: sessions_prev_refresh_hash; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_prev_refresh_hash ON public.sessions USING btree (prev_refresh_hash);


--
-- Name: sessions_successor_sealed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_successor_sealed ON public.sessions USING btree (prev_rotated_at) WHERE (successor_sealed IS NOT NULL);


--
-- Name: sessions_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_user ON public.sessions USING btree (user_id);


--
-- Name: signing_keys_one_active_per_alg; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX signing_keys_one_active_per_alg ON public.signing_keys USING btree (alg) WHERE ((status)::text = 'active'::text);


--
-- Name: upstream_logins_binding; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX upstream_logins_binding ON public.upstream_logins USING btree (binding_hash);


--
-- Name: upstream_logins_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX upstream_logins_expires ON public.upstream_logins USING btree (expires_at);


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
-- Name: authorization_codes authorization_codes_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authorization_codes
    ADD CONSTRAINT authorization_codes_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


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
-- Name: upstream_logins upstream_logins_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.upstream_logins
    ADD CONSTRAINT upstream_logins_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: used_refresh_tokens used_refresh_tokens_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.used_refresh_tokens
    ADD CONSTRAINT used_refresh_tokens_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.sessions(id) ON DELETE CASCADE;


--
-- Name: user_identities user_identities_provider_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_identities
    ADD CONSTRAINT user_identities_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES public.identity_providers(id) ON DELETE CASCADE;


--
-- Name: user_identities user_identities_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_identities
    ADD CONSTRAINT user_identities_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


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


