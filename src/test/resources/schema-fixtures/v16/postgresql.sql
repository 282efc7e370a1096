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
    require_mfa boolean DEFAULT false NOT NULL
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

INSERT INTO public.account_tokens VALUES ('iqpBw5bpqCWA5Iw5kT3XDjnAGqfAhKQ7bBxE5U8kS_Q', '01a24780-5afc-79b8-bdcb-870b70128792', 'email_verify', 'frank@example.com', 1796495924004, 4950095924004, NULL);
INSERT INTO public.account_tokens VALUES ('n5Tcoo8cOuo3cf_ZqFAoikwbYj7p6RBQsHLo7JSCC-8', '01a24780-5afc-79b8-bdcb-870b70128792', 'password_reset', NULL, 1796495924173, 4950095924173, NULL);


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a2477f-933c-75d4-bba0-17befa82d142', 'user_create', 'success', '01a2477f-92fc-7be2-a0f2-76c549932233', 'cli', NULL, NULL, 'roles=[user, admin]', 1796495872828);
INSERT INTO public.audit_events VALUES ('01a2477f-a41b-723c-ba54-7300b90c05c7', 'user_create', 'success', '01a2477f-a382-708f-9e2f-09c79150613c', 'cli', NULL, NULL, 'roles=[user]', 1796495877147);
INSERT INTO public.audit_events VALUES ('01a2477f-b4ba-7bd0-8f45-3084dd56b805', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796495881402);
INSERT INTO public.audit_events VALUES ('01a2477f-c1a8-7f79-b101-6beafd37bb16', 'user_create', 'success', '01a2477f-c191-7a19-bb5e-53c7d5ea794b', 'cli', NULL, NULL, 'roles=[user]', 1796495884712);
INSERT INTO public.audit_events VALUES ('01a2477f-cf4c-7ac7-9a96-c1ccf51b7c45', 'admin_user_roles', 'success', '01a2477f-c191-7a19-bb5e-53c7d5ea794b', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796495888204);
INSERT INTO public.audit_events VALUES ('01a2477f-e29d-7fe2-822a-f8ccf00ea4a3', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796495893149);
INSERT INTO public.audit_events VALUES ('01a2477f-f1c9-7d8d-94db-ad28b0c36b6a', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796495897033);
INSERT INTO public.audit_events VALUES ('01a2477f-ffe2-7970-8aac-121825be6fcb', 'identity_provider_create', 'success', NULL, 'cli', 'github', NULL, 'type=github', 1796495900642);
INSERT INTO public.audit_events VALUES ('01a24780-131d-773a-804b-ecd24f0d8825', 'identity_provider_create', 'success', NULL, 'cli', 'fixture-oidc', NULL, 'type=oidc', 1796495905565);
INSERT INTO public.audit_events VALUES ('01a24780-2bf9-7fd7-aa68-af26292a16df', 'login', 'success', '01a2477f-a382-708f-9e2f-09c79150613c', '01a2477f-a382-708f-9e2f-09c79150613c', NULL, '127.0.0.1', 'session=Iv_13Jtwj2bG-7H1cobvNQ', 1796495911929);
INSERT INTO public.audit_events VALUES ('01a24780-2dba-7157-9ecb-566942d59d65', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796495912378);
INSERT INTO public.audit_events VALUES ('01a24780-312e-7bc3-9ae1-53ee3b722d2c', 'login', 'success', '01a2477f-a382-708f-9e2f-09c79150613c', '01a2477f-a382-708f-9e2f-09c79150613c', NULL, '127.0.0.1', 'login_session=01a24780-3125-7a24-844a-2a1ccf718c0a', 1796495913262);
INSERT INTO public.audit_events VALUES ('01a24780-3180-7db3-8bef-ecb359c16fbe', 'consent_grant', 'success', '01a2477f-a382-708f-9e2f-09c79150613c', '01a2477f-a382-708f-9e2f-09c79150613c', NULL, NULL, 'client=fixture-app scope=openid', 1796495913344);
INSERT INTO public.audit_events VALUES ('01a24780-318d-7c72-b215-fb92499d0477', 'authorize', 'success', '01a2477f-a382-708f-9e2f-09c79150613c', '01a2477f-a382-708f-9e2f-09c79150613c', 'fixture-app', NULL, 'scope=openid', 1796495913357);
INSERT INTO public.audit_events VALUES ('01a24780-32c4-7b5b-aaad-cd5c966d0fad', 'login', 'success', '01a2477f-a382-708f-9e2f-09c79150613c', '01a2477f-a382-708f-9e2f-09c79150613c', NULL, '127.0.0.1', 'session=daKMlbw32UQugGf5I9umJw', 1796495913668);
INSERT INTO public.audit_events VALUES ('01a24780-38dc-7900-a3d7-a434f41de8b0', 'passkey_registered', 'success', '01a2477f-a382-708f-9e2f-09c79150613c', '01a2477f-a382-708f-9e2f-09c79150613c', NULL, '127.0.0.1', 'passkey=01a24780-38cd-73fc-afb1-19dcd0c78f22', 1796495915228);
INSERT INTO public.audit_events VALUES ('01a24780-53e5-78f3-af2a-5aff68b7a5c8', 'user_create', 'success', '01a24780-5363-7860-a7a6-a9e06372872a', 'cli', NULL, NULL, 'roles=[user]', 1796495922149);
INSERT INTO public.audit_events VALUES ('01a24780-556e-7a10-863c-f3e9bb38a4e3', 'login', 'success', '01a24780-5363-7860-a7a6-a9e06372872a', '01a24780-5363-7860-a7a6-a9e06372872a', NULL, '127.0.0.1', 'session=n6tSPH3oSD4S3yZFvDC1gg', 1796495922542);
INSERT INTO public.audit_events VALUES ('01a24780-571c-752b-8f69-95cf2cf052a8', 'mfa_enrolled', 'success', '01a24780-5363-7860-a7a6-a9e06372872a', '01a24780-5363-7860-a7a6-a9e06372872a', NULL, '127.0.0.1', 'method=totp', 1796495922972);
INSERT INTO public.audit_events VALUES ('01a24780-5995-7121-a8e0-d73608037486', 'upstream_login', 'success', '01a24780-597c-73e8-98d2-f52878c0efda', '01a24780-597c-73e8-98d2-f52878c0efda', 'fixture-oidc', '127.0.0.1', 'provider=fixture-oidc subject=fixture-subject-erin how=created native outcome=created', 1796495923605);
INSERT INTO public.audit_events VALUES ('01a24780-59a8-7b25-9043-a09c416819d1', 'login', 'success', '01a24780-597c-73e8-98d2-f52878c0efda', '01a24780-597c-73e8-98d2-f52878c0efda', NULL, '127.0.0.1', 'provider=fixture-oidc session=SolBZ3IsMmijx2UpcVmQIg', 1796495923624);
INSERT INTO public.audit_events VALUES ('01a24780-5b24-7f60-804a-4706203aa48c', 'signup', 'success', '01a24780-5afc-79b8-bdcb-870b70128792', '01a24780-5afc-79b8-bdcb-870b70128792', NULL, '127.0.0.1', NULL, 1796495924004);
INSERT INTO public.audit_events VALUES ('01a24780-5be4-747b-bc4a-c97012e97193', 'password_forgot', 'success', '01a24780-5afc-79b8-bdcb-870b70128792', NULL, 'frank@example.com', '127.0.0.1', NULL, 1796495924196);


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes VALUES ('ZSi7HJjJ2bWKtFZ-6CfqR4-L1CfT_-HA_M31yZax7Wk', 'fixture-app', '01a2477f-a382-708f-9e2f-09c79150613c', 'http://127.0.0.1:9/callback', 'openid', NULL, 'q2WDKUpXgsKsgjt0sSnwMO10LjfDvie4OUYBZvUIOH4', 1796495913252, 'pwd', '01a24780-3125-7a24-844a-2a1ccf718c0a', 1796495913344, 1796495973344, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: authorization_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents VALUES ('01a2477f-a382-708f-9e2f-09c79150613c', 'fixture-app', 'openid', 1796495913327);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 18:37:47.063224', 537, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 18:37:47.893512', 59, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 18:37:48.027791', 128, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 18:37:48.23622', 41, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 18:37:48.308934', 36, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'authorization', 'SQL', 'V6__authorization.sql', -1011304854, 'gatehouse_fixture', '2026-12-05 18:37:48.364676', 37, true);
INSERT INTO public.flyway_schema_history VALUES (7, '7', 'signing key per alg', 'SQL', 'V7__signing_key_per_alg.sql', -559768327, 'gatehouse_fixture', '2026-12-05 18:37:48.419876', 17, true);
INSERT INTO public.flyway_schema_history VALUES (8, '8', 'access token alg per client', 'SQL', 'V8__access_token_alg_per_client.sql', 1781282387, 'gatehouse_fixture', '2026-12-05 18:37:48.460773', 6, true);
INSERT INTO public.flyway_schema_history VALUES (9, '9', 'audience', 'SQL', 'V9__audience.sql', -1153306411, 'gatehouse_fixture', '2026-12-05 18:37:48.486225', 7, true);
INSERT INTO public.flyway_schema_history VALUES (10, '10', 'session sign in time', 'SQL', 'V10__session_sign_in_time.sql', -912300823, 'gatehouse_fixture', '2026-12-05 18:37:48.513112', 8, true);
INSERT INTO public.flyway_schema_history VALUES (11, '11', 'refresh reuse and code replay', 'SQL', 'V11__refresh_reuse_and_code_replay.sql', -215074945, 'gatehouse_fixture', '2026-12-05 18:37:48.544415', 18, true);
INSERT INTO public.flyway_schema_history VALUES (12, '12', 'identity providers', 'SQL', 'V12__identity_providers.sql', -1896468425, 'gatehouse_fixture', '2026-12-05 18:37:48.584671', 26, true);
INSERT INTO public.flyway_schema_history VALUES (13, '13', 'upstream logins', 'SQL', 'V13__upstream_logins.sql', 1660750165, 'gatehouse_fixture', '2026-12-05 18:37:48.632735', 38, true);
INSERT INTO public.flyway_schema_history VALUES (14, '14', 'second factors', 'SQL', 'V14__second_factors.sql', 619030395, 'gatehouse_fixture', '2026-12-05 18:37:48.680582', 19, true);
INSERT INTO public.flyway_schema_history VALUES (15, '15', 'passkeys', 'SQL', 'V15__passkeys.sql', 583383757, 'gatehouse_fixture', '2026-12-05 18:37:48.708502', 81, true);
INSERT INTO public.flyway_schema_history VALUES (16, '16', 'second factor policies', 'SQL', 'V16__second_factor_policies.sql', -1800569576, 'gatehouse_fixture', '2026-12-05 18:37:48.79391', 8, true);


--
-- Data for Name: identity_providers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.identity_providers VALUES ('github', 'github', 'GitHub', true, true, false, 'confirm', NULL, 'fixture-upstream', 'CzPSf7JmF2is5GwRRR6dRNQ0+DAzEArjEkjPzKdZkoDtVyTpiElJA0f3lutUvQjiKFtk', 'read:user user:email', '', NULL, NULL, NULL, '{}', 1796495900431, 1796495900431);
INSERT INTO public.identity_providers VALUES ('fixture-oidc', 'oidc', 'fixture-oidc', true, true, false, 'confirm', 'http://127.0.0.1:18463', 'fixture-oidc-app', 'FbOjz9aPbMTRrfcH4cH0hFbAQZCuRpDqQ/YnSFsZfvS8U5XSMG6oJ2oIy9FjIxQ=', 'openid email profile', '', NULL, NULL, NULL, '{}', 1796495905290, 1796495905290);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a24780-3125-7a24-844a-2a1ccf718c0a', '01a2477f-a382-708f-9e2f-09c79150613c', 'q9yAcxOhX54TVNQW3BIA_TYxUICf1CyVhzGPFjWvI5Q', 'lfkENfgBu3wH7XZwVdBuXKkldAdzEXazwOnnDk0sXDw', 1796495913252, 'pwd', 1796495913252, 1796539113252, 1796495913252, NULL, '127.0.0.1', 'Python-urllib/3.11', NULL);


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_throttle VALUES ('forgot:frank@example.com', 1, 0, 1796495924134);


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('01a24780-5b4e-7adb-8aff-6e97dd638016', 'email_verify', 'frank@example.com', 'Gatehouse: Verify your email address', 'q2i3zGbQlcg5PhxE3Xa6I83+C5RDphaxX/zyWdvVrR5wvY75AvqESFkPlU/cB74QiLKurUyX3Ung6cyMAuZvJ/gy1h3ggHdZwJ0RK+mSdnKedssSfHpGfjG4DnS7xgvltr8epXCTM+dad571mtawwmzpQR+mT4WoIyiG9qPBAi9EiYxme1/KkpAPj/76pn52yVBKWZUdj0pxber691NsN9dPQfKUyd74Q9EzyiRISyWy/j5iydnwLn5d+atXjL1MPzIeA+1bLdStjqo3MohIKc9+q+bYdf4eNx+SkpSiv8f8g1q/taqSCvcPhJEStJYJ/Czm6iKHPx6oKGMv72VpwmSuo8FtXnvZO79LZHmBx/eIbNYzNIlhdUIA6K70z2IbS8/HO9hUOUAWhvrIoEiIYO5iN4pspjKnkzgkNsNonoPcrB919RHkcLQatzpMelI9syF2ztuM6avfuc+nmChGifvh9QRGIBgFTuf56ggfeoJKRizfIrBRyHoLQGTIhw+Uav4J93OJ7w9RVxDUHNvFsJJqJJwdfhnbBzzK', 'DAkdPBXVYeddKZpCUJf4EIXjwioko4ivo/f/LViha193YTUBSs4/zlJRz5Nt+Cadt053+SfDcc72zddfjRQRvtY6g5qty5qMvgUtO2wE6w+93gMc3q0aau9x8Qnqaei2DyLwfEQFO4NhheEfCeQEKIbHaYJuOD+RtVji+teCMIvLgws+GynWCaqruAd1sdTkoAjnUz/poNwGBJWVMCSk3Pu+hL/oHrOYPLeZnMJ31ttAjWWVIuJ+NqsPeznxRx2fzaTv67PlXA434yKuB+LDCyLb3ykf88lwu8+HsXZtBW+BdipFQYSXgwHlPPFftNaza6h/M3Yc0S3CRlAMe4r3CYD2phZISNr7v6L3hPmVVTHNPjoHDYFo7NuCN8INwhTLTzDOd8upVjV7noshKvMduQZwNLiDSFu7EucBQODNnH/M6pjJWoPgs4tLMVQYkbQBJAUAI0Td7qulxT3ngib9UCnCzryGXLEJ+kCG7+p58c1uOByYwjT0OndCUEiCtg15TTGCdzBAO8M8WQ/seMd4w1R9ujDLSqjryzGU7MIavZkBnOxS9Z+6ikarqcqKmGLOLuZSyT5HAxrI4dCSxdtPMuGwaqNUrvhjzY0XCSTlYLOXTJ8S8t4q1FSjfNK/z0geqObGIf/ek+jErRkWSsvrgLyNfJ9xajsBCMnQ8f12QXwpj1RAGxLd+j12WTvHoKaAxz0WisgHP9FhOHaKFp/tfrdwpWDMv/s5Z74YYPGba+BVLdi3WG8tPKfOBop+JTptpS8x9GYq2f8vhuJvPa0o+XMm2NGZIqSAJdSxmYsNh6HVvFRxBBbWRGgu7QTVoYr00amJUjzzc+ll8D9RW3jGf3IQdFZ1TLi9qJk91by9qYP7lVSXBb8GcNZI6iVs1ssDW+v644iQXZUfNzzqnPSp3Ce/wZZmc8G58RGehtoGfePL7YHuqUJoNRmPsoNdAO6OOt5O+v7DYE38j/EmEDWWj8k0KAIMZ1x2gDeGIbbSlcNM6JLsJsGm56LtyfzcIfHtGssnM0IYItZ+X0dGy7m3k2z1xwGDBV7Yt1Vu1FGWh+i2SOwydx9LASKs1fg9ZlFqzxv122oDiGBvKXKHK4eBxJOaf46jX3lZFImwGRCd63aqfx2/hsoI2Di1Dgh+Jix2kvccmyC8Mi+Y7j66CgXQkSfJDEFMo7IfZi3WxZkezkgxeQd7X80MzB7FCwTjEp6CX2i7JWCv8PR8up+J9PvxU2rL1QkGmzHaWJNArUWWihJentxQy2QUsrnGcwLt3nELqyPibhSWW9ZyDWU4LvPnTXgw8Q1yL9+eM8UqTSgn2o5yAgP8DdARAf/uPie8ok8XhcSqyhxXxw5NC+GzDCc6WUiZpRm/FSCVqldkFhG5XFrqEOYT+qO4svuhk0BSclj46IcuQtJAt0alAawCLqoLjQ+9mtV35bVdEBVcv3UvsojCN87EcQzs4V4Bh+mjAfiLP3SI3GRXVeQx2BX3LHzd4JdEAOFPBBsix3sqcXqpFdA/diR+lV1y6aCt1IbtpYB6rVsOLP2WGY5DHVxFhXzE0RIRNnTlIP33MNMVr5txi/AiAm72o7k8uYalpVh+Xae+r3GbxTF19PYCD9bT9Rg=', 'pending', 1, 1796495954227, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796495924046, NULL);
INSERT INTO public.mail_outbox VALUES ('01a24780-5bd2-72ef-8d95-24aa1e8c5a54', 'password_reset', 'frank@example.com', 'Gatehouse: Reset your password', 'UvtP1YJA4BxxuyybojW6scuHSq+7sPBSeOvPaERnKATTn7GdFrASNTlIf4EiogM4cawK2oF4Qn8T7adB6e6SvDNrBaMAG44iz8Ec5FnHdeTR0E+wsZr6ZF9AlSAzRwtxYywMzcg0kAzZ/3EGhYAE7O5vAT64vNe9DtjUfGUGFuHa0Mf9Sbwoh7o0+8SIQJdoYaW6FCQ66VgvADZGsfQGdgs6Ut3yvLmYzCT49/y2UhqYwgHQN2RZJpPvLlJfV8C0Ioj/CL4evwJOvo/S/Knebe1rpIsG2AoOVb78LsSoZ2rNXFNvtkczvrMbO3dEK9Ntn1nLf/mb1U2itAXyD9qKHoIBZS7cmQgLaMKLCCAiXYKyF3mKBTgpanr5DtxIwf/uhAKApMy2p8tanZM4CLVgFp92tewfylsaWxor9h3XaSEEbt+B9cr2tiIC5GPl6BA72eTjFtAndyGwhSjJazKx1WIeuPGzjh+5mJnV1L5/8aSTN+x1Ski/k5hKQH4eJdwRMwbg8bl6h/2UOqIZLgGNWbyFGZLzbrroNtkFSTC8ChwvOi3XIw6a2xfLoEOGCDlYZQycRtbitg==', 'k2uzmMGnXChsGH380eeQxLyAx0CiZaCCNNfQU6AktP8YFcfkeAbpNXgDUpHB9bMwqjHM/Z9jDeAgvD1PhGVYdhcP43fC/S3HBEeB2D4s4VZGGWnMM2TPKNzRYwFNeUmjwRr1Pymn0iBUK1oN/tARJIC585yA6E1gJOyq008A1jEnWidfEQ17+6poiKsmP2cvmgDAdXeD9pPS6ECufp1q5Fadup+VxJyEcapikFSuBqZLxqJ5tvccn1FjsAePBATwgSLR7Mc4PO8jgk/RADxQ5gvxGeoUZlLldCAL4X2snOyfRE4kYawrF/bGsLNmhjLlmVwDKeT1THGo+4zNzZPurYBwfjy3XE+dpY8zogBuriGGtfC/tydFTzsnF7UesMTm9ARg+5X2oZ9A34Zotwv9+c1rKYQLOOEsjugZABwjud0Yn4A1nPfv6SvUZPqe6aEl4T2ZsIGCAKpZK8EaJiZYGJKMBbmybQqGaf2yyR5nvd+2EXZ2K00ao4KG83yk3ttneu9HmI/qWajLM9wuPE2C4e287ERsKBLyZnJwg7c3oIUn6iPpccNu+nwjOAgqp/98PuV82JWtspXMSIJLwNkEw5e75ucA0tBUY9yYiL4P8PUtdz6I9SJmSumf+sQS2GtLJYX/Amm5wqiHhpelOVbianlCAkGc5YlxDUS6eH0PPhnvq2yHJdKf4z8R4BV62gCaTOmLUW/Ygz5VnGUhLG9xAmxVh/+R2lyaoIukE1YDDceIm7jcv3WrERKSYbsuYeYOQkBVbDIT2q3EExTa+nixZFdgdZdgPYxNb6yZdV4KwmrnohHMQs2+WA61SVf0wjFFU4+bgwwYWFbBkajFwcVL/ak8w0ML38twEq3tqC54XdzQC9dKxInVKbl/NwQBybpzGnDnCcbcIdSTWmMNGRSeMQQ8lIJa44ynVbVYKEc4tXvwHD2pXTr/i1068S/bOyBORy/mmSE8Un1V+83rQJUuuzfD4mqmMHxnaXgmgt9gy847tOPrXBfsbvhxc6x6sRiW4+14DnZlalmyWmieMN+TP1geZDZSBWQjYALupCl8OgM2FlMz+lg8ApB7Ciz/As6cy3C/01bjdlT4Tl92dm/xmBf5Kl9BAu+QtBqEcIR2UNtubuUpwvzx5uC/MUqtrrbHoZpUILO2SrRzI/Ub0dIqfA4GqPzO20RngWgnQ6sKKh9W0qSRkEQPcAzJukMb9m0MsV4veIEdDEZ7pzOkcyat+KqnGPE9yaXXKTuH0zq8NsQ/P9xW7riKbOBMBe0U4OVDTOiyo4fglOT2DQED9dKnuX85cfKqkerSc+d/XcPb66vjrtRAAehD0yu7tzYfXGuMbMrqsMOjKh9M8bLFW04zEdRDFpa8RsVCam9VN6j89oVSzSlOcllmFzjGe3PWZIbJyrSkDSzz39zlCjIbfri+QWwLeXtgM+dvLq8DbsCrkbnwjF9Wul2wZbOiKqs/3GbeXw9F0DBANgBEME0S9v6laLXV9zLLrJJgaGI1OZQWzpenRc0knGmni6e4Pcbt+DnaUHS8gt/y7rCDm7sUR+EEFePGhLMOwNKOuxdci/nO3bv3cQhFAMM10NBDhDcbpupRGYm3nb58t+t+L2jUoC+MhUN6JLVhKxAe373ACnj9vu9X', 'pending', 1, 1796495954246, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796495924178, NULL);


--
-- Data for Name: mfa_challenges; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mfa_recovery_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mfa_recovery_codes VALUES ('01a2477f-a382-708f-9e2f-09c79150613c', 'B2ha7IOJ5zrmr_1ee8xlk9beKSn2Bd866Pmqdpf4MZ8', 1796495915231, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477f-a382-708f-9e2f-09c79150613c', 'raNNFPMgPW4__o2KIG_KwrExGYGvuvPzfhZBRRrAk68', 1796495915231, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477f-a382-708f-9e2f-09c79150613c', '-9EgwKG0nPVYH2r2UoXUxwBsd2fRejdI-f99tJihEQI', 1796495915231, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477f-a382-708f-9e2f-09c79150613c', 'D6RYvuHC-gNl_8t4ORWVoxm_Gc7TZjALdSubpcBSzy0', 1796495915231, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477f-a382-708f-9e2f-09c79150613c', 'ZG2LkJyT3o9uT8ze4IHIgjC_ViM1Mh4balw5QNASn54', 1796495915231, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477f-a382-708f-9e2f-09c79150613c', '7lOvl7Btqe0mjl2h86HJFdvzfeglxhGuPk_2iFshAGI', 1796495915231, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477f-a382-708f-9e2f-09c79150613c', 'A1V9DTdOWvJbmBhomERryfCW7fGVQgc2HweUxvgHo9M', 1796495915231, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477f-a382-708f-9e2f-09c79150613c', 'ajnsweM0DTz2BlBYbpT2Haef2Avmle3QsECJemMVZEA', 1796495915231, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477f-a382-708f-9e2f-09c79150613c', '6SyMB-CekYG_Xj4oQnUF35T2sbz8hQgrkGqWtmyxlGM', 1796495915231, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477f-a382-708f-9e2f-09c79150613c', 'Gi6Dd7tPJxyE2UoS4kgs1BUdOFTTYfce3FAYqrmG24Y', 1796495915231, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24780-5363-7860-a7a6-a9e06372872a', 'Ji-hCPyXBMYeedRVFI8CP1_MGwJyyCa6_11WlIQkQYA', 1796495922972, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24780-5363-7860-a7a6-a9e06372872a', 'tSa4Dhx1War1fyRUpydR_9b0nrRGhpwJ8Bvb05qNXwc', 1796495922972, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24780-5363-7860-a7a6-a9e06372872a', 'GS5e045IdFSOqgHq-pNF8gHCylHi53ofzMJg7enjeOo', 1796495922972, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24780-5363-7860-a7a6-a9e06372872a', 'YLzGWeYHpGtR6SIY1niAe3969__IAu7Sd8svXk7PqD8', 1796495922972, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24780-5363-7860-a7a6-a9e06372872a', 'P4MoVeL8Sg_wcfkAmLKb83fag1c1veoaHoszlNeiIQo', 1796495922972, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24780-5363-7860-a7a6-a9e06372872a', 'eCd_HFsqunnRw-Cxj8Vuz1Q5qgt4G-K3nIw7cZpuVtc', 1796495922972, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24780-5363-7860-a7a6-a9e06372872a', 'nR7fOZSgbmr4GE9JTPgKBc5-ywx3FA8Y-K3HF2b68Gw', 1796495922972, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24780-5363-7860-a7a6-a9e06372872a', 'AHPZA7PL40Xx5agu24GeYKhv98429-NHTYwAqMZDJjU', 1796495922972, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24780-5363-7860-a7a6-a9e06372872a', 'W1oFUHSdMFPRr39PQ5BVOhKCjSbP5kZ2ReMY7HA3iH0', 1796495922972, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24780-5363-7860-a7a6-a9e06372872a', 'K7R-WVmjgzvuPLksHFekDPjfACDDbSoX0R3p0cONMD4', 1796495922972, NULL);


--
-- Data for Name: mfa_totp; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mfa_totp VALUES ('01a24780-5363-7860-a7a6-a9e06372872a', 'yPCTKJ8g41AgURpcZnvt7Xq14TWnsdjGE1LMgfpzBeLjA+mU4PGpD373vx5sXVeV', 1796495922961, 59883197, 1796495922596);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', 'GVBOc5mrHHbsjVuvve0HoUQHh0WymrbPR4YQSOyqDaM', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796495892497, 1796495892497, NULL, '', false);
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796495896562, 1796495896562, NULL, '', false);


--
-- Data for Name: passkey_user_handles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkey_user_handles VALUES ('01a2477f-a382-708f-9e2f-09c79150613c', '5_UZOZmkA8jUpCksTWZtOpE0tUIqo-mJtxFp2dDy3mc');


--
-- Data for Name: passkeys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkeys VALUES ('01a24780-38cd-73fc-afb1-19dcd0c78f22', '01a2477f-a382-708f-9e2f-09c79150613c', 'XwH-HH-Hf8CnYb0AcycB4fUyAQ5COsEyFitd9h5Afvc', '\xa5010203262001215820369f393c47b40acc8c9a7db1a886e9be4d645f500c863a000e3652b64ece4fd5225820b177168c0e13e64c2a23493364d0486bd5167720eebc8840735d015b5db7b9c3', 1, false, false, true, 'internal', '00000000-0000-0000-0000-000000000000', 'Fixture laptop', 1796495915213, NULL);


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
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796495880932);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('Iv_13Jtwj2bG-7H1cobvNQ', '01a2477f-a382-708f-9e2f-09c79150613c', 'gatehouse', NULL, 'D0w-HltYzjWpAKaSdoUlbsDWcjbkbGowf0U7ts-f3-U', 1796495911889, 1796495912086, 4950095911889, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796495911889, 'Xitj1wJOaW6U4iGLc08KMt52GAtzLf-YvXu_2boFWLo', 1796495912086, 'OheizzUL1X1osMcF3B6X7vjR7hNWPnFFknLEOIsCZBeHTuRACsz_iXQYSiK-cZ5DH2Rg4tekH7QwbpblEGzmVjlvoojZl-w', 'pwd');
INSERT INTO public.sessions VALUES ('daKMlbw32UQugGf5I9umJw', '01a2477f-a382-708f-9e2f-09c79150613c', 'gatehouse', NULL, '5L7X9iYmpun1Qh_ekREzFlgubSzWJfWqaUAFy0Mt6sI', 1796495913659, 1796495913659, 4950095913659, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796495913659, NULL, NULL, NULL, 'pwd');
INSERT INTO public.sessions VALUES ('n6tSPH3oSD4S3yZFvDC1gg', '01a24780-5363-7860-a7a6-a9e06372872a', 'gatehouse', NULL, 'Cmcmd7ODYnaZ9LQ8NmutbSYU9EuN0jiUM4KAdAfcohY', 1796495922540, 1796495922540, 4950095922540, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796495922540, NULL, NULL, NULL, 'pwd');
INSERT INTO public.sessions VALUES ('SolBZ3IsMmijx2UpcVmQIg', '01a24780-597c-73e8-98d2-f52878c0efda', 'gatehouse', NULL, '6jt0--1yWHOrmWg5EDC33iIZsZStkyZWE1HPvwoWcKo', 1796495923613, 1796495923613, 4950095923613, NULL, 'Python-urllib/3.11', '127.0.0.1', NULL, NULL, 1796495923613, NULL, NULL, NULL, NULL);


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('5TVPFwugWbMTq1s5wLBAtg', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"5TVPFwugWbMTq1s5wLBAtg","alg":"RS256","n":"zBSg3iR0w6kbVZqWC16vRHmIAMeVzCLWRyCms0QlZX7VHrTOerY2PBlxD5BL4sT3b3RuBgBu037AZKIauvShI2RJRL6Fovysztu0HpWQ8kEp1VCpPOfbC2emZS4ZW5rtQI_Vn_uop739U5-LFB0U88WEOwyGrzNwWwPDl1VEuf_Z6hVmAFKdAWmOqD6pS9XQr9lVfTTZRu_I-cwZcM5M2wgxwJB93vCU4ctakg1f0wMbMA55Raw8xqOqhH8zBSm1IFDzebFsx5uZ1JcYBfV1Dk27hDxvbFM08fZQYglqWr2NR9eeN5bcR0MjnIdwYAz5gwPTQuBeaSEEw828fBGQkQ"}', 'k/tu06v1gVqBQhaDf/B6Eti8sYOeinGRNmccaUdw6x9yCBfSiFsbkyQrPAbDR1RmgP93dcRKeCx2QyEGtzg2/eQJLMuSpAKFExHyYncJy9f1WTWdNg1+ET0hpr1V/exetunPDtrBXRgYBURmf5M6odqrdSwHDkZrs64ab+h2me3T1wlPYKSgnhEIMp1NB5FMjJJCiXZ46wsnJAnTYUFolM/XMmZ7RmSl4Bx+7+2ukSNbxcPedLz/4qLbmTVsmMFHIXTuTds954q5ui/kHLQ8SVjYM4Lu+TlOBkzeYZvCcqwgr3up/20j1FWkq9FDopAsDIX9174Pp4oJYVRPuF0OjAHQxAC4GrEpzXz298StGxlJebZOYMIHrdL8UQvgqOvCNTfaX8xPxn6TpHhvi7RqCs5pPc5CZEUAF18wg9s6e5uA1UbugEfRMY39qR87tuFBXdvpjVOdO3eHQQ+1556YIALRiHbQhqK0eHjrz8Jys6yGcIzqLBDWeiMi48jSW2iVi3jlTYqAcEmsdXLKTi/jjXLeKdj5Ui6+PoM/xaJbxHJgfqCMyXfR+jZ26iL/98hpqlFJNnh9iydf0hpaLC0Vtzy1g/O3Klbs5MJPxqRTNMWgviYBHc+ttRRcXdgZxYeQYxSp8ArrGfIUChy38wDdobGjh8Ynx3qV/hy9nxSaa0aIyMBpSJGRQ7oDri9X6VriThVYC51kV/zsdUwkx/mKYvjJsuRgWsU7kz7Z2yy+0bbBA6++kbNqi29O+bAiFRJqut2EGNKDD9wwjBg8KrH2+bxShQ8u1zd3w5vFNbCpVeldzb4/1CMoCocgIVJqk9Pp3lNj+RCj77E1aLOZnq8w43Tie0nRXLYxUJEOu6238zHOknYHNgTuGsozG3t6M2r10FmmCh1C+x+OADjn9K7qj6eYo5+mJdhZWnB0yQJjE3R7AfUb3g1OEnaFM9x9cpyXkSn6cm5w6CN6xp86KBqAdcd954PFvwB5TflUVD4NroDlqcOiqZZfIyZrCXpSaqRapCjn02mxZc3oSKkICdm+1LFDSOy60KzNoeiAdt8p9m0+cRjjDoQ6B4PHF9Mh2DFMzYfyiYla1HDQ9bw+WIIjW1wA09BFpyopXoPO0kfOV9r6fqV41IddRbx10+aV3fiQzS48Ly0MG275s8pahwLE2fhb+n10CHq9dA9NUvKNBwzWCAQhZMzUokP02o6MDQTQyQYuJKUoFbVKlqtJXbhvC/JUd3MdFjdY8j9ZIiH7fV86qYTqd4Cs88fgGmhBydMOhrVK0uTWOyGdl4sqGtbqd7U7rrCENuZwzhHxTwr5q8GrHDp0k4LSsKYQXOwYRksvNH1oGeGEgGxNysWC+nM7EtpQPnsWSOp0d/5fBTKfuTxiOGe48c92UiNvHjr4yA0kuCQaxPaVHjP7KtzQom6flkD2HkiedzRg2hXZoyYYbgkygd8kKiPZ8X2GgcLNUXbrvkayPVAoyJfmseBZPrt6mHn7CKFmK5oZbXKpLKLOCLmSOoZX3ALTHKaswTYuRAXbvR6aSH2K8qjSf7k+5uhn90aYvFWXp0ixDDJc8RReOXXFxv8ynupoGv/31CMDCI3Uhp9Jz6SfWzPQeV6e6rV64bjMOvbLDwfShGu57O+qVYwuAtHjq9z42Sh/yTdx', 'active', 1796495892904, NULL);


