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
-- Name: mfa_challenges; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mfa_challenges (
    token_hash character varying(64) NOT NULL,
    purpose character varying(16) NOT NULL,
    user_id character varying(36) NOT NULL,
    client_id character varying(128) NOT NULL,
    scope text,
    user_agent character varying(512),
    ip character varying(64),
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint
);


--
-- Name: mfa_recovery_codes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mfa_recovery_codes (
    user_id character varying(36) NOT NULL,
    code_hash character varying(64) NOT NULL,
    created_at bigint NOT NULL,
    used_at bigint
);


--
-- Name: mfa_totp; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mfa_totp (
    user_id character varying(36) NOT NULL,
    secret_sealed text NOT NULL,
    confirmed_at bigint,
    last_step bigint DEFAULT 0 NOT NULL,
    created_at bigint NOT NULL
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
-- Name: passkey_user_handles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.passkey_user_handles (
    user_id character varying(36) NOT NULL,
    user_handle character varying(96) NOT NULL
);


--
-- Name: passkeys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.passkeys (
    id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    credential_id character varying(1400) NOT NULL,
    public_key bytea NOT NULL,
    sign_count bigint NOT NULL,
    backup_eligible boolean NOT NULL,
    backup_state boolean NOT NULL,
    user_verified boolean NOT NULL,
    transports character varying(256) NOT NULL,
    aaguid character varying(36) NOT NULL,
    name character varying(256) NOT NULL,
    created_at bigint NOT NULL,
    last_used_at bigint
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
    successor_sealed character varying(160),
    amr character varying(128)
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
-- Name: webauthn_challenges; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.webauthn_challenges (
    id character varying(64) NOT NULL,
    challenge_hash character varying(64) NOT NULL,
    purpose character varying(16) NOT NULL,
    user_id character varying(36),
    expires_at bigint NOT NULL
);


--
-- Data for Name: account_tokens; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24672-2a23-7258-88ff-4e3910e68e2e', 'user_create', 'success', '01a24672-2a0c-79f1-8c52-23d16ff35e07', 'cli', NULL, NULL, 'roles=[user, admin]', 1796478216739);
INSERT INTO public.audit_events VALUES ('01a24672-35c1-7fa5-9c12-7d234fdda01b', 'user_create', 'success', '01a24672-356c-7964-87a3-ee410a0783c9', 'cli', NULL, NULL, 'roles=[user]', 1796478219713);
INSERT INTO public.audit_events VALUES ('01a24672-402a-7bb2-85f9-1ac89d9ae87a', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796478222378);
INSERT INTO public.audit_events VALUES ('01a24672-4dcb-7737-bd00-29a2efe26285', 'user_create', 'success', '01a24672-4dba-7d11-b7e4-615b2c83e8fd', 'cli', NULL, NULL, 'roles=[user]', 1796478225867);
INSERT INTO public.audit_events VALUES ('01a24672-5f2b-7159-881a-12a2db036078', 'admin_user_roles', 'success', '01a24672-4dba-7d11-b7e4-615b2c83e8fd', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796478230315);
INSERT INTO public.audit_events VALUES ('01a24672-6f01-7e22-9b15-3da91f89e47c', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796478234369);
INSERT INTO public.audit_events VALUES ('01a24672-7b88-7bfd-bfb4-d13761554948', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796478237576);
INSERT INTO public.audit_events VALUES ('01a24672-8796-7b78-b415-4e26e6b27cee', 'identity_provider_create', 'success', NULL, 'cli', 'github', NULL, 'type=github', 1796478240662);
INSERT INTO public.audit_events VALUES ('01a24672-974e-7adc-aefc-2fd0ff7744a2', 'login', 'success', '01a24672-356c-7964-87a3-ee410a0783c9', '01a24672-356c-7964-87a3-ee410a0783c9', NULL, '127.0.0.1', 'session=GIJJ0triA9JZOomDSc9-7g', 1796478244686);
INSERT INTO public.audit_events VALUES ('01a24672-9825-7bdd-b758-9cd5810020ee', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796478244901);
INSERT INTO public.audit_events VALUES ('01a24672-9989-7b61-a37a-676867f629c9', 'login', 'success', '01a24672-356c-7964-87a3-ee410a0783c9', '01a24672-356c-7964-87a3-ee410a0783c9', NULL, '127.0.0.1', 'login_session=01a24672-9985-7837-9ecb-7d52cf081e79', 1796478245257);
INSERT INTO public.audit_events VALUES ('01a24672-99be-7a76-89ea-95262dc66c59', 'consent_grant', 'success', '01a24672-356c-7964-87a3-ee410a0783c9', '01a24672-356c-7964-87a3-ee410a0783c9', NULL, NULL, 'client=fixture-app scope=openid', 1796478245310);
INSERT INTO public.audit_events VALUES ('01a24672-99c8-737f-8f95-aa779d8e7c7e', 'authorize', 'success', '01a24672-356c-7964-87a3-ee410a0783c9', '01a24672-356c-7964-87a3-ee410a0783c9', 'fixture-app', NULL, 'scope=openid', 1796478245320);
INSERT INTO public.audit_events VALUES ('01a24672-9a99-7cc1-92b6-fba9d2df8c75', 'login', 'success', '01a24672-356c-7964-87a3-ee410a0783c9', '01a24672-356c-7964-87a3-ee410a0783c9', NULL, '127.0.0.1', 'session=bp4voqLSbrbz6tVuAZN03Q', 1796478245529);
INSERT INTO public.audit_events VALUES ('01a24672-9e0c-703e-be5c-0eb69900c388', 'passkey_registered', 'success', '01a24672-356c-7964-87a3-ee410a0783c9', '01a24672-356c-7964-87a3-ee410a0783c9', NULL, '127.0.0.1', 'passkey=01a24672-9e02-75dc-afb3-8682c44a8b25', 1796478246412);
INSERT INTO public.audit_events VALUES ('01a24672-af22-70a6-ab29-d1914f702968', 'user_create', 'success', '01a24672-af00-7668-b80b-6998fef2cb7d', 'cli', NULL, NULL, 'roles=[user]', 1796478250786);
INSERT INTO public.audit_events VALUES ('01a24672-afe8-7255-a174-044213339218', 'login', 'success', '01a24672-af00-7668-b80b-6998fef2cb7d', '01a24672-af00-7668-b80b-6998fef2cb7d', NULL, '127.0.0.1', 'session=OGmmtyg1YufRcvis7NzFvA', 1796478250984);
INSERT INTO public.audit_events VALUES ('01a24672-b1a0-7566-ba7b-32f94c73b3c5', 'mfa_enrolled', 'success', '01a24672-af00-7668-b80b-6998fef2cb7d', '01a24672-af00-7668-b80b-6998fef2cb7d', NULL, '127.0.0.1', 'method=totp', 1796478251424);


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes VALUES ('pxW-9EwCTXLrGP0i_khaUMNAdL54Foo7ssfwK0w7KK4', 'fixture-app', '01a24672-356c-7964-87a3-ee410a0783c9', 'http://127.0.0.1:9/callback', 'openid', NULL, 'wQX_U40GGOF41EmkT0YLs_F9jrsOqfsDpNsfuD2F9A8', 1796478245252, 'pwd', '01a24672-9985-7837-9ecb-7d52cf081e79', 1796478245310, 1796478305310, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: authorization_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents VALUES ('01a24672-356c-7964-87a3-ee410a0783c9', 'fixture-app', 'openid', 1796478245305);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 13:43:32.685651', 101, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 13:43:32.836603', 24, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 13:43:32.875604', 26, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 13:43:32.91508', 24, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 13:43:33.007065', 35, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'authorization', 'SQL', 'V6__authorization.sql', -1011304854, 'gatehouse_fixture', '2026-12-05 13:43:33.12856', 31, true);
INSERT INTO public.flyway_schema_history VALUES (7, '7', 'signing key per alg', 'SQL', 'V7__signing_key_per_alg.sql', -559768327, 'gatehouse_fixture', '2026-12-05 13:43:33.185394', 5, true);
INSERT INTO public.flyway_schema_history VALUES (8, '8', 'access token alg per client', 'SQL', 'V8__access_token_alg_per_client.sql', 1781282387, 'gatehouse_fixture', '2026-12-05 13:43:33.21291', 4, true);
INSERT INTO public.flyway_schema_history VALUES (9, '9', 'audience', 'SQL', 'V9__audience.sql', -1153306411, 'gatehouse_fixture', '2026-12-05 13:43:33.227501', 3, true);
INSERT INTO public.flyway_schema_history VALUES (10, '10', 'session sign in time', 'SQL', 'V10__session_sign_in_time.sql', -912300823, 'gatehouse_fixture', '2026-12-05 13:43:33.240523', 2, true);
INSERT INTO public.flyway_schema_history VALUES (11, '11', 'refresh reuse and code replay', 'SQL', 'V11__refresh_reuse_and_code_replay.sql', -215074945, 'gatehouse_fixture', '2026-12-05 13:43:33.252488', 8, true);
INSERT INTO public.flyway_schema_history VALUES (12, '12', 'identity providers', 'SQL', 'V12__identity_providers.sql', -1896468425, 'gatehouse_fixture', '2026-12-05 13:43:33.270559', 23, true);
INSERT INTO public.flyway_schema_history VALUES (13, '13', 'upstream logins', 'SQL', 'V13__upstream_logins.sql', 1660750165, 'gatehouse_fixture', '2026-12-05 13:43:33.310356', 19, true);
INSERT INTO public.flyway_schema_history VALUES (14, '14', 'second factors', 'SQL', 'V14__second_factors.sql', 619030395, 'gatehouse_fixture', '2026-12-05 13:43:33.384655', 23, true);
INSERT INTO public.flyway_schema_history VALUES (15, '15', 'passkeys', 'SQL', 'V15__passkeys.sql', 583383757, 'gatehouse_fixture', '2026-12-05 13:43:33.428541', 34, true);


--
-- Data for Name: identity_providers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.identity_providers VALUES ('github', 'github', 'GitHub', true, true, false, 'confirm', NULL, 'fixture-upstream', 'eUbdIesd1AXcSb7SV3HjYLj8upEglr8zFDlBb0RFNEZJA+pNDq6pVQqcCJcUr70d5Eft', 'read:user user:email', '', NULL, NULL, NULL, '{}', 1796478240406, 1796478240406);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a24672-9985-7837-9ecb-7d52cf081e79', '01a24672-356c-7964-87a3-ee410a0783c9', 'FmWJ2SYUJ7T7pVSFAoYC-yn5xWDSwGX__XukB5Ryz2g', 'UP-jw9PyX9PJ0wBQ6Vsdu4RHIWtrCGp0m2u2fPHMsFs', 1796478245252, 'pwd', 1796478245252, 1796521445252, 1796478245252, NULL, '127.0.0.1', 'Python-urllib/3.11', NULL);


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mfa_challenges; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mfa_recovery_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-356c-7964-87a3-ee410a0783c9', 'xCebslM4iWCrvkp6XG3JQPfDoCG2NjuUciAltwhaYHs', 1796478246416, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-356c-7964-87a3-ee410a0783c9', 'ybW3feOndygOFfFJBKAsYe9lseI41fqZR73_0M-rOfM', 1796478246416, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-356c-7964-87a3-ee410a0783c9', 'YKnbYLhoxTl81ZbcakpasadZu5RPAWBXhu77_Eser-s', 1796478246416, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-356c-7964-87a3-ee410a0783c9', 'wsn_LIcGqz-FqE1TnzrkRbUuA54uqhd1cBGRjwyksDE', 1796478246416, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-356c-7964-87a3-ee410a0783c9', '9qA_veYbRqjRAtSccKIt8rozHH6jO09mbxp1IZay2YI', 1796478246416, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-356c-7964-87a3-ee410a0783c9', 'h7BMfXdYUG3s26pNmaB5Dg_odEN-DjKkpiuOa_6TGU4', 1796478246416, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-356c-7964-87a3-ee410a0783c9', 'wlMYB3H2EeB_gi8AMeQ9YYRwz0ObKg4s7t2Rr6NosOk', 1796478246416, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-356c-7964-87a3-ee410a0783c9', 'DdLEfpCPdb9YY5Gj9aU6TMNbyn54GSGOpMUKBzfAKLI', 1796478246416, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-356c-7964-87a3-ee410a0783c9', 'Qr4PCuhs66XGWHWIcNNjeKzywK77d_CnBppFfDoFGeE', 1796478246416, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-356c-7964-87a3-ee410a0783c9', 'HQolct-LsdBqh3_Wz3wHiRIBFKPjP7UvJCwkfLeuvXc', 1796478246416, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-af00-7668-b80b-6998fef2cb7d', 'vwyGrIsdRprEbzDUThh98qwjGqATEw8mEKzDVnHn_fM', 1796478251445, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-af00-7668-b80b-6998fef2cb7d', '0fXY7LlvcUlP5MDHoTM0u8CEg4GiXFcaB4ySLWq9s9Q', 1796478251445, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-af00-7668-b80b-6998fef2cb7d', '6MGkbpyf8grbgMcXV1YXGX5yKn7IuhnGC3EWOmJseBA', 1796478251445, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-af00-7668-b80b-6998fef2cb7d', '_WVDogoO8yCABhcw9gtI9LJYNt7MTrJuraIBdzEd3qA', 1796478251445, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-af00-7668-b80b-6998fef2cb7d', '61xOsagf4HyCBUnsWicwBtPRjaNKU_5krzo9Qt-9T5M', 1796478251445, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-af00-7668-b80b-6998fef2cb7d', 'RAE_lwkXFSE13bRThXcPUlhBgzpDQi_um2rEBZ7KQE0', 1796478251445, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-af00-7668-b80b-6998fef2cb7d', '0iSP2WxJNtyoHPZRcZpwq257QpSM4ioQCIl6Phz19rs', 1796478251445, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-af00-7668-b80b-6998fef2cb7d', '1YTl-uQYig5HOx_BaCPdHMO7uEytP51cyMb38-OTQ7I', 1796478251445, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-af00-7668-b80b-6998fef2cb7d', 'jhKWi8UopnyacmRyMKdOTSbMkih8PVcE9DQCZXR81Ww', 1796478251445, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24672-af00-7668-b80b-6998fef2cb7d', '5hpMYVF-jHR-mw2hF3VaguFF5wSyYjG-RNwF8foFRXA', 1796478251445, NULL);


--
-- Data for Name: mfa_totp; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mfa_totp VALUES ('01a24672-af00-7668-b80b-6998fef2cb7d', 'Ud/osS0jO/UTriOHFt1lZ8HV8+0umYMKPMqRMsevOjENSPbsgSQ3icXroouTNMBd', 1796478251392, 59882608, 1796478251010);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', 'UR4E-3OEGhkjmZ5SMBpUksFHAV0GqKvWqPT9mmBUlAQ', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796478233756, 1796478233756, NULL, '');
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796478237115, 1796478237115, NULL, '');


--
-- Data for Name: passkey_user_handles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkey_user_handles VALUES ('01a24672-356c-7964-87a3-ee410a0783c9', '0ZmYxH3j7nf6IUipE6vknC0Ce825V51phUcKNBzCwuY');


--
-- Data for Name: passkeys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkeys VALUES ('01a24672-9e02-75dc-afb3-8682c44a8b25', '01a24672-356c-7964-87a3-ee410a0783c9', '2RlH-FnNFFVhtZ1rU_ys-gAuR4qHH8i5tJvtMexOqS0', '\xa5010203262001215820b5c40bd61ef3455a21ae4e3bbd665780a3b694a48624ad8fa989d49499f994c2225820a452626c5f6f8e22d5d519f0ef8acb7b72de558ae20fd9b559bbc5b7f53f190e', 1, false, false, true, 'internal', '00000000-0000-0000-0000-000000000000', 'Fixture laptop', 1796478246402, NULL);


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
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796478222138);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('GIJJ0triA9JZOomDSc9-7g', '01a24672-356c-7964-87a3-ee410a0783c9', 'gatehouse', NULL, 'w9VZYYagu5tFKyuiq2_2bfxGuCNmzMemd7bMp6kgJHA', 1796478244676, 1796478244789, 4950078244676, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796478244676, 'XWIe8p1v4F_yMTY3G4ZRFrlhtj-ibqFljHczxu5QOyI', 1796478244789, '7_ZdVlccl7Y7QnBMgPshb3z-9gmaFCUPQK5utjdF7mPZ0XWHgamS4CZX80JDw4fchwJ96QmdEvKR1zoSyrQYFKFBJwS-QjM', 'pwd');
INSERT INTO public.sessions VALUES ('bp4voqLSbrbz6tVuAZN03Q', '01a24672-356c-7964-87a3-ee410a0783c9', 'gatehouse', NULL, '2ZYvFjiuji3Ylr616K4YNUG9qkknZQvRDv7t6WHQkEw', 1796478245526, 1796478245526, 4950078245526, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796478245526, NULL, NULL, NULL, 'pwd');
INSERT INTO public.sessions VALUES ('OGmmtyg1YufRcvis7NzFvA', '01a24672-af00-7668-b80b-6998fef2cb7d', 'gatehouse', NULL, 'ZF_tDt4k-xFbhqO3sxK16Gg-jOu9h6KNthN3ve5ajzw', 1796478250974, 1796478250974, 4950078250974, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796478250974, NULL, NULL, NULL, 'pwd');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('Z5JeCBRS7ko7C4bHIdoqbg', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"Z5JeCBRS7ko7C4bHIdoqbg","alg":"RS256","n":"rytodI8w4q7lJu-swFtLWuJ7JeP9nCvdB10Yv79kN4cVjRM8RBhsOrBRKNjrd3mIEvtP6-MNra9oyBuk1VGSiVMCQPRpPOFe6gZtEQNB-RFUANriuQPPP9Z1aGuuLQ--DhH4TSsAGhqpHW9ZbB-bAiLPFYR7DCSJWU0dQ0wiBBaCuHtfi78cdR8sAzbPB5LZ9J91bZrteCCEgIvF4CssAklkV-tio-DFTQVyRZz1TIjCLMjMBuxhF1kDctp_ubQxJvTOde5VKVX3ZWv3Q7Z5oUeBdy7RUad3rQXj1brM-_N4mUMayrXVfFoiUOpDEp2n3Ps5BftYFJKwVdk8VIFlIw"}', 'BWyUNleEDEHuuEjS1R7z2j0Luw8laskmqYaJF2SMzBAl3NgyVk2eAvm36k61TYK1s6KYZOOQMp+SUVTYh1ux4ubgxf89v1jDrlza2dUZmnIlceszo2p/RmUbJ08/TW8NLY9hgeZvpNaLTYuurDrjp4QSrMURRI2EXNhqtij9pNn0JnZlOFNR6x3vaj8yK8C1yw6u4h+9SWC0gynBit8ZbUv4+tQPwz/3tUgjvxzQHx9TBk2tZCl37nFCDPOJPHTAwAfD+zYUtzTHLtJbD7xeFR1Le3QP9hTxlVnS5dhr6VqxCKEou7kQsUhJLBYStN01KIUYRJmpj9RrSnicy/GTXUuujNAguUCXy25p9fj7K8QAih/TgqNCCVX9ys9Pf/oXqaBw3CI4X3pyB94wiwdgelNlKfuzyp0gHTq3c+N7/9x7/KYnRJwWCQNiJNZrEw6mqmEDgXq0MGzIgd+Ozpo55Ai3+BrjYf6wB2T/4IsX2NbrSkbGUR4LNMMsfqNyf+4PeoqoShnFiHIx1FTIyviwXO9naf7FrvyVv+YTEHiexEgs+GvzNYlaQvmz5xS6lU838YdqjETc06osgWmccvM37J66CO/+4O72XF5ygmE1YPMi89P/LnFJZoJamP6GxHg1z2TKuwSPK5GdMaA4vlwe4AUbpj3E8Bs6Mtri91Ilhl6UqFUyy+t/Y7GQLrRECpYOfODu69+mqA28MYEVMEpTaswqyM9pEbYOCpA3g/ovowTxgX+pnP8fB9SSbhNavuSK3pIAkw54/gQUO9qyvQhQWCwgtnBVm56TP0nbCXji0f+kLgXHIl5AUpqkkdoFqUxVyBt8JKxSZtSc4PScqahziesb9JJ7g+fuVk9fyKnZ98icf7YIbYtNLQ9HqHQSiEX0oC8uxtMgSoUJZmcAh8EejmTkVdlqxAs1j3OfaxisfYw4hDpzHOKEa9wL6u/uVZGJsCKwk+Ms9RiGL1t/wDBw20rye2VfNLW1uC+ChMFYoJHRp+RdfP+iZJBfkA3GfMZinc1QumAnAWFVcdgTudxBcj75qyQ7/helN8fl6GT+pwJZn3Ty1Uqeiiu1ax8s79OT4dePsbfgtjlNYyiW/5+L7iTu7ZGFR+Pky8BubuQ79478C9AcRhuLMikDr45ys9z8ccu/nRsdEo5Q5vut/y2NY9Ub6hDvWpA+pmYbNyAAnvTfgSjQVlksgIYcuB0KFLeioEwKiHTIoQl6vxFkTN3rEqEpYcj96IyKqnhBRNdoStCS1Bg77eWrVejPkj6VS2/+fLwJZXr5CFRRwNEUq9PGf5ME86QOeS7XdDQBafT+Df+i6+5E5iI+jwWbBsHcQoeD+ZH4uODYsCrzgsRnxcaJBnvD1bxdq8KLIxkMlMqU4fC9kbWOfsbYEcQ/p8Ymd/aBcF9MiaKOpvDuN1RGgoF4DZvHRukDQL5qtnMOvq9/ac9wM6FrUApayYbDPvqEFo/uYgHk3I4GyKdn0hqxt7stS1mtc268RDYcEJv95x/Ukpyrzzo8P6UQVX8jzDJV/JwaqnCAk5XMYLO2YreGgK4I8Fxw3Z5qOsb10GUmVV8DaCfFNGLS1pI+54hXjXtHeVf7GQWEn8N/HZHaysGOwz8p0PTPc+4l58x7XXK4G0TSSTv9kD8DXNXOiCe/gtTF', 'active', 1796478234216, NULL);


