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

INSERT INTO public.account_tokens VALUES ('4ZZjSgcSbl_t_GW2hRLaYkf5Ex2Zf2JHbuYHVncpIrc', '01a24782-37c1-77cb-8147-59a17b60a49f', 'email_verify', 'frank@example.com', 1796496046027, 4950096046027, NULL);
INSERT INTO public.account_tokens VALUES ('WKIcQbbEPfe96dry3KvigUNdsOD-eompmoEQq8ZMUck', '01a24782-37c1-77cb-8147-59a17b60a49f', 'password_reset', NULL, 1796496046179, 4950096046179, NULL);


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24781-7454-7a75-a50c-da9eb267be74', 'user_create', 'success', '01a24781-73f9-70dc-8798-ff877662a0b4', 'cli', NULL, NULL, 'roles=[user, admin]', 1796495995988);
INSERT INTO public.audit_events VALUES ('01a24781-8911-704d-82bf-255a42341d57', 'user_create', 'success', '01a24781-88c8-7634-8e7d-68360e324073', 'cli', NULL, NULL, 'roles=[user]', 1796496001297);
INSERT INTO public.audit_events VALUES ('01a24781-96ad-7a29-a568-4d2ef55a5213', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796496004781);
INSERT INTO public.audit_events VALUES ('01a24781-a1b7-794a-8530-db822fae8851', 'user_create', 'success', '01a24781-a140-74ea-a039-23615da7d89f', 'cli', NULL, NULL, 'roles=[user]', 1796496007607);
INSERT INTO public.audit_events VALUES ('01a24781-b067-7a57-a6fe-45f12d93c758', 'admin_user_roles', 'success', '01a24781-a140-74ea-a039-23615da7d89f', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796496011367);
INSERT INTO public.audit_events VALUES ('01a24781-c2bc-7c6b-a2d5-9b5da3f55c48', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796496016060);
INSERT INTO public.audit_events VALUES ('01a24781-d111-71e0-a760-20ae60dde4cc', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796496019729);
INSERT INTO public.audit_events VALUES ('01a24781-e72b-71e3-bebe-240fa5d3ab7f', 'identity_provider_create', 'success', NULL, 'cli', 'github', NULL, 'type=github', 1796496025387);
INSERT INTO public.audit_events VALUES ('01a24781-fdcf-75ed-875a-4028d584e26a', 'identity_provider_create', 'success', NULL, 'cli', 'fixture-oidc', NULL, 'type=oidc', 1796496031183);
INSERT INTO public.audit_events VALUES ('01a24782-18c6-7be9-a7f9-a3e09ef30f5d', 'login', 'success', '01a24781-88c8-7634-8e7d-68360e324073', '01a24781-88c8-7634-8e7d-68360e324073', NULL, '127.0.0.1', 'session=-yiYHAt7zAoaPB4f_eOSmw', 1796496038086);
INSERT INTO public.audit_events VALUES ('01a24782-1a54-7082-9103-f5585e30f0b4', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796496038484);
INSERT INTO public.audit_events VALUES ('01a24782-1dab-78d6-951c-26351aaddc8c', 'login', 'success', '01a24781-88c8-7634-8e7d-68360e324073', '01a24781-88c8-7634-8e7d-68360e324073', NULL, '127.0.0.1', 'login_session=01a24782-1d94-79fb-9379-67a3ce271f1d', 1796496039339);
INSERT INTO public.audit_events VALUES ('01a24782-1e1c-7189-b9f1-6290745cfe4e', 'consent_grant', 'success', '01a24781-88c8-7634-8e7d-68360e324073', '01a24781-88c8-7634-8e7d-68360e324073', NULL, NULL, 'client=fixture-app scope=openid', 1796496039453);
INSERT INTO public.audit_events VALUES ('01a24782-1e26-73cd-8808-902a59159789', 'authorize', 'success', '01a24781-88c8-7634-8e7d-68360e324073', '01a24781-88c8-7634-8e7d-68360e324073', 'fixture-app', NULL, 'scope=openid', 1796496039462);
INSERT INTO public.audit_events VALUES ('01a24782-1ef6-796c-afa4-b74ff15623a6', 'login', 'success', '01a24781-88c8-7634-8e7d-68360e324073', '01a24781-88c8-7634-8e7d-68360e324073', NULL, '127.0.0.1', 'session=UXHhxwvgC42TNqD6AW5D2Q', 1796496039670);
INSERT INTO public.audit_events VALUES ('01a24782-225d-78b6-8c39-66f78b83a266', 'passkey_registered', 'success', '01a24781-88c8-7634-8e7d-68360e324073', '01a24781-88c8-7634-8e7d-68360e324073', NULL, '127.0.0.1', 'passkey=01a24782-224d-7cc3-aa8c-412a6a6dcaaa', 1796496040541);
INSERT INTO public.audit_events VALUES ('01a24782-2fb3-745e-8cf3-74d4a363ccb7', 'user_create', 'success', '01a24782-2f5c-72fb-9d05-80b0bc7a77fb', 'cli', NULL, NULL, 'roles=[user]', 1796496043955);
INSERT INTO public.audit_events VALUES ('01a24782-3130-7191-8646-5464dba7bb9d', 'login', 'success', '01a24782-2f5c-72fb-9d05-80b0bc7a77fb', '01a24782-2f5c-72fb-9d05-80b0bc7a77fb', NULL, '127.0.0.1', 'session=Btv8dGPjkeCBVGy-gt_iOg', 1796496044336);
INSERT INTO public.audit_events VALUES ('01a24782-3288-7e82-8e13-a9f4462894bd', 'mfa_enrolled', 'success', '01a24782-2f5c-72fb-9d05-80b0bc7a77fb', '01a24782-2f5c-72fb-9d05-80b0bc7a77fb', NULL, '127.0.0.1', 'method=totp', 1796496044680);
INSERT INTO public.audit_events VALUES ('01a24782-353b-794f-8b8a-cb22685d7d91', 'upstream_login', 'success', '01a24782-3524-7d0c-b669-245c6ddeb4ca', '01a24782-3524-7d0c-b669-245c6ddeb4ca', 'fixture-oidc', '127.0.0.1', 'provider=fixture-oidc subject=fixture-subject-erin how=created native outcome=created', 1796496045371);
INSERT INTO public.audit_events VALUES ('01a24782-3550-7c9f-b921-5a6c5fe4efd2', 'login', 'success', '01a24782-3524-7d0c-b669-245c6ddeb4ca', '01a24782-3524-7d0c-b669-245c6ddeb4ca', NULL, '127.0.0.1', 'provider=fixture-oidc session=mG5LRjOK506HKWFoH3gcfg', 1796496045392);
INSERT INTO public.audit_events VALUES ('01a24782-37cb-781b-a138-5e0979450e9e', 'signup', 'success', '01a24782-37c1-77cb-8147-59a17b60a49f', '01a24782-37c1-77cb-8147-59a17b60a49f', NULL, '127.0.0.1', NULL, 1796496046027);
INSERT INTO public.audit_events VALUES ('01a24782-3874-7ee4-8ef1-fd630b4ef2a8', 'password_forgot', 'success', '01a24782-37c1-77cb-8147-59a17b60a49f', NULL, 'frank@example.com', '127.0.0.1', NULL, 1796496046196);


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes VALUES ('g7zSKXuIbxIKCaxhcLttOPbeCJdL8R91EYEV2wHwY1g', 'fixture-app', '01a24781-88c8-7634-8e7d-68360e324073', 'http://127.0.0.1:9/callback', 'openid', NULL, '-snZjPytSqxNKVZkcfr6dywZYPa5bfJ8rJqJckN3kS0', 1796496039316, 'pwd', '01a24782-1d94-79fb-9379-67a3ce271f1d', 1796496039454, 1796496099454, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: authorization_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents VALUES ('01a24781-88c8-7634-8e7d-68360e324073', 'fixture-app', 'openid', 1796496039431);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 18:39:50.008588', 371, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 18:39:50.531684', 233, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 18:39:50.853058', 228, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 18:39:51.1074', 59, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 18:39:51.191493', 176, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'authorization', 'SQL', 'V6__authorization.sql', -1011304854, 'gatehouse_fixture', '2026-12-05 18:39:51.39621', 23, true);
INSERT INTO public.flyway_schema_history VALUES (7, '7', 'signing key per alg', 'SQL', 'V7__signing_key_per_alg.sql', -559768327, 'gatehouse_fixture', '2026-12-05 18:39:51.428927', 10, true);
INSERT INTO public.flyway_schema_history VALUES (8, '8', 'access token alg per client', 'SQL', 'V8__access_token_alg_per_client.sql', 1781282387, 'gatehouse_fixture', '2026-12-05 18:39:51.457471', 17, true);
INSERT INTO public.flyway_schema_history VALUES (9, '9', 'audience', 'SQL', 'V9__audience.sql', -1153306411, 'gatehouse_fixture', '2026-12-05 18:39:51.496397', 8, true);
INSERT INTO public.flyway_schema_history VALUES (10, '10', 'session sign in time', 'SQL', 'V10__session_sign_in_time.sql', -912300823, 'gatehouse_fixture', '2026-12-05 18:39:51.530209', 10, true);
INSERT INTO public.flyway_schema_history VALUES (11, '11', 'refresh reuse and code replay', 'SQL', 'V11__refresh_reuse_and_code_replay.sql', -215074945, 'gatehouse_fixture', '2026-12-05 18:39:51.544442', 24, true);
INSERT INTO public.flyway_schema_history VALUES (12, '12', 'identity providers', 'SQL', 'V12__identity_providers.sql', -1896468425, 'gatehouse_fixture', '2026-12-05 18:39:51.59755', 30, true);
INSERT INTO public.flyway_schema_history VALUES (13, '13', 'upstream logins', 'SQL', 'V13__upstream_logins.sql', 1660750165, 'gatehouse_fixture', '2026-12-05 18:39:51.648038', 55, true);
INSERT INTO public.flyway_schema_history VALUES (14, '14', 'second factors', 'SQL', 'V14__second_factors.sql', 619030395, 'gatehouse_fixture', '2026-12-05 18:39:51.723551', 58, true);
INSERT INTO public.flyway_schema_history VALUES (15, '15', 'passkeys', 'SQL', 'V15__passkeys.sql', 583383757, 'gatehouse_fixture', '2026-12-05 18:39:51.796396', 68, true);
INSERT INTO public.flyway_schema_history VALUES (16, '16', 'second factor policies', 'SQL', 'V16__second_factor_policies.sql', -1800569576, 'gatehouse_fixture', '2026-12-05 18:39:51.885044', 18, true);
INSERT INTO public.flyway_schema_history VALUES (17, '17', 'client web origins', 'SQL', 'V17__client_web_origins.sql', 2060652799, 'gatehouse_fixture', '2026-12-05 18:39:51.938728', 11, true);


--
-- Data for Name: identity_providers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.identity_providers VALUES ('github', 'github', 'GitHub', true, true, false, 'confirm', NULL, 'fixture-upstream', 'PxypBDTl5NVRPa7tSeO8T8KD1dwSv9RPlOOkqOe+3+mCYuMLB5Wn774243DuQhKW+c2Q', 'read:user user:email', '', NULL, NULL, NULL, '{}', 1796496024690, 1796496024690);
INSERT INTO public.identity_providers VALUES ('fixture-oidc', 'oidc', 'fixture-oidc', true, true, false, 'confirm', 'http://127.0.0.1:18463', 'fixture-oidc-app', 'z4mMqa+lc00naTJH5XFOPY3aqCzsf5uXD+iUFS1axezqho+sdGKztZd4u2CGyKs=', 'openid email profile', '', NULL, NULL, NULL, '{}', 1796496030429, 1796496030429);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a24782-1d94-79fb-9379-67a3ce271f1d', '01a24781-88c8-7634-8e7d-68360e324073', 'aoMmiXDJkbHDHGrjhNj1JFbkIqs7hvGWpdr7HgkACOE', '8vj4CJQ1pJhMcNVMgTmtzA0WJ2ztWfSn1oFYOIvQQ2Q', 1796496039316, 'pwd', 1796496039316, 1796539239316, 1796496039316, NULL, '127.0.0.1', 'Python-urllib/3.11', NULL);


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_throttle VALUES ('forgot:frank@example.com', 1, 0, 1796496046157);


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('01a24782-37d9-7945-bee6-5cc580d8fa1a', 'email_verify', 'frank@example.com', 'Gatehouse: Verify your email address', 'X8omfr7Gw89ohlV/NKGrPrJO46ZDjKVOdXAc/yQuKzePSXjOL8YZyrnB1TggryWiFJhSvja3oB/3NXG9XDFu2cxfBN8A+ySt0JPhTJ7BIRrS7lkQC68SjaL2EAGkxlojYd3U2LwVDeXplklwaRjFzZtTB23u05lGrQzYn8XMz/jHNKn3caNW8HGFAslOrrvgNgTCOVJ9zBemOHwy/t9ISBMHbVPcFFGIat5F22K7JlGmiYdYbLGwd19xKGLvN6Hed1aHwBPrtW1jn5V5ot8E3vZTzTXqkEOpw9vweWLOuHUpDXIpNiLu9cQMq4QHFYF9iENuwnFqYt+BeHFLjJgS6gfmG7qftdImWkAHTWbXmUjce00YYDOHgUfGFJhOrKBKVvhgt4SsRKSMEo5+P3zrN2YRKlWPXUyhvjT+IXQiXp4FBAnYb7ZQbPXo6NJkUZzlHHDDsdfHnQbzA7Yv4H7UgJBfr1ke0wj7xSXa21W2QzZ4qj/pFbHg/0rfJEY1bwONj6beqBd9rKU/4Sv5lsesB5DSoROaQ0Xp9+go', 'kOUYR8ZuJsrvpT4Yl4M07aODsGURMGcDMM2CWeoFj7Ca2+RmyOjjOa+1VX8R8Ho7u22vaFl2aFhRZWoOmbax9mbMG7Ls0pT5Zd3iHg6T0uMpgiSD5bKXrU+VyKm5GCG2Hh+NxRXDHfv9ZuFiPqKptRdsrSs2/802GVXhHmAVuA+6BU4WBqaLCAYjLN2H4gKd7UJXYi9/xridhxrFIb2cBVkT//p0jiD2YA+hN27o89RQ9t9z2NDpYlNfS4B2TJB/uvuT0oQQ9X2UQ8HzmVu/S8uTNqRZm5Vir5wy1jm8C1dsvg6wHGOEw50p9xNwXEK7FTuze6WKb4Kza+x6dA0EFkstKxHsndLyRWTlUXyZFm+Y9eaA85nbEny4vMsMJN7X9TWyrrzGZ91GqbF1httFAS7epQCltaRbcflz40RqH16YLogeImeN7m+0WIFH0cR87teUckdf81/7MN/SbEFHN5qRJXnXDN5S34ato38hdfFrOk1bdsFHQp0i0NrVJRbMqeavqbpUoDP0+2CmcBfedecrPfknJ/4eEib6MQFnjRJTiiqdErzB/QIVy3dg6uoLOn2P9O5+6tvvdykT/rFLIZd/xCLwaTHm3ka8ZJXuuXWd8JoiBAzsDvBRrHSuorgOqkoWEjNbANqAUtlZFtVYPtMO3b2r2OddF/zW2KRM+gCb6PJWbliWqHF/kYXs2AGeyNSHbYiGZbHEQ3wQZL4+8/QUFn778I//rP0SkC2IiGH2A2mr9UBIdyC9cFUEHWGokR/KHAdk+rLnlqHRiDGvMm7VUOcjSCs/kSiIoLSdarkrVeR00z+W9bsZe66fcaPAJU6S8lwlqpfwakPZzoQHwZNiPy+4PeyInhAaz+rMjndnDXjT5GEtnDD0GwwO9R0rFV6lMZpRKTCqdci6OQNwVYZvLcahO12B69CXXQx9q8mH0SIadvEhCm2RkvWffxNXa9+HqIfLG+QkSJHyLnJ9k8ifUo4JdTeFjXpe6XOxXlue687zz8we1sakiEZDJylqWwoyGW2qfJFcBoAWhCw5ktgJFomIGFz47Hz3/PE0pMbVM3ZSLBbVgq4IGuIm2hnIcudHbVPjx8Z0SbQkh47BiW1RzwoUfud1REHo9Oe4AFpi1OC3A3gQ2Kl9C5khGkz2+Eu6CBZCzQjLZqEEDCk3BG4iSGmKtAF6LWd3xdNHAF/TcA1B7U9P8CXZFfm08CbrjWK907Ih+gf55HRxVD7gepk1+75CjsTtWavKb/d316S6kOsKGMLEoGbzeLldDUtZxy6dv2RHhed6uGlheHsLo1k1s7Yu6CVvJxfNRshN4bNhs8wI88hL3/EyGBECL5o/pbBnWaSPZYWT4lLI12fEh+QAdwZPxUDIqlsmntwP9icuu5Xy6atR39T4yqXpVqx6kj08WZi03LUeVy3nusx7Z/XP5V2Fg9F5MYHUTHuaLWhqBl1ANWGMyCt5uDQ3QDht07Da+gvKIYy1/dX+6ntERnC/QYEC4HmiGu3lZP18FJm2FdjwFrIjjhGm4wx7e/fMdJdO3YAUi4rSLZcrb6rwACrCwCcSsLunyIwYGB1KiEGwGFa+a+jN3VBsC//XN8SRut7XLf3RbXcl13PvcrA=', 'pending', 1, 1796496076168, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796496046041, NULL);
INSERT INTO public.mail_outbox VALUES ('01a24782-386d-72ae-9818-51a8e29661b4', 'password_reset', 'frank@example.com', 'Gatehouse: Reset your password', 'YioMRPI7l7sIvVqdCYOrl9O78D3Nn+RdlwYqvrxcLQGjwbYIseu2k8+/9voq39xAZEUKCXRYP3ckx2zYffZq1rcZ4N8MY3NzI6iH6bFNB57toMQGEzyjsBK38H5qg20MNgYmtBRwSiOKKcGSCJ4ajA5DxwxBU/JxwrKFoaeZqx7iJE3xm8G8GwyJVpnIlVr/1/+ve+j5qBGxWVPx9+agj1Uf+dkSP6xP4YPUHAAK66oH78SsmPKltVE4cxBZiIjnvbDxy14BpKRSEH1ld5RcHZeKA7ESqWAJT9NUd2x+7HaKFp3FuS2atKMGef7JzAOtKqz7QeRroJtE/yCIrh/Rk6rpExdAP5kWIVym5qYSBzTtOvskaJwPDZAjMBFfMIjf84veLXkodzsYhXfzUHDcna/05wE7ORpyhgiphOzUQWCwvSM6c4qTKwELLnYkKFaWJGuFf7R6pH76Xyco65ij8o8Uzh5qq7FKGSc59De9QioEUMa5IKztWYZfGZTcEraQEWC2H+fv3RfRtkCaGXknk7t1hSZsV3ZJQgmYydAG6G7E9Eu5cues+0i7K1jP+Lb/GkzhtGecIw==', 'dfmY07SGmXgMqDea0zTC85nyBoLgjIPbTbkDF7s7IOEDELUmcISlLRlPolvZ/X00Myw1ozJ49yFYggeVuvEQigjjMeox1BzRFLFVPGZRTay5plCejqUFJDZVUMB4F94Sho1CQA20pPazMSPOxvSuAkAhwWeOm5XPOWwzcCADOCbvaupQhkU6Fs7wuBc7SaqX0W/1qI96Hd4DBDq43ffMKln7hwtImvycP9NQvNbsh4WC9xf+ZHZ+FdYmn3BCl8RxXt916+45ehceFnPcUwtWY0lAPG5KjiI0Rm38Ems7QI3rGPVTtH5x0hFqoO7CiatD7BMV2AwaJVe8BxNUuL6aFqYIPjKL2pE4gy1sDnqILdnNoPAkQ4anGLGRhC9jzhmFVjuHb8LZZfIU3YNKHZL4zMZJtnBFLOlpZkXXliLzOpAS2FxjYYvl0iZiSI/gRsAsv7zf72HBvkrx2xEQH1w3gyr4UvlzBa3ymRL+j1LpESW1uCwfwxOqfsV3xsBLw2aNkzcKJLxlkWOzJ4JPYWp90P9W8UHsVnYPRr0tmjZgzMyRvG53OY8enH0PqAvGf/Eydid5tbg/YVnVFMQt4LaXYUp2evUf4Z/8BofUrgYtLrUj1ijhjKTQ+fiIY0mQqWsed7REMNzrcr+O8Tto4xFoCFJN3ISNzx8+WKp1ewxHzPHdgX2VVtos37Vfhbc2Cm2TQoZ4X0ZrDwNAAUHb+uGwUXzpUVSQk1amNqjydSZJEeELRtj6r6TIJRvVKLulNuhJvwtUR85CO5hg/1016qwgritDeP3n2WzthJHBb5X4pLFm6u7N3ETVr81q8T/fLMumjnrqfQPzFoFdHygyp9DZh0PqcuuOHCc2dtnXAkwAFsFviEdlxmPFP2/67DZX/d+Yhf3y5WfyjIWjlt2vgcqz/DK3eIuFhjFc1UY6f9h2+reECIjU7zAa+9cM7CR6eh/pJIqqtKh6YNmCK65OuffE7fcYxGGLE/Efa19RzbGG4fMS43FGdt3LNqfsFd3S2NIm296iuxedYrJmKRArwTZC/jvYWmAUjO9JYr9GdbemQq9zzygbmvLyxdo0dt06jpx+87x4e3G+KXlU2OndFrTpL19In/cEJjcqEwHkFteM7PU2IRHhvfh0RrtWZzOgwE+UJ52KLgrLS5VxRkT3Tzy69+6EqlkBYGhl37LNutFEa8PXpvbyKSNLXjUwZuY7Yufawu5L3DH81vNEdV15h4NyW5zAJNrE3YfP1eCIxjYST7H3g7tpriAlGzIvhtRiKHY3kpipEcg84O7wSVavQr0SirXoU66RE3u1NeETc2x3KD7sOBj/H+Y3nTztm9QuC2TsWMwlcOXXpo6ESaZ+HNoMkxdfoy3ewS9WWBSukzP9t4b2uf//l7Sx3MCY1rKIkCHE2j9VdNxHHOrxZGxiFxCIy7+4oUnM7/uZa31lobb1WLg0zvv+9AP6j22tHvYBUYmY4mMY3UwALIy9KCrVG+HOlFkdOzW1U3k9gfmEQaNyAj7U+QtdGlkr9E1QJLcrr9wfxtLqB0ixGY9C3CNZS9GTPR2S9AgBgt3aZgCk3aymwUq1EoiirgNdx0mDy4mF4wOt8Nv3tmvLJ13hcXXlB+b5Ml+h8d/DA9LuHWCyjx4tNjH5', 'pending', 1, 1796496076207, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796496046189, NULL);


--
-- Data for Name: mfa_challenges; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mfa_recovery_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mfa_recovery_codes VALUES ('01a24781-88c8-7634-8e7d-68360e324073', 'GYQktw69IWcOWVHiRcTfJlUmFkJFmFtcSLrx9Og7ljY', 1796496040548, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24781-88c8-7634-8e7d-68360e324073', 'Pc84SEzQZLRozEaA2iU25TqfiEoQPrKV3jvEabVYPtQ', 1796496040548, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24781-88c8-7634-8e7d-68360e324073', 'V0PMQin2YDnWKDtv9vgHmgWw4PZ6m05yCg0YYAaSvJc', 1796496040548, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24781-88c8-7634-8e7d-68360e324073', 'iPfbx5siUBPTxqe9A2oDtYZgJdugQ4dP_ATxDy1TLAY', 1796496040548, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24781-88c8-7634-8e7d-68360e324073', 'H-_jNvDBArZxkgB0lnUgLFLMpeIoyYMlDUY6KnfWmJo', 1796496040548, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24781-88c8-7634-8e7d-68360e324073', '27B5DE9hZlo34Mw5WzmtRUfcgDWjlGBqHCjwla8TKAQ', 1796496040548, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24781-88c8-7634-8e7d-68360e324073', 'nkz2Pa_vzPvXx3L6EbBj7bDZTSfg7CPZsrtitD1By8I', 1796496040548, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24781-88c8-7634-8e7d-68360e324073', 'M8ljKAm1sVN5SlI7wSKwuScg3V_j60Ic1DIxhtMy6nw', 1796496040548, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24781-88c8-7634-8e7d-68360e324073', '9QK2oe2xIDXoPzJWcNE-5wwhPQdkEBPAi__OWENrETk', 1796496040548, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24781-88c8-7634-8e7d-68360e324073', 'T4ZhfBi26UJcMXMWBF0ojchQfGgfLqZGT2rd71CCvlQ', 1796496040548, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24782-2f5c-72fb-9d05-80b0bc7a77fb', 'tZNJAIjqo1hIr4wIHz3bC5-Gca7CigNvJGgTTpQCRO4', 1796496044681, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24782-2f5c-72fb-9d05-80b0bc7a77fb', 'kqkat6JGHMAsSQcrpn59lwOr_Z2B62vgT9ain41PAFw', 1796496044681, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24782-2f5c-72fb-9d05-80b0bc7a77fb', '-ypx0-ta1dfBExLtYzYf8dop8iL3lu7iTFqwVpZ_KjM', 1796496044681, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24782-2f5c-72fb-9d05-80b0bc7a77fb', 'ZZ5FXE14nHLa6EI4B7XaOUOv2Hv2itCHWOCLDIdcqTc', 1796496044681, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24782-2f5c-72fb-9d05-80b0bc7a77fb', 'lpdxvb_j2wEqYv7ofjjIiSNY51OEM486INaCJcfd1pI', 1796496044681, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24782-2f5c-72fb-9d05-80b0bc7a77fb', 'JK-RI3JDAEXHqlcgSLXGbwyUqk5_FqFmEddWg9Ct0Qs', 1796496044681, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24782-2f5c-72fb-9d05-80b0bc7a77fb', 'VpOXsNw4eQvhnAs-ntWHCcH0x6XZ5StURf37bIqW9So', 1796496044681, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24782-2f5c-72fb-9d05-80b0bc7a77fb', 'wAO8NWHAOwUEzBRp1At9GT65LpxNYx_kqe02vNuKAaM', 1796496044681, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24782-2f5c-72fb-9d05-80b0bc7a77fb', 'rFqSQBtxSakOk7-fEChNm4sX7ekSLgbaQKEcKCQGSpA', 1796496044681, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24782-2f5c-72fb-9d05-80b0bc7a77fb', 'qW9SjWsqV8olw6abNHu8tfoWwW38weFpQFhUN7t4nO4', 1796496044681, NULL);


--
-- Data for Name: mfa_totp; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mfa_totp VALUES ('01a24782-2f5c-72fb-9d05-80b0bc7a77fb', 'jFoeevBofWxkWi88t9CK1y7jpZeMqvEHV8s+5B0IJtm3KKPdmA79v1lRYHp1WoOg', 1796496044677, 59883201, 1796496044388);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', '8hoZL6UgbEDpEaLxJ-dOHeGsUaH6SzTE_UBOEKyy3Uk', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796496015473, 1796496015473, NULL, '', false, '');
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796496019483, 1796496019483, NULL, '', false, '');


--
-- Data for Name: passkey_user_handles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkey_user_handles VALUES ('01a24781-88c8-7634-8e7d-68360e324073', 'YUwWTOH1phg_q56gQYjYzNaiFUUe06EFXCv2Ahqm2Uk');


--
-- Data for Name: passkeys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkeys VALUES ('01a24782-224d-7cc3-aa8c-412a6a6dcaaa', '01a24781-88c8-7634-8e7d-68360e324073', 'RFZjr47Edyg3mPnfKdnRnJKl3MzFe7B2p69yD_YpWSk', '\xa50102032620012158205afcd5df0770b6b9ae475dae1510cc7b5a2bf4f87fea83ffab8bbc12b1577ae9225820e17ede3540531a2b839a4ccf5038c7c546ab2022434381433712e524ef77a049', 1, false, false, true, 'internal', '00000000-0000-0000-0000-000000000000', 'Fixture laptop', 1796496040525, NULL);


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
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796496004369);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('-yiYHAt7zAoaPB4f_eOSmw', '01a24781-88c8-7634-8e7d-68360e324073', 'gatehouse', NULL, 'NiWGnG65RrRAqMEh_JXeYrcSGWoWO4efK70hO5xEBVc', 1796496038080, 1796496038227, 4950096038080, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796496038080, '7U_x17w4jHBTshj56CvHm7kXAbpCS9Msltc_LjD_6sI', 1796496038227, 'mQManze0nWpocUhUfEE6PtbOOXFVull_Ya2Qi9_FHiulKjz939EwzkL15eL65WVd4-PGQ63FX_ZcOJoRmBGPpLpBEjiuXUI', 'pwd');
INSERT INTO public.sessions VALUES ('UXHhxwvgC42TNqD6AW5D2Q', '01a24781-88c8-7634-8e7d-68360e324073', 'gatehouse', NULL, 'r50VNe6VSEM3qzkTKPkQGeMaBy9VD_-ik5UghPOBkmc', 1796496039668, 1796496039668, 4950096039668, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796496039668, NULL, NULL, NULL, 'pwd');
INSERT INTO public.sessions VALUES ('Btv8dGPjkeCBVGy-gt_iOg', '01a24782-2f5c-72fb-9d05-80b0bc7a77fb', 'gatehouse', NULL, 'lQsiZYep1UNiXjdluyYgYu9vm20qwGYmKnCZkNw6xiU', 1796496044332, 1796496044332, 4950096044332, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796496044332, NULL, NULL, NULL, 'pwd');
INSERT INTO public.sessions VALUES ('mG5LRjOK506HKWFoH3gcfg', '01a24782-3524-7d0c-b669-245c6ddeb4ca', 'gatehouse', NULL, 'PQ0G_dZGdRSEp-jFxq2KMX9K3aZGZc89J3QgIxOWdeI', 1796496045376, 1796496045376, 4950096045376, NULL, 'Python-urllib/3.11', '127.0.0.1', NULL, NULL, 1796496045376, NULL, NULL, NULL, NULL);


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('ysZoHw_n4-5clfjxqOd_PQ', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"ysZoHw_n4-5clfjxqOd_PQ","alg":"RS256","n":"n9TjykzW0dh_WiFMB9DyRiIooHJzv0z9-LgtvHZtAm40vwHIDHICCrijAUiocmDmk4e8YR_LZGGQ7kTt9uixrTjwavFjqKNOdEpq6g2-HLiO2crVpQX5iWLVePYrjhVruM8oWxkGUvmmN9qHGfL-xIAKoDULJHJedflX-usOLFuCJwf2eQ_N8oEdCtz1yAaQPVIwGdlIdozYhEQJlTHJT-JSCFLk8ZkdbQe8hDdA09EKWA2X5wDzGIHpST7YTi_EI430I4FvXB9wv0E9NVjt2YX1Y9AhBI1MtgdIM62o4T7p3N8Od0g-ohkFx3HcimjeBoKKEDTeDItwyGZyz0ctuQ"}', 'Jb8KGZ6rn2F9CYdEU6ST8MTPn3nDdz0qRwn8Xds8kE1oMcM1jqS+dRq/8RDrqp6aj+xogtlaOH+5mt0fqnav8EGNS5kby2SWlQUidPc0NAgA1duqMicKYUBlGK8PHa86p/vt+ni18MtkQuF7NSBgyK3flr6HyMfssb/MEW/vZEsjsi4oXQF+3tphnFCE8gcEp2wrZBLqsRxolzmph9/vZNv3CIEwcBtoDJ5HYU7P+rk44gRFuREM80gAi6FKxSN7zubNoqFRe4UbH/ByxAcilGw6qnEsZ6gMBSMHdry9syFJIIfaUT6TzJKRzHdYFYqpX6duEk5Jw2gRmTTe4Pqe9D07fQZHXojvDccHovjoliY+fJEUWq4T0seF0OnOVUKO96cvecrJpa6+B7P8V5ZDtf9NXqo1WNd5WHfKzAN+00g7m+nSgnS5IpUGZGiGJe6MCdI6H/4dG1IkMPDWSVXc7qXb3AieX3f6Vr/fBZg0h5wl1UJgATYvF6m0GVWC7cuAlr23EQGITpcKyzo22VQNHDNUwa++Z349OyfHsZO4K4fFdm0k8cvQNXFA5/JkEHuy1m/HYgrVT1521HqNTZPnIBusuIzs8DP7g13ukagAwO5YkOf2e/gsvPI4Q9Y/f4v4J3VBjY2S7OetSvjzAR6Hq6a7yn3Oog+2FfqMd2NvvyJS6Ove4J0JNogrpkHbp1MRddZxGJS8o3jpa4apUdz3ks9x22GUT35S+PAn65TzI8TaMVgxevN0bhXxFNkaM29DATwk+vZ8zDhLkeeMRhZJG5hnxkgBQnPNvp1Cm5fzzJKjtGx8RJKgV8H//7HIrgtxYSN7yxbsAhnLojOteCoI7qCWR0rImIryub738isXnYq8F03dpXOnApsSxVV2oIllG8MRuOPmiEF9qVkjD8/BBtwzsfTaOSnKedBf6J+61gEjZuCBaHuQg9RrEb6/zZLKe1pHnYk93NV7YoHUcDSBktB+G6cTb5YFcvLLRe42FqkrUURmqu2xFo5rXAhTipVjuXW+X366OjQw9cjGl2mqzwcCiqB/C+pcQ2nONLEzzGferiKoqb05vZIUcm3dhNknTOpqBh7dlaz4qn8KKxqarNZNYiKOSmavCsFVxsIaiWzbFM8XcSUZi8CpAyFesbQy8DRNJxZb9k3Lhs/f2iokYiXaW812b/xVNk1wnFg3V49n0G7pBLXCCoMQD0I1kt8pvmQN84+Q4wHGSo5rREMp7dnuuSMN3oXeu8rtwCuCDjIqK4XCDFPYQjztwRQDelYr5qX7ZrYrpDF1SVLQvWSVa3Us+Wl0fD52LJNMNKPiCagh1Peb+UO/rmLOT2H3OX35dAa4Ee2C10zmBPK28NTmVozB1PeSLeEWeV8ytbrNY9Wt0So9p6sr4mp3djz/hYKdESrjqfufXnI6JSS3z5NpC90XEoVy17fgovjCVZQAa6Yjj7XB7N7gxzLrncmI3WGrxt86gOIzGqhhnudsPUeYCWfzlr8X50PS2Ozi5SyJPqo6b49FExMato5XnR/7Pl9uoVZyTqHA2ENpqkODrW6sXrsXTwzd0tHdpKRLFaBPmr0yv1pv47gbzlLI5QJv4tq3vtvZ1j+xQA7PXF2iKr+2xNWZ1x/RomtfxMDEGq/SAk/rUt22H1ibhvnpvIo=', 'active', 1796496015852, NULL);


