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



--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24669-764f-7713-a5db-9b870c17f1ec', 'user_create', 'success', '01a24669-751e-777d-9ac4-18d316b0dbfe', 'cli', NULL, NULL, 'roles=[user, admin]', 1796477646415);
INSERT INTO public.audit_events VALUES ('01a24669-94a9-7cd7-9108-2b2fd822c742', 'user_create', 'success', '01a24669-9470-72c8-9f3b-3e21dafed657', 'cli', NULL, NULL, 'roles=[user]', 1796477654185);
INSERT INTO public.audit_events VALUES ('01a24669-ab37-74ff-97f2-62a43436fcc3', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796477659959);
INSERT INTO public.audit_events VALUES ('01a24669-d687-7f08-ace3-f7051fb835df', 'user_create', 'success', '01a24669-d4c2-7139-b7f5-87339823cbb1', 'cli', NULL, NULL, 'roles=[user]', 1796477671060);
INSERT INTO public.audit_events VALUES ('01a24669-f36c-7dbd-bd28-73ac8453b10f', 'admin_user_roles', 'success', '01a24669-d4c2-7139-b7f5-87339823cbb1', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796477678444);
INSERT INTO public.audit_events VALUES ('01a2466a-0775-790d-888f-0e285d848cff', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796477683573);
INSERT INTO public.audit_events VALUES ('01a2466a-4e4c-757f-a5b1-25ec1e2c6551', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796477701708);
INSERT INTO public.audit_events VALUES ('01a2466a-920c-7caf-95d4-e02bd49ae903', 'identity_provider_create', 'success', NULL, 'cli', 'github', NULL, 'type=github', 1796477719053);
INSERT INTO public.audit_events VALUES ('01a2466a-f542-7d51-8016-8eea50b9d4f3', 'login', 'success', '01a24669-9470-72c8-9f3b-3e21dafed657', '01a24669-9470-72c8-9f3b-3e21dafed657', NULL, '127.0.0.1', 'session=DqXw2JbKkbyHQYWjVJVr6A', 1796477744484);
INSERT INTO public.audit_events VALUES ('01a2466a-fec7-770a-b358-328aa5ccbc7e', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796477746887);
INSERT INTO public.audit_events VALUES ('01a2466b-0d40-7e71-9ce0-bd072c9ccf11', 'login', 'success', '01a24669-9470-72c8-9f3b-3e21dafed657', '01a24669-9470-72c8-9f3b-3e21dafed657', NULL, '127.0.0.1', 'login_session=01a2466b-0cb5-7300-ba2d-86c6fd545de2', 1796477750592);
INSERT INTO public.audit_events VALUES ('01a2466b-1045-7faa-b6d9-88f39a7b19d5', 'consent_grant', 'success', '01a24669-9470-72c8-9f3b-3e21dafed657', '01a24669-9470-72c8-9f3b-3e21dafed657', NULL, NULL, 'client=fixture-app scope=openid', 1796477751365);
INSERT INTO public.audit_events VALUES ('01a2466b-106f-7596-a03a-ff0d5c92ba22', 'authorize', 'success', '01a24669-9470-72c8-9f3b-3e21dafed657', '01a24669-9470-72c8-9f3b-3e21dafed657', 'fixture-app', NULL, 'scope=openid', 1796477751408);
INSERT INTO public.audit_events VALUES ('01a2466b-15a5-72e2-8456-de037083de29', 'login', 'success', '01a24669-9470-72c8-9f3b-3e21dafed657', '01a24669-9470-72c8-9f3b-3e21dafed657', NULL, '127.0.0.1', 'session=3J0SyqRv4ALUjAfqIsEIxQ', 1796477752741);
INSERT INTO public.audit_events VALUES ('01a2466b-2c08-7931-89be-66861948c66a', 'passkey_registered', 'success', '01a24669-9470-72c8-9f3b-3e21dafed657', '01a24669-9470-72c8-9f3b-3e21dafed657', NULL, '127.0.0.1', 'passkey=01a2466b-2c03-7ff0-bee1-627aa0363b73', 1796477758472);
INSERT INTO public.audit_events VALUES ('01a2466b-473d-7d3a-9feb-5ffc1c647db9', 'user_create', 'success', '01a2466b-4710-7f17-b8a2-a1cfa70b2934', 'cli', NULL, NULL, 'roles=[user]', 1796477765437);
INSERT INTO public.audit_events VALUES ('01a2466b-4860-7b31-bece-3268296e93c0', 'login', 'success', '01a2466b-4710-7f17-b8a2-a1cfa70b2934', '01a2466b-4710-7f17-b8a2-a1cfa70b2934', NULL, '127.0.0.1', 'session=oz6qlUuw3DUnM-BrIK-wvA', 1796477765728);
INSERT INTO public.audit_events VALUES ('01a2466b-4b89-72ff-8141-1ac137fce8e6', 'mfa_enrolled', 'success', '01a2466b-4710-7f17-b8a2-a1cfa70b2934', '01a2466b-4710-7f17-b8a2-a1cfa70b2934', NULL, '127.0.0.1', 'method=totp', 1796477766538);


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes VALUES ('T88pBvJ5iizMwlrvF6d7LhbFydkTiaUhHEmQPNLWuNs', 'fixture-app', '01a24669-9470-72c8-9f3b-3e21dafed657', 'http://127.0.0.1:9/callback', 'openid', NULL, 'B4sMld6gSa2hpiJW6u6uKX9Mf_JeQCwZ_yr91JYbVpQ', 1796477750453, 'pwd', '01a2466b-0cb5-7300-ba2d-86c6fd545de2', 1796477751365, 1796477811365, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: authorization_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents VALUES ('01a24669-9470-72c8-9f3b-3e21dafed657', 'fixture-app', 'openid', 1796477751231);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 13:33:53.193683', 153, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 13:33:53.95185', 46, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 13:33:54.111074', 56, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 13:33:54.218138', 93, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 13:33:54.356629', 70, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'authorization', 'SQL', 'V6__authorization.sql', -1011304854, 'gatehouse_fixture', '2026-12-05 13:33:54.453045', 185, true);
INSERT INTO public.flyway_schema_history VALUES (7, '7', 'signing key per alg', 'SQL', 'V7__signing_key_per_alg.sql', -559768327, 'gatehouse_fixture', '2026-12-05 13:33:54.666478', 162, true);
INSERT INTO public.flyway_schema_history VALUES (8, '8', 'access token alg per client', 'SQL', 'V8__access_token_alg_per_client.sql', 1781282387, 'gatehouse_fixture', '2026-12-05 13:33:55.127187', 171, true);
INSERT INTO public.flyway_schema_history VALUES (9, '9', 'audience', 'SQL', 'V9__audience.sql', -1153306411, 'gatehouse_fixture', '2026-12-05 13:33:55.478737', 31, true);
INSERT INTO public.flyway_schema_history VALUES (10, '10', 'session sign in time', 'SQL', 'V10__session_sign_in_time.sql', -912300823, 'gatehouse_fixture', '2026-12-05 13:33:55.586959', 8, true);
INSERT INTO public.flyway_schema_history VALUES (11, '11', 'refresh reuse and code replay', 'SQL', 'V11__refresh_reuse_and_code_replay.sql', -215074945, 'gatehouse_fixture', '2026-12-05 13:33:55.606476', 150, true);
INSERT INTO public.flyway_schema_history VALUES (12, '12', 'identity providers', 'SQL', 'V12__identity_providers.sql', -1896468425, 'gatehouse_fixture', '2026-12-05 13:33:55.782459', 71, true);
INSERT INTO public.flyway_schema_history VALUES (13, '13', 'upstream logins', 'SQL', 'V13__upstream_logins.sql', 1660750165, 'gatehouse_fixture', '2026-12-05 13:33:55.889191', 38, true);
INSERT INTO public.flyway_schema_history VALUES (14, '14', 'second factors', 'SQL', 'V14__second_factors.sql', 619030395, 'gatehouse_fixture', '2026-12-05 13:33:55.960349', 66, true);
INSERT INTO public.flyway_schema_history VALUES (15, '15', 'passkeys', 'SQL', 'V15__passkeys.sql', 583383757, 'gatehouse_fixture', '2026-12-05 13:33:56.042309', 78, true);
INSERT INTO public.flyway_schema_history VALUES (16, '16', 'second factor policies', 'SQL', 'V16__second_factor_policies.sql', -1800569576, 'gatehouse_fixture', '2026-12-05 13:33:56.15965', 12, true);
INSERT INTO public.flyway_schema_history VALUES (17, '17', 'client web origins', 'SQL', 'V17__client_web_origins.sql', 2060652799, 'gatehouse_fixture', '2026-12-05 13:33:56.182516', 6, true);


--
-- Data for Name: identity_providers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.identity_providers VALUES ('github', 'github', 'GitHub', true, true, false, 'confirm', NULL, 'fixture-upstream', 'A8Mytr2hMHq8IE8RqnHnu0d1UXaT9UvZaBqXFue+PFf5Wor+GfDxW4tfZlJ9R/63BAsh', 'read:user user:email', '', NULL, NULL, NULL, '{}', 1796477716551, 1796477716551);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a2466b-0cb5-7300-ba2d-86c6fd545de2', '01a24669-9470-72c8-9f3b-3e21dafed657', 'csZTemS3xOU1AVC-y9IbWS5Z1cbsDYTTjRYnEu2lKyE', 'wKJoG7rrwiJc45JGvf-whyn-sFp6_RN3zawyV-zkpWo', 1796477750453, 'pwd', 1796477750453, 1796520950453, 1796477750453, NULL, '127.0.0.1', 'Python-urllib/3.11', NULL);


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

INSERT INTO public.mfa_recovery_codes VALUES ('01a24669-9470-72c8-9f3b-3e21dafed657', 'CMB0PfIQ1Q0p-PbW5Brz-2oF_B7XtMHitF1A1-Ysi1U', 1796477758475, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24669-9470-72c8-9f3b-3e21dafed657', 'Rn84iUgf9C-0lN9xhFG6GLZ86wrEwOcVloYOeHDFnY0', 1796477758475, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24669-9470-72c8-9f3b-3e21dafed657', 'glxEBvBu07DkTWDNWBiXTs1gaOmBNzXO3dCRTBZciD8', 1796477758475, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24669-9470-72c8-9f3b-3e21dafed657', 'r_pJSjrjU8cROWIHbP5P6Df-1Ax5V8S-XHEnJBK84pw', 1796477758475, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24669-9470-72c8-9f3b-3e21dafed657', 'rgJlyR4RC2vEdOIE1D8-1KZAlCaZz9H4RA9RA9BkZjQ', 1796477758475, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24669-9470-72c8-9f3b-3e21dafed657', 'Zl1jvN01TH0KvGBPeciVTQvMmSdJ0uthQZaUlje8M90', 1796477758475, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24669-9470-72c8-9f3b-3e21dafed657', 'HevHMbrMMtErOnxqgVnHASXd3mYHG7t7cPYP3p0pjEM', 1796477758475, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24669-9470-72c8-9f3b-3e21dafed657', 'uwjxcsstPB2SCGPlkMxKA-z20tJxDeTSUheAAgHeA6s', 1796477758475, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24669-9470-72c8-9f3b-3e21dafed657', 'yNreR25uAgrfmyoCzn2sQfSOMj1mKHjc_w5EvcGoAPg', 1796477758475, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24669-9470-72c8-9f3b-3e21dafed657', 'gubXGnBDsf_qK8CLUx40Xdb57_zXtg9bJwx5CdScNrA', 1796477758475, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466b-4710-7f17-b8a2-a1cfa70b2934', '5qkeYfMMTeoWlp-su_-HtUZyhN1lwbPEaMNv_crRaFY', 1796477766538, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466b-4710-7f17-b8a2-a1cfa70b2934', '-2ukuVSjSfM9yp60PmN8ghwmquFVtOtbeX5FLXAc7D8', 1796477766538, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466b-4710-7f17-b8a2-a1cfa70b2934', 'UiehFPyOmjvF-azzMKfKG6Jz58ejHAUKT85YdLmcuMQ', 1796477766538, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466b-4710-7f17-b8a2-a1cfa70b2934', '5-nFfHpbHTzipSi49y4nuyjot9mKa-WvfRCrlIhdwe0', 1796477766538, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466b-4710-7f17-b8a2-a1cfa70b2934', 'dM023ayRsp3IyjqXOuKTBBBus-d7kmL7Y3EoQ6fQUmk', 1796477766538, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466b-4710-7f17-b8a2-a1cfa70b2934', 'd6thTGruEJkrwWnm-cu9R3jPqWWzZX6DcYkFSfn-oPE', 1796477766538, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466b-4710-7f17-b8a2-a1cfa70b2934', 'cJdsyWSZ4GaXtfzxFx9VxPkkId3XWQLqOqJczcG_X4E', 1796477766538, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466b-4710-7f17-b8a2-a1cfa70b2934', 'ptxlE20fNRpDHf219P8OK7BAUAkvhW3_J8a5GMl0cLk', 1796477766538, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466b-4710-7f17-b8a2-a1cfa70b2934', 'n-Dx1XlOhiGuohqLEZsFTUeh94G2KnEunMOfUUKwypU', 1796477766538, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466b-4710-7f17-b8a2-a1cfa70b2934', 'KjYqAWzCrlJDcp_jJ6GtrL0Gkp6hZSLSr3xgsr5j1T0', 1796477766538, NULL);


--
-- Data for Name: mfa_totp; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mfa_totp VALUES ('01a2466b-4710-7f17-b8a2-a1cfa70b2934', 'tc5Kfm8tgyrGOYA+qmwokGBRsZfwTYITnZj04kgoQRpLj478uzZY+PrQTMZ3noW7', 1796477766526, 59882592, 1796477765812);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', 'HwduJNxSbnQ-XVnUZQP9JzXRpnV9q1BygdCoGuKawgk', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796477682048, 1796477682048, NULL, '', false, '');
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796477698788, 1796477698788, NULL, '', false, '');


--
-- Data for Name: passkey_user_handles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkey_user_handles VALUES ('01a24669-9470-72c8-9f3b-3e21dafed657', '1NEMd7Tbqv_G2e1R94MW03xUWfSteD1qLvUFSovRicU');


--
-- Data for Name: passkeys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkeys VALUES ('01a2466b-2c03-7ff0-bee1-627aa0363b73', '01a24669-9470-72c8-9f3b-3e21dafed657', 'nODGNC0BPPtD5nntRL4N1ZR6d9Nc3EPbPNcSfT9_g7U', '\xa50102032620012158206e8c132c27174df5441c08bd4f8d829299b65952c8a407fccb686c0747d17966225820ce0b2ba5f443bd9a2bbb1bdd26da5b8111f6a48b62646f8d0a7aa23ea7146546', 1, false, false, true, 'internal', '00000000-0000-0000-0000-000000000000', 'Fixture laptop', 1796477758467, NULL);


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
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796477658889);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('DqXw2JbKkbyHQYWjVJVr6A', '01a24669-9470-72c8-9f3b-3e21dafed657', 'gatehouse', NULL, 'tD74pjd90-EvQSz_dVBGMp2JjXtFKlG4LTe5Cm4N8PE', 1796477744363, 1796477745605, 4950077744363, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796477744363, '-YU67BJs31-IyYRZrMHeBYedEwpMyTyc38bygL0r2Hk', 1796477745605, '73AH5VzKBLSRj5iaWFOil9fhOOfgw-Ual1Y8UTGen0MxyGP65mEzJwfGqRsTQukSlArfD8StnQbRaxYuMjkkF7sL_Pn7PIk', 'pwd');
INSERT INTO public.sessions VALUES ('3J0SyqRv4ALUjAfqIsEIxQ', '01a24669-9470-72c8-9f3b-3e21dafed657', 'gatehouse', NULL, 'YA9NUyEx39QQDOOjKeY8IV33BcpVniMeuCWWVDs-P7o', 1796477752623, 1796477752623, 4950077752623, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796477752623, NULL, NULL, NULL, 'pwd');
INSERT INTO public.sessions VALUES ('oz6qlUuw3DUnM-BrIK-wvA', '01a2466b-4710-7f17-b8a2-a1cfa70b2934', 'gatehouse', NULL, 'g0jz1WmnPG4PJgr9r77EFkWrixbRKyOyv-vHA1Ok2gI', 1796477765724, 1796477765724, 4950077765724, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796477765724, NULL, NULL, NULL, 'pwd');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('EVSggazwxI1UMPbLvm8b4w', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"EVSggazwxI1UMPbLvm8b4w","alg":"RS256","n":"pzXeQBfBMa6eKiHQN-JgN8p9ebbSyUA05wmva4Hgscw291dJPjPf1FbRmj-dMZ8rM6w648dt2_Kswo1pD1tXoaQwLxtgTKbEH2xLJIegvBs3AcZ8U1QNFwpt9_K3ldT0dJKcGMtRf_9SF9rpKKwlfS3J7xISWw9eMBqESOTtHE2t-L0tBiprPn16cfbfEYNddumDGhCsOa7S74Vw-9Px9ZRDvy72Fe4gNej9uMX-guNqbwZocAoc0FjOtohV6KAEhCOkDxC3qlepnYg0kXK34w5AXFoiX5C4mbphT-53gD40h-Gmk3-7FtHheUGZRiYuoEDdo11Y-j0cIJ0h3aflVQ"}', 'HzPvtMugBiZn2lngWldKhi2X+tvEkkj9keUSaL6/8qzSQS4HpXHkvAz8NeZnGuUpMJRS1E4QsjfbLmlGTAISqqUSqYeSKdRNQ6DMSHzsqfqk3JMXt491IE2kkBNQWC0HHWbKm0PF/B+LsbP9HAQqpZpWZsOsU4Xo/qhTk5Bjv9D1xtdyfZAencNYiFot9QZbGmtzOIRFGC5GdefCRGIal6idGmB+ge+GC4MXWCWS30yxclNKfNWnhmRoBr+bxo6572qlgdQLLrJtbjLdKB92yx2n7GHGuymqkbFQTfSwp2ieKYGwIJk+BpEcdEgjIyIB+DMp7q455aNwESXNr404gCi1NaZdoALpPUzgCc90k2cyWkC/geNFjkZG9Gqp4Ji3oz5Brw4qAAdcC6cWu9YVE4my8OG68dgsXq5jrWtEQZS4bKLvwKmzz3uMaXQfXm/6CdwlfkWkXzQfD6a9HQ4UxSfgaIRmIOdxLWB2awrvyUmebly/P/5ktPzT5J4f1SzQzya9hETGbYRmQN1SuDDxlCyAEJqR1LwSAxkoGS7ID5PoPN5wRpKJV42v/DY04UAlTiaakjqjWlWzckcg5NoMbkhWNGp+RrR0Z5i8MbhpMT+ub+aDXK0RdE1cCigrRRD4X5TDYgsqXIS2Mtsqx/ru25BOhBJ5mk8zcVqbK82zcsN1egscCGoQGkDLQfN1EWs6PPP+0eZSAa/iGcyVNk1QnvWIFHn6KYwtHPHJjEGhkqNG4DUIGLP7m0mq5h1iIReByfS07Ej1Dcqw29S1ItM3Vb0HdECPl9NKcS8inbFmjpaIV0g74UP7sPPuJYdlB4/Te7XA8X5J8Ua3ibaUJgJZYahpI8GWeCxmskHMou4qVXrkaqcCsV9rjImM/Ea2Wiw/raTw7NKDl1cFAT/r8JSkaur6hj81e2C8Y5/9I6rlwzkv+061kwf4mzz6R6jAelzDqWBMjvdzeJqm8DKUDV27gzljz2wG9M3Who2TOTyyknPGnRDFmzAQjCi1+pSZ11GNzB8nBEQTiwSAfAtaLENwhr5Z0UCpvgR6AVcG9zArRi8sK8mXiQQwB6lZrGfLWyUiNzVi+vzYuXQ17f5CU1h8vUGdgahcL+igMhJ5NbYcCG8eHdlF+J75lQDx4Z9ToR9B2Vxpdlgy6dj9wUNrLT3w67NWr8V4sc+aXA1sXhFEJMcuQJYYzipGFbO2a9hCBIct7xIbTc5qK7WDi1jCbhe2bjPRor2w5jXzHW1p+65f6OqT6qyNyD6eP56co9eQodbYKGnkXgVYMNqdTQRzp0yYhsA61PFInEhwPX3Tybh5eev2MDs4jd+lk76clon4xUCwqVhkA6jG/5V5SGZF7BHEHq8iczPWrirMV9Eb3ksD5uo3TdjBxDG9zeDJvWXr1D1RY6hqhnGW53NtUeml23xK1E+E3TxRFEZBXAvto9NXTgbtwVibpXefQw34Yh8wrqG6tc/BLQkrNZKswzgIdPn0/XYpmilNOSOxHN9x/Nfxndjpf0Bd8prJUwRtv+6dSpa0ptIQDb7PKqW89kFW4OOY48ceSdloKofHc24XzMMiD4TEMbXwxr1pL3e+HUAh099V8XulPnXzcKbbYTORtV4PjMz7mN6ln1tB2RDz19cp59dF9+3xaGWY6Zqtk/mW', 'active', 1796477682468, NULL);