--
-- Data for Name: upstream_logins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('XWIe8p1v4F_yMTY3G4ZRFrlhtj-ibqFljHczxu5QOyI', 'GIJJ0triA9JZOomDSc9-7g', 1796478244789);


--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24672-2a0c-79f1-8c52-23d16ff35e07', 'user');
INSERT INTO public.user_roles VALUES ('01a24672-2a0c-79f1-8c52-23d16ff35e07', 'admin');
INSERT INTO public.user_roles VALUES ('01a24672-356c-7964-87a3-ee410a0783c9', 'user');
INSERT INTO public.user_roles VALUES ('01a24672-4dba-7d11-b7e4-615b2c83e8fd', 'user');
INSERT INTO public.user_roles VALUES ('01a24672-4dba-7d11-b7e4-615b2c83e8fd', 'auditor');
INSERT INTO public.user_roles VALUES ('01a24672-af00-7668-b80b-6998fef2cb7d', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24672-2a0c-79f1-8c52-23d16ff35e07', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$5vKI7xZOR9hh9+doloNLGA$A1dTpMOhhIXubeb3OgKbQJpGazPm5CuzJHFdkycDro4', false, 1796478216716, 1796478216716);
INSERT INTO public.users VALUES ('01a24672-356c-7964-87a3-ee410a0783c9', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$GIhZnEvdAbLX4O6SqbvOUQ$3VrOyX7m16kImQjPZ9acuqvoKwyKGL5DflHfVQqJimQ', false, 1796478219628, 1796478219628);
INSERT INTO public.users VALUES ('01a24672-4dba-7d11-b7e4-615b2c83e8fd', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$xB7vSU3REEqcB6gaHNzZXQ$8x9owYih+7FLpeKRK8Z7GFTNHdb2+vmpBHLwqWyYuxY', false, 1796478225850, 1796478225850);
INSERT INTO public.users VALUES ('01a24672-af00-7668-b80b-6998fef2cb7d', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$oH11ltj8Tc6ewkyZFlsX5g$eS55saoGPjbS5XAo18LvEkUn+86hXdUuwKKCsm9cOf4', false, 1796478250751, 1796478250751);


--
-- Data for Name: webauthn_challenges; Type: TABLE DATA; Schema: public; Owner: -
--



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
-- Name: mfa_challenges mfa_challenges_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfa_challenges
    ADD CONSTRAINT mfa_challenges_pkey PRIMARY KEY (token_hash);


--
-- Name: mfa_recovery_codes mfa_recovery_codes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfa_recovery_codes
    ADD CONSTRAINT mfa_recovery_codes_pkey PRIMARY KEY (user_id, code_hash);


--
-- Name: mfa_totp mfa_totp_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfa_totp
    ADD CONSTRAINT mfa_totp_pkey PRIMARY KEY (user_id);


--
-- Name: oauth_clients oauth_clients_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oauth_clients
    ADD CONSTRAINT oauth_clients_pkey PRIMARY KEY (client_id);


--
-- Name: passkey_user_handles passkey_user_handles_handle_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.passkey_user_handles
    ADD CONSTRAINT passkey_user_handles_handle_key UNIQUE (user_handle);


--
-- Name: passkey_user_handles passkey_user_handles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.passkey_user_handles
    ADD CONSTRAINT passkey_user_handles_pkey PRIMARY KEY (user_id);


--
-- Name: passkeys passkeys_credential_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.passkeys
    ADD CONSTRAINT passkeys_credential_id_key UNIQUE (credential_id);


--
-- Name: passkeys passkeys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.passkeys
    ADD CONSTRAINT passkeys_pkey PRIMARY KEY (id);


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
-- Name: webauthn_challenges webauthn_challenges_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.webauthn_challenges
    ADD CONSTRAINT webauthn_challenges_pkey PRIMARY KEY (id);


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
-- Name: mfa_challenges_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mfa_challenges_expires ON public.mfa_challenges USING btree (expires_at);


--
-- Name: passkeys_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX passkeys_user_idx ON public.passkeys USING btree (user_id);


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
-- Name: webauthn_challenges_expires_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX webauthn_challenges_expires_idx ON public.webauthn_challenges USING btree (expires_at);


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
-- Name: mfa_challenges mfa_challenges_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfa_challenges
    ADD CONSTRAINT mfa_challenges_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: mfa_recovery_codes mfa_recovery_codes_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfa_recovery_codes
    ADD CONSTRAINT mfa_recovery_codes_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: mfa_totp mfa_totp_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfa_totp
    ADD CONSTRAINT mfa_totp_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: passkey_user_handles passkey_user_handles_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.passkey_user_handles
    ADD CONSTRAINT passkey_user_handles_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: passkeys passkeys_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.passkeys
    ADD CONSTRAINT passkeys_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


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
-- Name: webauthn_challenges webauthn_challenges_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.webauthn_challenges
    ADD CONSTRAINT webauthn_challenges_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


