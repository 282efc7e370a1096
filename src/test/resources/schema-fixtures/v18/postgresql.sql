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



--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24663-e11b-7da4-ae84-57004256b6ee', 'user_create', 'success', '01a24663-e0d1-70fa-9089-2a9543451f63', 'cli', NULL, NULL, 'roles=[user, admin]', 1796477280539);
INSERT INTO public.audit_events VALUES ('01a24663-ffa5-75db-af1c-b917e2ecfb03', 'user_create', 'success', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'cli', NULL, NULL, 'roles=[user]', 1796477288360);
INSERT INTO public.audit_events VALUES ('01a24664-10ad-738c-af13-9e41b9dada79', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796477292717);
INSERT INTO public.audit_events VALUES ('01a24664-213b-7bf8-965d-f30b9a71dfdc', 'user_create', 'success', '01a24664-2127-7e2e-bd8d-99c334f898bc', 'cli', NULL, NULL, 'roles=[user]', 1796477296955);
INSERT INTO public.audit_events VALUES ('01a24664-324e-7a10-b073-d54e7ca47193', 'admin_user_roles', 'success', '01a24664-2127-7e2e-bd8d-99c334f898bc', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796477301326);
INSERT INTO public.audit_events VALUES ('01a24664-49b4-7792-b8e6-140ec2d73ef6', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796477307316);
INSERT INTO public.audit_events VALUES ('01a24664-59d6-76b3-8a76-a9c96d7e871c', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796477311446);
INSERT INTO public.audit_events VALUES ('01a24664-6a7d-7d38-8158-d200868117c7', 'identity_provider_create', 'success', NULL, 'cli', 'github', NULL, 'type=github', 1796477315709);
INSERT INTO public.audit_events VALUES ('01a24664-7631-7ee3-ac2c-8d5ca4e72840', 'client_create', 'success', NULL, 'system', 'gatehouse-console', NULL, 'type=public', 1796477318705);
INSERT INTO public.audit_events VALUES ('01a24664-7d4f-78bb-8906-847dc9502004', 'login', 'success', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', NULL, '127.0.0.1', 'session=UC9x5M3mNmwRXORznBfNSQ', 1796477320527);
INSERT INTO public.audit_events VALUES ('01a24664-8055-7889-bef6-f3ba9094a9b3', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796477321301);
INSERT INTO public.audit_events VALUES ('01a24664-84a4-75df-8fae-32aa2566ac6e', 'login', 'success', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', NULL, '127.0.0.1', 'login_session=01a24664-8498-7bb3-9b3f-42c18b5b46b2', 1796477322404);
INSERT INTO public.audit_events VALUES ('01a24664-84ed-7079-92a4-2cfe345b0b3d', 'consent_grant', 'success', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', NULL, NULL, 'client=fixture-app scope=openid', 1796477322477);
INSERT INTO public.audit_events VALUES ('01a24664-84f9-7a01-85e1-922ddc7ad771', 'authorize', 'success', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'fixture-app', NULL, 'scope=openid', 1796477322489);
INSERT INTO public.audit_events VALUES ('01a24664-855f-7f16-b8eb-369f75ab4f23', 'login', 'success', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', NULL, '127.0.0.1', 'session=Jlx2xjqu_5FesDth0Xfueg', 1796477322591);
INSERT INTO public.audit_events VALUES ('01a24664-8baa-7434-88e6-b35f31eb9321', 'passkey_registered', 'success', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', NULL, '127.0.0.1', 'passkey=01a24664-8b9d-797e-bbd3-eb21d084fb0c', 1796477324202);
INSERT INTO public.audit_events VALUES ('01a24664-9879-7238-9f0d-41fe14559529', 'user_create', 'success', '01a24664-984e-7c25-9298-524b6fd65640', 'cli', NULL, NULL, 'roles=[user]', 1796477327481);
INSERT INTO public.audit_events VALUES ('01a24664-9aa5-700b-89e6-d57b5d3142e8', 'login', 'success', '01a24664-984e-7c25-9298-524b6fd65640', '01a24664-984e-7c25-9298-524b6fd65640', NULL, '127.0.0.1', 'session=hZn4iPLaSiOveG-fnciEZQ', 1796477328037);
INSERT INTO public.audit_events VALUES ('01a24664-9d1c-7c11-9425-13d2c422f750', 'mfa_enrolled', 'success', '01a24664-984e-7c25-9298-524b6fd65640', '01a24664-984e-7c25-9298-524b6fd65640', NULL, '127.0.0.1', 'method=totp', 1796477328668);


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes VALUES ('jtpffEkjQx_FuYRtD4xlvvmBNVhvbeTmHUq-rsAQcms', 'fixture-app', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'http://127.0.0.1:9/callback', 'openid', NULL, 'yP0eizl00infb2182BWwXlPbvW0HlxcygCC4aDHBpJ0', 1796477322392, 'pwd', '01a24664-8498-7bb3-9b3f-42c18b5b46b2', 1796477322477, 1796477382477, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: authorization_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents VALUES ('01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'fixture-app', 'openid', 1796477322471);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 13:27:47.076835', 432, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 13:27:47.932202', 90, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 13:27:48.152201', 147, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 13:27:48.424503', 66, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 13:27:48.613116', 121, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'authorization', 'SQL', 'V6__authorization.sql', -1011304854, 'gatehouse_fixture', '2026-12-05 13:27:48.796949', 96, true);
INSERT INTO public.flyway_schema_history VALUES (7, '7', 'signing key per alg', 'SQL', 'V7__signing_key_per_alg.sql', -559768327, 'gatehouse_fixture', '2026-12-05 13:27:48.97299', 22, true);
INSERT INTO public.flyway_schema_history VALUES (8, '8', 'access token alg per client', 'SQL', 'V8__access_token_alg_per_client.sql', 1781282387, 'gatehouse_fixture', '2026-12-05 13:27:49.064718', 17, true);
INSERT INTO public.flyway_schema_history VALUES (9, '9', 'audience', 'SQL', 'V9__audience.sql', -1153306411, 'gatehouse_fixture', '2026-12-05 13:27:49.109285', 37, true);
INSERT INTO public.flyway_schema_history VALUES (10, '10', 'session sign in time', 'SQL', 'V10__session_sign_in_time.sql', -912300823, 'gatehouse_fixture', '2026-12-05 13:27:49.17101', 34, true);
INSERT INTO public.flyway_schema_history VALUES (11, '11', 'refresh reuse and code replay', 'SQL', 'V11__refresh_reuse_and_code_replay.sql', -215074945, 'gatehouse_fixture', '2026-12-05 13:27:49.26723', 47, true);
INSERT INTO public.flyway_schema_history VALUES (12, '12', 'identity providers', 'SQL', 'V12__identity_providers.sql', -1896468425, 'gatehouse_fixture', '2026-12-05 13:27:49.372972', 72, true);
INSERT INTO public.flyway_schema_history VALUES (13, '13', 'upstream logins', 'SQL', 'V13__upstream_logins.sql', 1660750165, 'gatehouse_fixture', '2026-12-05 13:27:49.493199', 83, true);
INSERT INTO public.flyway_schema_history VALUES (14, '14', 'second factors', 'SQL', 'V14__second_factors.sql', 619030395, 'gatehouse_fixture', '2026-12-05 13:27:49.628682', 68, true);
INSERT INTO public.flyway_schema_history VALUES (15, '15', 'passkeys', 'SQL', 'V15__passkeys.sql', 583383757, 'gatehouse_fixture', '2026-12-05 13:27:49.768224', 128, true);
INSERT INTO public.flyway_schema_history VALUES (16, '16', 'second factor policies', 'SQL', 'V16__second_factor_policies.sql', -1800569576, 'gatehouse_fixture', '2026-12-05 13:27:49.938516', 18, true);
INSERT INTO public.flyway_schema_history VALUES (17, '17', 'client web origins', 'SQL', 'V17__client_web_origins.sql', 2060652799, 'gatehouse_fixture', '2026-12-05 13:27:50.022344', 8, true);
INSERT INTO public.flyway_schema_history VALUES (18, '18', 'user locale', 'SQL', 'V18__user_locale.sql', 1984529484, 'gatehouse_fixture', '2026-12-05 13:27:50.060905', 12, true);


--
-- Data for Name: identity_providers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.identity_providers VALUES ('github', 'github', 'GitHub', true, true, false, 'confirm', NULL, 'fixture-upstream', 'J1dI1BiieqpbxOt+CYIwdrUJCr3vt5g6l+FMWIKCaNsyCxDl1MhoTN8jNORpfFkAbGRY', 'read:user user:email', '', NULL, NULL, NULL, '{}', 1796477315632, 1796477315632);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);
INSERT INTO public.job_leases VALUES ('key_rotation', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a24664-8498-7bb3-9b3f-42c18b5b46b2', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', '12SWb8lmQyf7TzzYQhkPngl83cUjrqW1hN3waFa5J1s', 'WgNwTdUPSKDtZMNsuzuwii1bDQUg2s9zctiiqPIwuxY', 1796477322392, 'pwd', 1796477322392, 1796520522392, 1796477322392, NULL, '127.0.0.1', 'Python-urllib/3.11', NULL);


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

INSERT INTO public.mfa_recovery_codes VALUES ('01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'HIW7vaclYvZEzcYe2HY0tD594LLsy61AyDte1nLm5yw', 1796477324224, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24663-ff6d-7ed0-87e2-78c0622f7b08', '2TvcrmGjH65rig1cHd0ZOdeuKAE0u61r6ZM1buVM5rg', 1796477324224, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'lse90g_MkSNU98C3TwC3LFRZAeknzCmgot6wMklOvA4', 1796477324224, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'QmcKHl-hpVncNztq12GgGxHpXL4HPGKRRZ1ofwhIBQA', 1796477324224, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'e4DAfaMtklN3I9KcnteK8kLlOkcY3okxrYKIx18kfzM', 1796477324224, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24663-ff6d-7ed0-87e2-78c0622f7b08', '641sNbSjzPL_bGqpZwcpKnBgqpb8joW3RbjrS4rIvvg', 1796477324224, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'R8MpyR-XgSpIwX9BxeBli8wuQRas8V6WwTiY1lXS2Pk', 1796477324224, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24663-ff6d-7ed0-87e2-78c0622f7b08', '-hO2bAX7WHH9s91i2I_hIDy4QGAn_yVCvKrM2wFtvh4', 1796477324224, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'epmR7-AeDAULMNfqI_O3l54G1lHVTSlPHnn71KGwf1w', 1796477324224, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'St7uiTA5SJ2Qzb-UK9DbL4awO-2NsJKzZTpmvwn9ewI', 1796477324224, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24664-984e-7c25-9298-524b6fd65640', 'tjyIRL87SB5zNawJwC1e1zncxIdgROUj1r7cJUNDWtc', 1796477328669, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24664-984e-7c25-9298-524b6fd65640', 'UV_98W44Jvdm046unfNGoDzBFi4Hl1LLFqwOR5ZwjTA', 1796477328669, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24664-984e-7c25-9298-524b6fd65640', 'sYHAkY3s9ChURUl-XuXyDFTTaVLA5iq3Duz-qrJGZ8c', 1796477328669, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24664-984e-7c25-9298-524b6fd65640', 'CMkqnpNxzTqqdb5dsmKV9jX0elfF0GlOgC5_P_bGEdY', 1796477328669, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24664-984e-7c25-9298-524b6fd65640', 'E762wzlQw6TwI5Hz-GbbwvSOyKy-BHCjBUUiZzdBhSA', 1796477328669, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24664-984e-7c25-9298-524b6fd65640', '_b05L1wSgOKQLkaVM2bzroLDXb1sSoynpIp49PNtX1Q', 1796477328669, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24664-984e-7c25-9298-524b6fd65640', 'agbB9dJ097GmBRkobRDWImgEh9BQU0fOX6etHdjMaAQ', 1796477328669, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24664-984e-7c25-9298-524b6fd65640', '6V46ILMb-Yo3d16hCmvG0MnRPX3vTX3Jqo2K5W1N55c', 1796477328669, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24664-984e-7c25-9298-524b6fd65640', 'xqKBZggT2Mj-Q6QeO6HEjSPb3ljE7s_NHXPF-caySzQ', 1796477328669, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24664-984e-7c25-9298-524b6fd65640', 'lMLxDvX4_QNAVfs96ynSBEsK_yFkGSOYcgQeQ1amwLo', 1796477328669, NULL);


--
-- Data for Name: mfa_totp; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mfa_totp VALUES ('01a24664-984e-7c25-9298-524b6fd65640', 'gFPKz20wfNvAg82RU5lDINP0XTty3cSCVqBwvhsqHgxu3JW2JOl5J+irmhpWBxe2', 1796477328652, 59882577, 1796477328092);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', 'U0RW3shSM3U-zeuxybQiUDhDuxUr0C1X1U4vcoV1eP4', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796477305959, 1796477305959, NULL, '', false, '');
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796477311231, 1796477311231, NULL, '', false, '');
INSERT INTO public.oauth_clients VALUES ('gatehouse-console', 'Gatehouse admin console', 'public', NULL, 'none', 'http://localhost:8080/admin/callback', '', 'authorization_code', 'openid', NULL, NULL, true, NULL, NULL, 'RS256', 1796477318682, 1796477318682, NULL, '', false, '');


--
-- Data for Name: passkey_user_handles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkey_user_handles VALUES ('01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'bMT19GJEe0UcUM8XCE8-zZw0MdWOkVN1T0qvFQJE1WY');


--
-- Data for Name: passkeys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkeys VALUES ('01a24664-8b9d-797e-bbd3-eb21d084fb0c', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'g5heyjAwmQt5ewtCHZBgD5n03jQp24xsLPigILM-v4s', '\xa501020326200121582019213e93143f6a3a8c27a58170636d83d7963b2f823eae5a4a89d3d8fc9a1ed722582033110cf8560561c334a59c57581ad8ac6efdff554346d0189c4643889498c91b', 1, false, false, true, 'internal', '00000000-0000-0000-0000-000000000000', 'Fixture laptop', 1796477324189, NULL);


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
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796477292599);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('UC9x5M3mNmwRXORznBfNSQ', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'gatehouse', NULL, 'B7_URSQ6G4mTD82Lo6oTwPDTBrI-LQOkFjWczGSpsd0', 1796477320520, 1796477320835, 4950077320520, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796477320520, '4ndDQKxAg0gRn5Q4T1SnzyXqFALUZ-41HEfOKAm_kW4', 1796477320835, 't0R2gBzttnueLTCsbYKrm6BcMq93c-IQ3-ZU-GnlQAo5hP3jbk54dyRRVQw3YQZywvQiOhehe4jUrxU4J07cieFRk68n8NI', 'pwd');
INSERT INTO public.sessions VALUES ('Jlx2xjqu_5FesDth0Xfueg', '01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'gatehouse', NULL, 'CSbz-NKglq39lD6Dzuqb5oyj0LgtAKRcK4gxlHHvR-c', 1796477322584, 1796477322584, 4950077322584, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796477322584, NULL, NULL, NULL, 'pwd');
INSERT INTO public.sessions VALUES ('hZn4iPLaSiOveG-fnciEZQ', '01a24664-984e-7c25-9298-524b6fd65640', 'gatehouse', NULL, 'is1gzHSRn-mZZ050CHtoAyNMnz8v_wyRaKw8jYKXooM', 1796477328028, 1796477328028, 4950077328028, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796477328028, NULL, NULL, NULL, 'pwd');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('6Z2p_fmbrYEbcV1spHjhDg', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"6Z2p_fmbrYEbcV1spHjhDg","alg":"RS256","n":"vMrIXOMKQAW3f1v7nB2tOV4MPuYw317UbtALjT6f1-esFOCsp_1l8Ahq4sMhFZZhA5vaHjIqPmO6Ejt4FUSJ_xPKhU6u8LZlH8hgoTZeDctRSAEuSmdI_vJkSwitgFSN91pX8k7uUpH1OR9ko_dKI5dfxlLAzD0VNpx9TbzuYTPrBH9ZIBN84U11wLweKpp22oF-Y-xrwt_OP36_sdIqTG6SMpM-nOG7DBD4T981M1yiqVJAuK3mh1CzITgf5LVem1rZopch6MgU02w9Rx3E8tTdOFzjj7V_kzoy7d-T_81QKmifX67XBqPcsUDdNgo0CTr63jYhqnGHLiL3v1Hluw"}', 'vaOID/gwGF0vfERNJt3PtuKwTHH0VjMRW0RgdtVAS/tQIwav2RWudH28wyG5JXZCgJJ4/13nSen/0pOGbEhUHbkNhO1Sef0CAirwemw8Nu58mCRyjHze16bAnfm0GE4aeDjPDUmMFcm2bzzMkRurYmK0/CBZ4A1YvzQ0w32EscI2U55GaVgHcxbC1tJ+9rfgGzbhuznJ3QwZg82bn/VlYSYTlcDEvyoayGS92Hd3ZzJy8SKWOdRhi8pKr13iv1vaXC2KU/XoYXa29V06xF4As+h8MlXORxkYrcDkVh+2enL6stqW/WockN70qHn8uSJUlp/T4rCUomsoMWU3w1C/GynvLyfBrjs2orFUR+vhdtxBRVb0iwppb33luHgMGF3TPkfuusnWqh4TIv7miS5IIY2PUzF5nvYh1dlRGDthtgwDphTeGeLH531S1x8sfA8hV6A/6F5zXmwl95GlLOkXn9eCYXQQbc6mlu8qtYnQoBcFNi1eH3gbk/F2i/DSAH88BkZXrGiAkikqnITe9khse9hKrgkJdsmZxdca2EEBdSzGkn2dnWE6ZO6cYtPR3KuyoYjK0qv7uIEu63gKRRA22q5+RcixnQJIW+XLO7nB7tuijC0MWDPCkZVzynHNQXWz4xSv1XMuDBFxPwE74IdqMQOCCsjntUmjpVjauieecboQRnOw4PSZJUUz10vlV80Rkm++dHX1e692YLGkPsHHzhKoT0yPmAt9v4tTLdRxxC4W2xc9n90Ed7dJBel+XcMmL2JFc0ZzDJbdSTyUasxgxfdXXuU/FFx8cy9gmafnJx4Ukr5J4xpal6DuxOwotuFfm3ZrlTPjHPs8w806nnXJtxExWPa4PKeqhYKQ0tixj6toPrSHROpmNpJycnLYlGIH/lWP9y0AetEOdhklxnIbPWg3GSij873h9oRHN2UaA94gZ2pmpHNmM14WC+FxN50gyNzadIc9EY4Cg/8A5NT890zAYKXD1jeMKemgsrZjTcGEQHiozqxdPgaSz8k3CWCGYjlPWlBP4csmQkaU6zWrKmbDc5fnCJHIwwlI2vhEYYfdaZUdQhzh9L2u23DxG05iQEWnq5lMWgSJ9M2jLF7H3CFnLowquCjJmiK7OR/b2GG8L6HU7befvS/sWCRRX7igpU3XaJ3Boe7xi1l0xu18TiGqbdah03mrpY8bI8I7fz7c+nB0/jeUwOITq26XNqEDwWn7TO5wsfkCGUtKOcmd+6mNg+Yz8+oKi86x+0uJdkz+nSIGvH8gmm6SoFjNdTdYwKiy4RbfCCiMjf+5axD6IQqVE9g9e4phrCHyaFeDJSPmyAs1NMozAQeto5yvCvvYSShV/e4uLmTi6EgcbR0rtcxXP73igRmKYJfMxLvV0AbyVMpyl+r9lB6z1p8d5kApwAcpXMzM+8JoS0KWq2cXHQiosNLYmLP9HuZJHjqPCX9if0HnNuiZnxJ6n3mUmpTpPnzay7CkKAQvhRNztH7vGXGGbuJ0njK9D6/14wEGxShvsLK2/g8OTmxtF/3PN7pTD7Z1Gk6E95R/7NA5gs8LIX6m7oE0LkVRR912GewEivSk9/3nnRMpiDa2fsttNCJXXMx2h7R9fb4S5Qq5msrHRu+r9FffvIqXdpeCFjq8zdwrO2firurlDfdka0sNXA==', 'active', 1796477306666, NULL);


--
-- Data for Name: upstream_logins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('4ndDQKxAg0gRn5Q4T1SnzyXqFALUZ-41HEfOKAm_kW4', 'UC9x5M3mNmwRXORznBfNSQ', 1796477320835);


--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24663-e0d1-70fa-9089-2a9543451f63', 'user');
INSERT INTO public.user_roles VALUES ('01a24663-e0d1-70fa-9089-2a9543451f63', 'admin');
INSERT INTO public.user_roles VALUES ('01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'user');
INSERT INTO public.user_roles VALUES ('01a24664-2127-7e2e-bd8d-99c334f898bc', 'user');
INSERT INTO public.user_roles VALUES ('01a24664-2127-7e2e-bd8d-99c334f898bc', 'auditor');
INSERT INTO public.user_roles VALUES ('01a24664-984e-7c25-9298-524b6fd65640', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24663-e0d1-70fa-9089-2a9543451f63', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$lcUHmAD58mCbAf88j/FnDg$j382IvrtCwpBFTfJH4xkqIOpXCDFNgHs2J6dkjjuuAo', false, 1796477280465, 1796477280465, NULL);
INSERT INTO public.users VALUES ('01a24664-2127-7e2e-bd8d-99c334f898bc', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$N8TlsKtbZXSZIEEvfFpsYw$VHjuO5Lx3wxOh1rynu0ehZ+1dj8kHIPAU+xOKtjGqCs', false, 1796477296934, 1796477296934, NULL);
INSERT INTO public.users VALUES ('01a24663-ff6d-7ed0-87e2-78c0622f7b08', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$3U3+KIj66w6Qjhu2RvrdBg$ULHhaWb2+0UjKiVFszPN+ACZNUjH6QPz59EOvIQEGFE', false, 1796477288300, 1796477288300, 'en');
INSERT INTO public.users VALUES ('01a24664-984e-7c25-9298-524b6fd65640', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$MBJK7N2hWbW97AmKBITI2w$TjwXGzNGWT5vsIYk1H0NSVT9BrAZLRrsCL0laTBPmXA', false, 1796477327437, 1796477327437, NULL);


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


