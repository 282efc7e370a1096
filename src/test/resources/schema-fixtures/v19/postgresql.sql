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
    used_at bigint,
    amr character varying(128),
    idp character varying(32)
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
    audience text,
    require_mfa boolean DEFAULT false NOT NULL,
    web_origins text DEFAULT ''::text NOT NULL
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
    updated_at bigint NOT NULL,
    locale character varying(35)
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

INSERT INTO public.account_tokens VALUES ('jz8exuRHaaQmKzrKk0rGC7TxrUOV-8j23KnjG1YS3-8', '01a24771-6bab-7cd6-9f11-0caa6fcbd8a8', 'email_verify', 'frank@example.com', 1796494945199, 4950094945199, NULL);
INSERT INTO public.account_tokens VALUES ('5Skb31vXgzOCiRJVQ7IGHrE5atEdDx55QZZ-svnasCQ', '01a24771-6bab-7cd6-9f11-0caa6fcbd8a8', 'password_reset', NULL, 1796494945329, 4950094945329, NULL);


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24770-1d31-7067-9c6e-8a9702f8400a', 'user_create', 'success', '01a24770-1d0c-7367-a4b2-401a30bdd800', 'cli', NULL, NULL, 'roles=[user, admin]', 1796494859569);
INSERT INTO public.audit_events VALUES ('01a24770-4948-76ad-8a1c-c19a7335ab56', 'user_create', 'success', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'cli', NULL, NULL, 'roles=[user]', 1796494870856);
INSERT INTO public.audit_events VALUES ('01a24770-7772-7758-93d1-4f5469a57cc7', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796494882674);
INSERT INTO public.audit_events VALUES ('01a24770-a38e-7eed-b3b8-5613b7a83f07', 'user_create', 'success', '01a24770-a225-78b7-b307-f3f2579e1fd7', 'cli', NULL, NULL, 'roles=[user]', 1796494893972);
INSERT INTO public.audit_events VALUES ('01a24770-c757-7482-a434-75882102b697', 'admin_user_roles', 'success', '01a24770-a225-78b7-b307-f3f2579e1fd7', 'cli', NULL, NULL, 'roles=[auditor, user]', 1796494903127);
INSERT INTO public.audit_events VALUES ('01a24770-eb7d-758d-ae84-03d7c192f199', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796494912381);
INSERT INTO public.audit_events VALUES ('01a24771-05d5-74cd-b2d3-cccf2a605273', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796494919125);
INSERT INTO public.audit_events VALUES ('01a24771-1bd2-7715-b851-992fa7c91eb5', 'identity_provider_create', 'success', NULL, 'cli', 'github', NULL, 'type=github', 1796494924754);
INSERT INTO public.audit_events VALUES ('01a24771-356a-7ee5-bf7c-6f6c1162b43b', 'identity_provider_create', 'success', NULL, 'cli', 'fixture-oidc', NULL, 'type=oidc', 1796494931306);
INSERT INTO public.audit_events VALUES ('01a24771-417b-78ed-b19c-6fc035f164f0', 'client_create', 'success', NULL, 'system', 'gatehouse-console', NULL, 'type=public', 1796494934395);
INSERT INTO public.audit_events VALUES ('01a24771-4960-7168-af82-4d302cc4edd2', 'login', 'success', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', NULL, '127.0.0.1', 'session=mOpgaAOHMU6Ij0GZWuFSyA', 1796494936417);
INSERT INTO public.audit_events VALUES ('01a24771-4cc2-7f8c-b8cd-71360d1eb8f2', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796494937282);
INSERT INTO public.audit_events VALUES ('01a24771-4f69-71bc-b075-7132111cc6dd', 'login', 'success', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', NULL, '127.0.0.1', 'login_session=01a24771-4f50-7409-b42f-cb69673b7e15', 1796494937961);
INSERT INTO public.audit_events VALUES ('01a24771-4fc4-70b5-89e2-288dd873ecc5', 'consent_grant', 'success', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', NULL, NULL, 'client=fixture-app scope=openid', 1796494938052);
INSERT INTO public.audit_events VALUES ('01a24771-4fc8-73ca-acb8-eac7cfd679fa', 'authorize', 'success', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'fixture-app', NULL, 'scope=openid', 1796494938056);
INSERT INTO public.audit_events VALUES ('01a24771-5110-7bc0-ab5c-163e1c3d72b2', 'login', 'success', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', NULL, '127.0.0.1', 'session=8KAaQt3eBcY5b94dQGZmeA', 1796494938384);
INSERT INTO public.audit_events VALUES ('01a24771-548c-7591-845f-9d41001058c4', 'passkey_registered', 'success', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', NULL, '127.0.0.1', 'passkey=01a24771-5484-7724-89db-a3c7b93a0a05', 1796494939276);
INSERT INTO public.audit_events VALUES ('01a24771-66c6-758d-9fcb-9112c943ff4e', 'user_create', 'success', '01a24771-66a9-7b60-96c5-88e5cbaf686e', 'cli', NULL, NULL, 'roles=[user]', 1796494943942);
INSERT INTO public.audit_events VALUES ('01a24771-6784-700c-8a6e-6bef4031cb24', 'login', 'success', '01a24771-66a9-7b60-96c5-88e5cbaf686e', '01a24771-66a9-7b60-96c5-88e5cbaf686e', NULL, '127.0.0.1', 'session=Pj3Lygch1vausQLsl5bxew', 1796494944132);
INSERT INTO public.audit_events VALUES ('01a24771-6895-7b49-a71a-80e714e87b07', 'mfa_enrolled', 'success', '01a24771-66a9-7b60-96c5-88e5cbaf686e', '01a24771-66a9-7b60-96c5-88e5cbaf686e', NULL, '127.0.0.1', 'method=totp', 1796494944405);
INSERT INTO public.audit_events VALUES ('01a24771-69e9-7dc0-9da1-32c8a822d7f9', 'upstream_login', 'success', '01a24771-69dc-702c-aa06-8b150986e28d', '01a24771-69dc-702c-aa06-8b150986e28d', 'fixture-oidc', '127.0.0.1', 'provider=fixture-oidc subject=fixture-subject-erin how=created native outcome=created', 1796494944745);
INSERT INTO public.audit_events VALUES ('01a24771-6a02-7898-bf9f-298af76b5c3a', 'login', 'success', '01a24771-69dc-702c-aa06-8b150986e28d', '01a24771-69dc-702c-aa06-8b150986e28d', NULL, '127.0.0.1', 'provider=fixture-oidc session=qpir0a8oZz71Lar2_gLpkA', 1796494944770);
INSERT INTO public.audit_events VALUES ('01a24771-6baf-7d8f-ae40-2ddbb0cac187', 'signup', 'success', '01a24771-6bab-7cd6-9f11-0caa6fcbd8a8', '01a24771-6bab-7cd6-9f11-0caa6fcbd8a8', NULL, '127.0.0.1', NULL, 1796494945199);
INSERT INTO public.audit_events VALUES ('01a24771-6c39-7a77-aa78-3d61c4e7bdfd', 'password_forgot', 'success', '01a24771-6bab-7cd6-9f11-0caa6fcbd8a8', NULL, 'frank@example.com', '127.0.0.1', NULL, 1796494945337);


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes VALUES ('JmyOqt_d3KK_bXK2LZSCBp42bQYRejof1OGv00ORNjU', 'fixture-app', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'http://127.0.0.1:9/callback', 'openid', NULL, '5WXmU7DKcFbUzSyiwOXkEK3VP2-11lI_71Y8-NKQuKM', 1796494937936, 'pwd', '01a24771-4f50-7409-b42f-cb69673b7e15', 1796494938052, 1796494998052, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: authorization_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents VALUES ('01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'fixture-app', 'openid', 1796494938040);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 18:20:51.812513', 338, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 18:20:52.437277', 30, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 18:20:52.536577', 36, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 18:20:52.594146', 49, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 18:20:52.65305', 64, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'authorization', 'SQL', 'V6__authorization.sql', -1011304854, 'gatehouse_fixture', '2026-12-05 18:20:52.728612', 46, true);
INSERT INTO public.flyway_schema_history VALUES (7, '7', 'signing key per alg', 'SQL', 'V7__signing_key_per_alg.sql', -559768327, 'gatehouse_fixture', '2026-12-05 18:20:52.823715', 28, true);
INSERT INTO public.flyway_schema_history VALUES (8, '8', 'access token alg per client', 'SQL', 'V8__access_token_alg_per_client.sql', 1781282387, 'gatehouse_fixture', '2026-12-05 18:20:52.973978', 6, true);
INSERT INTO public.flyway_schema_history VALUES (9, '9', 'audience', 'SQL', 'V9__audience.sql', -1153306411, 'gatehouse_fixture', '2026-12-05 18:20:52.996523', 10, true);
INSERT INTO public.flyway_schema_history VALUES (10, '10', 'session sign in time', 'SQL', 'V10__session_sign_in_time.sql', -912300823, 'gatehouse_fixture', '2026-12-05 18:20:53.028208', 16, true);
INSERT INTO public.flyway_schema_history VALUES (11, '11', 'refresh reuse and code replay', 'SQL', 'V11__refresh_reuse_and_code_replay.sql', -215074945, 'gatehouse_fixture', '2026-12-05 18:20:53.077753', 10, true);
INSERT INTO public.flyway_schema_history VALUES (12, '12', 'identity providers', 'SQL', 'V12__identity_providers.sql', -1896468425, 'gatehouse_fixture', '2026-12-05 18:20:53.180542', 44, true);
INSERT INTO public.flyway_schema_history VALUES (13, '13', 'upstream logins', 'SQL', 'V13__upstream_logins.sql', 1660750165, 'gatehouse_fixture', '2026-12-05 18:20:53.253811', 69, true);
INSERT INTO public.flyway_schema_history VALUES (14, '14', 'second factors', 'SQL', 'V14__second_factors.sql', 619030395, 'gatehouse_fixture', '2026-12-05 18:20:53.373506', 90, true);
INSERT INTO public.flyway_schema_history VALUES (15, '15', 'passkeys', 'SQL', 'V15__passkeys.sql', 583383757, 'gatehouse_fixture', '2026-12-05 18:20:53.488973', 84, true);
INSERT INTO public.flyway_schema_history VALUES (16, '16', 'second factor policies', 'SQL', 'V16__second_factor_policies.sql', -1800569576, 'gatehouse_fixture', '2026-12-05 18:20:53.632206', 29, true);
INSERT INTO public.flyway_schema_history VALUES (17, '17', 'client web origins', 'SQL', 'V17__client_web_origins.sql', 2060652799, 'gatehouse_fixture', '2026-12-05 18:20:53.729635', 16, true);
INSERT INTO public.flyway_schema_history VALUES (18, '18', 'user locale', 'SQL', 'V18__user_locale.sql', 1984529484, 'gatehouse_fixture', '2026-12-05 18:20:53.806767', 11, true);
INSERT INTO public.flyway_schema_history VALUES (19, '19', 'audit actor index', 'SQL', 'V19__audit_actor_index.sql', 673669343, 'gatehouse_fixture', '2026-12-05 18:20:53.872438', 17, true);


--
-- Data for Name: identity_providers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.identity_providers VALUES ('github', 'github', 'GitHub', true, true, false, 'confirm', NULL, 'fixture-upstream', 'I6CEZ/SMACUAL1kR/e3+wH8xaU87aD6x7XzHJ1m9dFl8aIL8DGLy8wNUSwpBvlXIRVP0', 'read:user user:email', '', NULL, NULL, NULL, '{}', 1796494924287, 1796494924287);
INSERT INTO public.identity_providers VALUES ('fixture-oidc', 'oidc', 'fixture-oidc', true, true, false, 'confirm', 'http://127.0.0.1:18463', 'fixture-oidc-app', 'ExFsysxVZswEpaSHegR5M1y9UUo8p0oaB1YEkNmUsKpUsKLvYmzLm9nL9V4La1c=', 'openid email profile', '', NULL, NULL, NULL, '{}', 1796494931079, 1796494931079);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);
INSERT INTO public.job_leases VALUES ('key_rotation', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a24771-4f50-7409-b42f-cb69673b7e15', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'E7wKtL_qPhhiglz6QBZL8qZsFhfvPXuUJmJBpdAsC5s', 'MoTdX_zQ9LEbK7txO9nsdkmY5ZlQgZPuZajiesMHoN8', 1796494937936, 'pwd', 1796494937936, 1796538137936, 1796494937936, NULL, '127.0.0.1', 'Python-urllib/3.11', NULL);


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_throttle VALUES ('forgot:frank@example.com', 1, 0, 1796494945273);


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('01a24771-6bc0-7232-89a9-09d7b5cb2e75', 'email_verify', 'frank@example.com', 'Gatehouse: Verify your email address', 'G2xVXR5PxQuAWhr2OFvIoQPqvGITHf7u41zwsYqRct1MoXi7qvKWIEVurKaE34H6Onwiano4z/udznyeH6MhtBYuSLqFvchqJeiXIb6S1Yd//09lZSTkjuMYiKrftTvYqfbojLrmFhETMAqTRjziyFX1FlfIM/FU6x5z6SvcBajaqaZoSj1kKmpYqxEs38IvZrsUq/171j9AxAJ6OdBkmp7j+buIDq5Zu4R9H1NHirwyWC9kElt7TwEnvPvhdryBzd7aBP8aXVu/472qJ5AOb7h5wCBtXzXjed2fJG5FHNJm0PvAMrkmfieTyZttqB4L6myqD3EDTWHGbzS5ec99gGcsSrxh5Odu9GGKAoUlQia2BM5i9/wCu3jYo9HO8TWiWd3c3OmNkzNgxpR+Mp0qGkCsPSZZt1RHgV1j7BSKm9iGd1iCYPGRQbjhgoRpMKBFPcTjTOqHjVHjborI2K/9ysn4Pyyj9uBZCkXOzwZBcFclNnnlZbRKbZAxC1a+UmUr91aGczwbmsEoeIw65gENx7R36Kvq8R0depLbVw==', 'DWBxIQJF6BZuNlL3watvjV3WC0fCKhIQE2iRxzatD/sIrsZqANFYVihJQdswh0Q+pEtkZxLxe1p/Ka8wRYlH+yIG2VmGGPQ7e2AfkhOPk5qkYsTpQAYig4Fh9gn9w7PCSnYxe6wqGSJxNzF05SQvQN/rFSAC3WMcu8Daq33SzFuHQJTWa9uK0nC90m6xnBE0I8Vhik77UOgi7OAaEXGDksAWz7tboK+5OzEb1FQ1kASVqOLZGrHzMbyneZJTYHZqjjL0Esfudka17t/UdoWO+Ew+eTifP6ctTVSU9YWmsbwJAWp2MvbBxk1oFO8NOraJBQxr783pieP67Yo+/FnuxVFfafzzFPZOqD+B/lKDwLOIgHCthkgAMSXI6/cNgT7/xWVD9yz9lcAg9cL5jp8qhtkATYoifg+3Hh0PzKMCxM4dDcYQa0dk3gBhUsd/URGGzDW6nJKnjx1GMvseG5NChaoper7FGYHBs+isLlH2bsWj3dBbgNg1e0He+MmFPWRQ0C7U41+vovN5zKM3Pr1Fvi8VOhUHja2VsXkt3vyWqrCvLPQZLES22gE3mgEYgkM8o2REpxcZVSAC9b4Kxgv0zXEljlCB5HZWzS9Bq1iP8FzT4ywE2VpPhaXnjRj7g7/PaBdlsqWEJzd/jCRs3rWuUCXFIHnHfmGT09b/nbBakvKJAe3zOs1FLE1kgnMaHV8aIxrRoJJWnWoDMg6ELGs4vBPgB55kXCNPNvU2fcCUKe8V9lMnT+/DzxY4FAOBQYp9KDIKBZWl4Homa7bdqhJDLrLM57mg1zOE82/8SCA11WJ6CTTyvupvQoOJAuIRpFZy8M2eOlBRSHtblv+ygc70OVFuE8su8zquA1SYc0r6wdzMx8aa61k5lGzedCeiyYf5uiWzt5uTE5aGI4IMWS2ALpZaU732ey9NUs3U1c7pN/I7TXt+Px/EFxcYKl+swBIuxdULQFFeaabSTLhlmIBQ5KuXgP3Fc00PybfG6sp/6sZUrwypbX7RxgzituTIvJD3W7Zs7M+fQ8tVtIvxYq+6B5IYmp9tV7MCrNJqFQrvYelTdUNaP0jOmWzS/1LTTyzV4nbnmAXzjZWPcDtP7QyzXhHJ906PhOyfX7tTxHWpQ9Zgkc7BLynadYi77gukdnJN+M0hlNMzbhSt3KeX2Qg7z4Ii9s8fjv6FYYptKiyzdTff84FqCjCSzUURj0vp4TIQEIZVjBRRwsVpa1zkbRX+Cf/qlfm0WpO530lbG/1KV7WzUuYXxQO2P86p0G/rFLSkJtSnlaDZ5owbVzXs9B3YW+Y5d/dTm9eHVSRe4mZrRpE1HD9ToVgwizkO8PRP92b5F0JT1iAR0DZ3KMxXuOfFO4oaPx4PhhxV8RB8k7QuAchizShzqj0rgGDyafAYqe2pvnmKQmIBpjz9jpyFLZ74DVG7hZoH8VU/9C/N9v+/itd1uplzRHbUCPrWaF+/NtwS5Xe/i6BAVyhvye+p6hO2ebcLajjXzsUSGb+G7PULnnAuYIO1CJjL6JKmYhmaTQyK+3mw6vxdLK0i3O+ZwSxUMoDsAxvmInL9lKrs3EGabWJwFi8JQ4JrAVSHFMbz+S34d7I+Rj6bgahArHKqWhY7', 'pending', 1, 1796494975304, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796494945216, NULL);
INSERT INTO public.mail_outbox VALUES ('01a24771-6c36-79f8-a9e4-69e8a59d2e87', 'password_reset', 'frank@example.com', 'Gatehouse: Reset your password', '2RVgcycg/Z5Q79wP7FIU8cSZKVJbkMvg8RzTaGLxTddcc0yO1MVteoZ5xPRMh9pH0yAvpVaN74Y3hLdtfZm7R96TvwHDbgQwJhGu6xnTyzGlfy7WI8iSiwM8PANDxnUL29dIDwUen5+hUOFO3fVGnI/1b3r+UfmKGFZJJtjScEFw6Xk1VnFHf4GHxikOxy/8QoU6/nZP26s0f6U4lyiiMpHBg+ZM5WARerC0xwvG8bjX6yS/6N5xTn/yti7kmtqb5VjOiNUW9txuSPZMrGPa5HHwgnB2eJV8LmT2S/sltMd0ooNzrgw/d/3LM1HcxES6V6wJDtpRFjHoxbW/vdg717p/ln7FarClEFUje0lJE96biUnMvdDCehVa94+M1MqDkVSG6HChS9RyA60HeMQO+mW9m3IqOviyeW2CEira9HiG6hH7kseykfhUIi896rNeSBXflvJccRYhjuxOvlGVOAzcRcNKve+LsNdNQz+BWZo68joyi5LUc8SIcW8RE9XysEMqle24ReF8ex7EPm08oCDmNQ7TJK9/2aZnuOiWkFW9OlyFbTyBz/I9woX+jHyH4sib/z4Ri8o=', 'GsqdtBM6zG8FOhmXzCVsiTwbpTX1im9sZxLBGsld/t/YxdO0DcDO6Xj2Ja+Pzmib4ITR82QII+yLiAgyDtYo+RxogawvPJ/P+Zjyq1uMi50tuC/YvxSWBHbq8kb9/S0bzgIKDgZWXN74U8mXKYU2UuqeoZn9bCi+fIbb2aaoCU0/0rrPqBmaw6/xaeoKM8hv4zUwLIQYe7bPpwyK16GgEy7afLEQ3P5ApmPQZd/kji56YVD0sLrSqE1Yrf8Tgrd+Dt8JV5X1RXVKFZpFS22JCtzlOh1V6BEL6Zpzb73XDgpYelHB8broCuu4Nl2RsaOBD8QlpDDEddJFtFM+ZYsEJNQp3I9i9AlSQshktd4HCME1WwfRjMpPBh1aftzowJWLaiJ5KHMrBGb8jvLZmxy5fSz63RE1CeDcEymZiSLg1M5lsGUBA9pA4Ky4UJHAxk8mpZuJKwM6xDAr6+FcLuXcGWIYCdC0M2g4Y4VOBHWIn+Clx2Kc93HQ1YIo71J7ah/joHkSH7TxeqGnlLcXpm4kEuOQmYiF3K/4HjaKr3k4FB9wBb7wRHmwmOskmNPF+VhiN6srzBAqnKYRGrgxKjH0ESidToZQnEqj4sFWuW7M+CzUrToSshyypV77RLG4N4kUXtz5Za4o+zDoA00Zc9hV+23rLAI8yReOFMTWL5DdvjcgsbefBjdRUi4FZcS1pswmvrqRzSax//l9f9Mula6Xx9ai5Q/P+nmVrxkF8OmS/3ZEFH2VO5UijZHY7AtcxEOAvz44Czhuv41KGEIy7AmX8aTSnpJ43vDqESanMr3tAFYiAIbaDI1b9vt+ewR5zuGLbTGWpTmohnNFViUjYDbpVmGCGCQRaMfV9D19ebquR692k3jLLwBZpt5h2Mw//y/Dg7Oci1WX52ZEKZF9mqCbZgHx6p0lvFD0N5716jzJcmdNly3px+1XyMG+uaaZvXa0f1fkAqkAko6BUhnq+MTcHoBh+BDoRwer2CRw8ZOcE2JihFVNnlEAN/dnG8UEfv+golckPg+rYy8ZjwIujm+AOp21/redyDgi/RmsjO/kkrSQzxem5erbdffj2/Rh1O3wc+xKa9yb+kpEARmbYFIYqvIhaYsIv8K/UIioG9zZ/L3bGWOCMPrivsYt27h6iVfK8mev0gLL4SSJ8Paug1b9GPyIJteZl3l1oK2+RTnRZlVZwYEvfyMA/0gj64m65G2Hq6Qh+27DYLRDAyotTlxhc63E0JAsz2RtFrYpkcg08eI2vJhNFaTvaHoVHJqH5ilsVgdKI3SMccS+oIH4CYI0wXYINHG4iYAjIENt8StFUXxcPwPzxAKfEDhU8jYoiSOnhOQmmc66wzCrFwWyCiOndH63GY2bVA0xwu67wIOPcKkh1OIRB8pGo1cBsCEv1qPexZ9n5vbqUGQC1cp3lfwKvnEm4NihAydnmGULCUUliXehftkMIRElxVrTqcVJuKZl7aZrcMAznxy6Coo/lDTzC+pPFeG0dnYhATya6rbiTq5jUd3WT+pb3ygJHjo5MkLtSQ9eswPY0wDGiE7fWneW7dbNzHIbAGmuasFuUivoOE6LCUl4TSgaaCmqHouhQzt2Cpz/qDo4Y+8wJ5xYOLWhCd9aU9LiHrEiyiKTtmL5ZobXMg==', 'pending', 1, 1796494975349, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796494945334, NULL);


--
-- Data for Name: mfa_challenges; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mfa_recovery_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mfa_recovery_codes VALUES ('01a24770-487a-7eb2-a538-b7b1b2bc54fb', '8MuKXYUAjpfeeVYA3e32rO74RNAJoWO9kYLYyXisspE', 1796494939283, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'Mi2eGRqTvfXP2Fv33muA0nFuoLfHm9P0Sb_5bfnxUgg', 1796494939283, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'B3bn6X0RWWlMmsbH0M3-tqiVv6PEtlqRSTVenhJYAQo', 1796494939283, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'yRd4BPlHIqSYWtS-mzIhBU7lgs90W7AgXiZ0D65CFIQ', 1796494939283, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24770-487a-7eb2-a538-b7b1b2bc54fb', 't32QqA0G9bb7eZwavN6FkjbrLpkKlx5i2NpAkycWpRs', 1796494939283, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'Nnuor-QUOXOUuW9WdOTS6oD5ElI5Y13LFsJjY3nBkYc', 1796494939283, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'wrWA0VnFS7or64SfPcSy24tuAWBFLtO-4DjkkDus430', 1796494939283, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'XlfNoz1d4Vi05Br4iVgHYv6tGVfPMav8D7X_FNS7phY', 1796494939283, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24770-487a-7eb2-a538-b7b1b2bc54fb', '7u2zIU1gS9eejDP8HZ1NIKq5bsms1uFydz8UqRuD7mA', 1796494939283, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'rpqckSGZar4EB4foITiGE_8ycVWcQgJcHc8FIIKWoPI', 1796494939283, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24771-66a9-7b60-96c5-88e5cbaf686e', 'GN1b_Rj-sWSwSEL9OSayYKqFa4kHxV4ejcR36kvFUoU', 1796494944406, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24771-66a9-7b60-96c5-88e5cbaf686e', '_cRd9dx6c0OWxfzEWkwH0aplTni8mSDr10g3W56r2YE', 1796494944406, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24771-66a9-7b60-96c5-88e5cbaf686e', 'Wl9xEfeZEE-MxbY5sUDR3K-7KAaEQ8VRsofWqKQ-lvc', 1796494944406, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24771-66a9-7b60-96c5-88e5cbaf686e', 'R94MZhEjE981IbBhNhZBpS74CfiHR0XkpizuP9SiVtI', 1796494944406, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24771-66a9-7b60-96c5-88e5cbaf686e', 'wi4RlFjfz0UXWaEYOYhQ4AkZUH6blmMyvDQAValnhpw', 1796494944406, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24771-66a9-7b60-96c5-88e5cbaf686e', 'HSkYq__gvKdDtyWxAqQrZ9AkigpaFTHHLv10oDzdIXE', 1796494944406, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24771-66a9-7b60-96c5-88e5cbaf686e', 'VQqOFu9Rl1UF63xF_Y-MTINpki-Q4ZMkD9MsmqFRdjg', 1796494944406, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24771-66a9-7b60-96c5-88e5cbaf686e', '1MjHBwtw-K0CRmVunbrnSv6gT6vyABSvkXi5OegDjz8', 1796494944406, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24771-66a9-7b60-96c5-88e5cbaf686e', 'sE7pur7yAo9X8PEXxG3irhVe91Ljeot5hGfreVmySHk', 1796494944406, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24771-66a9-7b60-96c5-88e5cbaf686e', 'UiKDDGHgQkXLOWDLfVpih2xepzxJ4ad5bafrbpixO3o', 1796494944406, NULL);


--
-- Data for Name: mfa_totp; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mfa_totp VALUES ('01a24771-66a9-7b60-96c5-88e5cbaf686e', 'JcO2ii1PyDBV7bOFipF4IL4WeFpfOnUKUqsxC5AvzAHCJJNXGf1TDUU0oD4Td9Sw', 1796494944400, 59883164, 1796494944153);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', 'lKat8dSn2_cQpH3rhjnKe2YjuzKPZEhxG46EAX35-4U', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796494911158, 1796494911158, NULL, '', false, '');
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796494918254, 1796494918254, NULL, '', false, '');
INSERT INTO public.oauth_clients VALUES ('gatehouse-console', 'Gatehouse admin console', 'public', NULL, 'none', 'http://localhost:8080/admin/callback', '', 'authorization_code', 'openid', NULL, NULL, true, NULL, NULL, 'RS256', 1796494934167, 1796494934167, NULL, '', false, '');


--
-- Data for Name: passkey_user_handles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkey_user_handles VALUES ('01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'qPITj-_zyWq7kwzRFATXZUVrWlN3DOq9w4Yf_rgahfQ');


--
-- Data for Name: passkeys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkeys VALUES ('01a24771-5484-7724-89db-a3c7b93a0a05', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'WsonQVvFJz9H2isRgdnq9HL8Tg4SaSR_71YK6hw0lFU', '\xa501020326200121582080fe3c956c2aa25789252d038b2c37e9c16612a5f5559f126ed3900341effaf02258205a6a780c8cc2e8043284a92509fb9fb883f55eedd88e253b4916d3876b05eba7', 1, false, false, true, 'internal', '00000000-0000-0000-0000-000000000000', 'Fixture laptop', 1796494939266, NULL);


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
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796494882194);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('mOpgaAOHMU6Ij0GZWuFSyA', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'gatehouse', NULL, 'bYv1IwFDXoxqu1E1RuHzeariXoAqFh4fInYgpmOSnUw', 1796494936392, 1796494936523, 4950094936392, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796494936392, '3-8_VST-GKRRbovqQ_U0PUJ07ET97u17wBZ6R8oEAYw', 1796494936523, 'Nt_VjnnlGQmFZAP-kas24lkzrfZCUJoKhAOmBy94o39wVqyQhHvH6VZ8a4mJz459UUJiGkPOyxv2HRkKIliX_0ACUMxTbik', 'pwd');
INSERT INTO public.sessions VALUES ('8KAaQt3eBcY5b94dQGZmeA', '01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'gatehouse', NULL, 'lBW0a6yC9-jtZpME5yWAR4PDz-RQKFmZR_oC3dTyNEY', 1796494938380, 1796494938380, 4950094938380, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796494938380, NULL, NULL, NULL, 'pwd');
INSERT INTO public.sessions VALUES ('Pj3Lygch1vausQLsl5bxew', '01a24771-66a9-7b60-96c5-88e5cbaf686e', 'gatehouse', NULL, 'pP83pP2XME3ErbglTGpu1TL0uAAa6VJMv7qkdfjrBKg', 1796494944128, 1796494944128, 4950094944128, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796494944128, NULL, NULL, NULL, 'pwd');
INSERT INTO public.sessions VALUES ('qpir0a8oZz71Lar2_gLpkA', '01a24771-69dc-702c-aa06-8b150986e28d', 'gatehouse', NULL, 'H6nUxAJkEXki3hWNfQSXn9OQLeMPDvZ17OpwlwdGnFM', 1796494944758, 1796494944758, 4950094944758, NULL, 'Python-urllib/3.11', '127.0.0.1', NULL, NULL, 1796494944758, NULL, NULL, NULL, NULL);


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('xXVAJTK36GtKMbXNbSMxGQ', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"xXVAJTK36GtKMbXNbSMxGQ","alg":"RS256","n":"pNlsfqAwMkCyVRVvnDW-QBJLAKYNmP6diIp0g3ZrXPoLcyHHGLjDAkAfeM_AkytuaBGOBOnVe-IwIt0l0BHYyw2GCyLyPNoENnlTaehly_chuxTQF3vKbIB7e8-vOTMnGF2nEQDpgHurvS5J3qGt0OKYdepqkSHzfaRSu5hKMPYoJh4eHtWcVlH3OSBNwakqHfbUEF49EhYop8ddAxD55PA6P9oExVlBYSl-XG190trwzCAeoCof7EXb2cHZkUhiX8pcP1PwR2urJSCMc7nRrkkBQ5GQw_9mc6ROvojZ2eOgLvgcGa1H6NS5f7eVwovNyUioXkhhSSnnABbd58WV4w"}', 'NhLKmSOAeP4n5oattP6/5w84rXeZPtKXAeYR+EscpO0fND9WPg9aq+OwfrTXc4El0hfBJG0ASu7YLKo6vxaTPW41b1LbrlBf6h5XxrC6UFRogsMGvv6BfvYvbtQ8XwZVGYLyeuDI19mn/YgnRCdpYq8jInz/fX7qObf9on19JnAUwJqVo1M98WRG9Yt0oz1Es099LOrzd7rpAri+97l5yQuX0b0nVVygSxO/oIcnigSnzQ8BgCKHox/cP/Oh3w7rl4AZ5ohV7tFitbrxZzmPbGoTvNu4XuejwZt6SyJjJMv/ucgKnDMW1XRn36Y7Onfv1+rh3AvBoWjh7QQe3D2czZ5ucJK1zS98+NDBqH9vl1biP7hnIe2PsfE0RwoCmpfhpcJTR7Ot1dXizn00tlSoS6aT9kUEbaRUMl9bvUAoa2Rby+DR5xKhggwB4cIVAzPSJAYai9lSw7J4iWQqJ3uLJEkutlnhSoxOe+bKSC5wl14L+XbS47WbT2Oy3nSD4olxQZMYTDhKHiU7MUPYFNBodAer+z6DlbTneHvWEJU4Fg7yyQ9Ae01JXXEzax5EHcY0AJs90k+ZEGyJnAIaJrjRhJ62KczRUnMCpveRqcEbHVChxiLdqHaLdYmmr7S9SdK2SOlV4NGuXohdnEKRDciUlRkeCoxpiNnzcC9wY6FYzikndr6h03Gx0c6npMjF6adpR6qSzEkLW3dzfUVyIUeSGq3h6USCdiUIqZbs9eQyCk4/yO9UddwJ8sgYDPrn2hqQaWTVJZQUpDHAhKPAu7w3e5rkIhGQcY0NJWGf4Z9Ej/WRqf8nZXu6r2tgHiGkql5MlPSLNb2c7P3ioKp+e44WSYMo8gjeSWUGgAOwj7su35+4ntKO+UAZR9cp3xP9s92a0BQ7/zhoSPaFH/ifMBSlZhb0OYRZkHF1SQMf+RfuwXQ4vvTyO2AePKTvSJmkv8crcMwI6fNVYjUGkpW51B+4zr8kno+SzZE4dN1MS5W19nD9cg7Iw+5SaOytBpgIuCFSNz3mOWQj33lSnA02Kr5ivpzL6fZgJ7cupi+BKNMdKpW82VCGSjEa/fppCvSL0UAzatGVLYPhjWtLc2DCHySslnEkUmzPN1RPzyqwlibkXDUj2T9sfwxtDGquzOWSyjjc2Hv5xizAWXulfv2WHIdP1A8t/XiOmdx4UvJd8M76+EwGCB+Qmhb/ufafxv1IRgMhtiwVCTLwFjjYyn02BD5H45CZwpLrfAr9wh5WqkfEu2/O5EaSXCjdfJt4Xu/i4rduY+RVpq/bi8qUbWqmAgd1MB/SzaKSSLH9BqzkHAJGjnWi76F99cPNfN98eEVli+F1jUF3EGJ82Nd9+hAPCMnVqll8WUc9Fa93tW3zul4vEfNYk0kfw5XepgAVd9p6xj+JuAPKtNsNBNmpebquJ8WG30LPLotIDX23Qnq6KiS3E99tlDABT5QJavyCY2A7Vu93t8E15MT1xO2HBeVqPJADnK8QofOuAJTMDV3mlF/tT4wc5Tdju5RswFZMdqoVODwrXkTR+kul4N7ifuPC24KNdvuGOKJfoK8trGqSxStagW9dQphfu1Z5WsG8KbGUiVxloDWBM3gvCs0ie2I5pWaO2sj5FqIzotBmDGiVY4hX1J0CGJ+jyBKziEshrQA=', 'active', 1796494911903, NULL);


--
-- Data for Name: upstream_logins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('3-8_VST-GKRRbovqQ_U0PUJ07ET97u17wBZ6R8oEAYw', 'mOpgaAOHMU6Ij0GZWuFSyA', 1796494936523);


--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_identities VALUES ('fixture-oidc', 'fixture-subject-erin', '01a24771-69dc-702c-aa06-8b150986e28d', 'erin@example.com', 1796494944740, 1796494944742);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24770-1d0c-7367-a4b2-401a30bdd800', 'user');
INSERT INTO public.user_roles VALUES ('01a24770-1d0c-7367-a4b2-401a30bdd800', 'admin');
INSERT INTO public.user_roles VALUES ('01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'user');
INSERT INTO public.user_roles VALUES ('01a24770-a225-78b7-b307-f3f2579e1fd7', 'user');
INSERT INTO public.user_roles VALUES ('01a24770-a225-78b7-b307-f3f2579e1fd7', 'auditor');
INSERT INTO public.user_roles VALUES ('01a24771-66a9-7b60-96c5-88e5cbaf686e', 'user');
INSERT INTO public.user_roles VALUES ('01a24771-69dc-702c-aa06-8b150986e28d', 'user');
INSERT INTO public.user_roles VALUES ('01a24771-6bab-7cd6-9f11-0caa6fcbd8a8', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24770-1d0c-7367-a4b2-401a30bdd800', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$0cABKjggHnWZB/c2eWCTvw$JaEauHL0tCELW0N9S7be5esl2vaxxVbiF4U/AsF3SbA', false, 1796494859532, 1796494859532, NULL);
INSERT INTO public.users VALUES ('01a24770-a225-78b7-b307-f3f2579e1fd7', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$f3b4GAeFLnTqt7vm229DXw$ZxKnVld0I+eirJ8b39oP/SGl9YlfAXUwMZcV3yVRmwU', false, 1796494893604, 1796494893604, NULL);
INSERT INTO public.users VALUES ('01a24770-487a-7eb2-a538-b7b1b2bc54fb', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$3YC8JBux9wWeo4PcHc4ELA$0V3R7T8KBHf8wX8pJ2kw/9uQrELcoQtqxbxpO5XH7uE', false, 1796494870650, 1796494870650, 'en');
INSERT INTO public.users VALUES ('01a24771-66a9-7b60-96c5-88e5cbaf686e', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$duDPUlGei5z6NxFtBdADMA$31qRTcEQG4/gHtpsomegj+hUwQ1NAkZfhCdZLQt2mjg', false, 1796494943913, 1796494943913, NULL);
INSERT INTO public.users VALUES ('01a24771-69dc-702c-aa06-8b150986e28d', 'erin', 'erin', 'erin', 'erin@example.com', 'erin@example.com', false, NULL, NULL, false, 1796494944732, 1796494944732, NULL);
INSERT INTO public.users VALUES ('01a24771-6bab-7cd6-9f11-0caa6fcbd8a8', 'frank', 'frank', 'frank', 'frank@example.com', 'frank@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$UnmuUEwHtn0F745qP1e8/w$cRje/uBflYANeAZAKkJoOsVD2cq3IG741PtcjL3hv1E', false, 1796494945195, 1796494945195, NULL);


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
-- Name: audit_events_actor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_actor ON public.audit_events USING btree (actor, created_at);


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