--
-- Data for Name: upstream_logins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('Xitj1wJOaW6U4iGLc08KMt52GAtzLf-YvXu_2boFWLo', 'Iv_13Jtwj2bG-7H1cobvNQ', 1796495912086);


--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_identities VALUES ('fixture-oidc', 'fixture-subject-erin', '01a24780-597c-73e8-98d2-f52878c0efda', 'erin@example.com', 1796495923592, 1796495923596);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a2477f-92fc-7be2-a0f2-76c549932233', 'user');
INSERT INTO public.user_roles VALUES ('01a2477f-92fc-7be2-a0f2-76c549932233', 'admin');
INSERT INTO public.user_roles VALUES ('01a2477f-a382-708f-9e2f-09c79150613c', 'user');
INSERT INTO public.user_roles VALUES ('01a2477f-c191-7a19-bb5e-53c7d5ea794b', 'user');
INSERT INTO public.user_roles VALUES ('01a2477f-c191-7a19-bb5e-53c7d5ea794b', 'auditor');
INSERT INTO public.user_roles VALUES ('01a24780-5363-7860-a7a6-a9e06372872a', 'user');
INSERT INTO public.user_roles VALUES ('01a24780-597c-73e8-98d2-f52878c0efda', 'user');
INSERT INTO public.user_roles VALUES ('01a24780-5afc-79b8-bdcb-870b70128792', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a2477f-92fc-7be2-a0f2-76c549932233', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$0D5XxtGc96j389bkTK2qHQ$JHy1SXz+6e93dGm7YTkpvidlJZp3PQ/ERanBc1fR3NI', false, 1796495872764, 1796495872764);
INSERT INTO public.users VALUES ('01a2477f-a382-708f-9e2f-09c79150613c', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$VZ+N5Uo5Q3r8MMDkbarIug$kwOmPSKwdOvLfHxXGxBQ8vmlsYuBNWAAUCFqLjkxN+s', false, 1796495876994, 1796495876994);
INSERT INTO public.users VALUES ('01a2477f-c191-7a19-bb5e-53c7d5ea794b', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$N3mA+fR89JT/80RWtm/JNw$DnAxMYoGy2x1jPfGaklo8mL61TWgoh27S8LFuu4A2Hc', false, 1796495884688, 1796495884688);
INSERT INTO public.users VALUES ('01a24780-5363-7860-a7a6-a9e06372872a', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$lSQODDdzxoJLa9Tkjmz9ig$Mea6LdRz/ygQhwL9jdQzt627IRsNSJj10gsUi4Xz7uU', false, 1796495922019, 1796495922019);
INSERT INTO public.users VALUES ('01a24780-597c-73e8-98d2-f52878c0efda', 'erin', 'erin', 'erin', 'erin@example.com', 'erin@example.com', false, NULL, NULL, false, 1796495923580, 1796495923580);
INSERT INTO public.users VALUES ('01a24780-5afc-79b8-bdcb-870b70128792', 'frank', 'frank', 'frank', 'frank@example.com', 'frank@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$FqEHaP7CD8Ggx7xeZvtbGA$3RVJ6nhkbIieYe16sG8wOgbs47awu3ipzYahvvq7VjQ', false, 1796495923964, 1796495923964);


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