--
-- Data for Name: upstream_logins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('-YU67BJs31-IyYRZrMHeBYedEwpMyTyc38bygL0r2Hk', 'DqXw2JbKkbyHQYWjVJVr6A', 1796477745605);


--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24669-751e-777d-9ac4-18d316b0dbfe', 'user');
INSERT INTO public.user_roles VALUES ('01a24669-751e-777d-9ac4-18d316b0dbfe', 'admin');
INSERT INTO public.user_roles VALUES ('01a24669-9470-72c8-9f3b-3e21dafed657', 'user');
INSERT INTO public.user_roles VALUES ('01a24669-d4c2-7139-b7f5-87339823cbb1', 'user');
INSERT INTO public.user_roles VALUES ('01a24669-d4c2-7139-b7f5-87339823cbb1', 'auditor');
INSERT INTO public.user_roles VALUES ('01a2466b-4710-7f17-b8a2-a1cfa70b2934', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24669-751e-777d-9ac4-18d316b0dbfe', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$nsEwyoDFJ+6Rbwj069fMsQ$QS4OiOQ0d0Us/2zEWQzfepgx04EgWshnIf6NNdGjGkU', false, 1796477646110, 1796477646110);
INSERT INTO public.users VALUES ('01a24669-9470-72c8-9f3b-3e21dafed657', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$j7kqEPqOGTfIU6o4eTdXCA$8ydYRQIQgF0/rRaCKvNZCcIh0yTRFos55NvvZNhlXs4', false, 1796477654127, 1796477654127);
INSERT INTO public.users VALUES ('01a24669-d4c2-7139-b7f5-87339823cbb1', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$kX4i7RK3Q8y7dbrhGRZKkA$uOFZ41F29fPPYNnChJvCrF3Aegz8ecobchjPax/TwzI', false, 1796477670594, 1796477670594);
INSERT INTO public.users VALUES ('01a2466b-4710-7f17-b8a2-a1cfa70b2934', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$LscJjBDQb4yY5/Go+8txrw$kSyyM483x0vVl4Fohvht+E1+QiYZ7UalgBEU4/gzZpQ', false, 1796477765391, 1796477765391);


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