--
-- Data for Name: upstream_logins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('7U_x17w4jHBTshj56CvHm7kXAbpCS9Msltc_LjD_6sI', '-yiYHAt7zAoaPB4f_eOSmw', 1796496038227);


--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_identities VALUES ('fixture-oidc', 'fixture-subject-erin', '01a24782-3524-7d0c-b669-245c6ddeb4ca', 'erin@example.com', 1796496045356, 1796496045364);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24781-73f9-70dc-8798-ff877662a0b4', 'user');
INSERT INTO public.user_roles VALUES ('01a24781-73f9-70dc-8798-ff877662a0b4', 'admin');
INSERT INTO public.user_roles VALUES ('01a24781-88c8-7634-8e7d-68360e324073', 'user');
INSERT INTO public.user_roles VALUES ('01a24781-a140-74ea-a039-23615da7d89f', 'user');
INSERT INTO public.user_roles VALUES ('01a24781-a140-74ea-a039-23615da7d89f', 'auditor');
INSERT INTO public.user_roles VALUES ('01a24782-2f5c-72fb-9d05-80b0bc7a77fb', 'user');
INSERT INTO public.user_roles VALUES ('01a24782-3524-7d0c-b669-245c6ddeb4ca', 'user');
INSERT INTO public.user_roles VALUES ('01a24782-37c1-77cb-8147-59a17b60a49f', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24781-73f9-70dc-8798-ff877662a0b4', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$AMXc7t20396vmvyGIO9rRQ$UsWzo03xW+u0ZfkDtdC2Er4sQbqyMIira99QeRRunzo', false, 1796495995896, 1796495995896);
INSERT INTO public.users VALUES ('01a24781-88c8-7634-8e7d-68360e324073', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$zaNAahNsYXhWvTTtRM0Rzw$/1oQWpV/qX/uHN2MyXOYpfHqSdOu5+QNusAE97bF2jo', false, 1796496001224, 1796496001224);
INSERT INTO public.users VALUES ('01a24781-a140-74ea-a039-23615da7d89f', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$HdBy06oMV8ZE3tIiraHwIA$gla6S5hiyHcA/hgU2tthzIQQ+MOxN3WcUVirEXyfVss', false, 1796496007488, 1796496007488);
INSERT INTO public.users VALUES ('01a24782-2f5c-72fb-9d05-80b0bc7a77fb', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$zq0xi7DnNni7b7cC3oBZCw$n+j9tpMPH/yMWYZCV9nOj8pcJ5WnXATp5BFnu1czSRA', false, 1796496043868, 1796496043868);
INSERT INTO public.users VALUES ('01a24782-3524-7d0c-b669-245c6ddeb4ca', 'erin', 'erin', 'erin', 'erin@example.com', 'erin@example.com', false, NULL, NULL, false, 1796496045348, 1796496045348);
INSERT INTO public.users VALUES ('01a24782-37c1-77cb-8147-59a17b60a49f', 'frank', 'frank', 'frank', 'frank@example.com', 'frank@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$VwFR8LxemprtavO2/AiKlA$N8zZjy9HRp6s8fR5TTfszluqNzLCp/4zZCdImUUukqk', false, 1796496046017, 1796496046017);


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


