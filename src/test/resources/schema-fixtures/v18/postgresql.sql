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

INSERT INTO public.account_tokens VALUES ('-Hj0K8gMC6vxNRLCAzDsMRvGstz5bx5Jai5RfuwE-bk', '01a24783-c95a-76bd-b5a9-885e68f51563', 'email_verify', 'frank@example.com', 1796496148833, 4950096148833, NULL);
INSERT INTO public.account_tokens VALUES ('qRhfPL9Zme0NXGQwY0yKn62oncezqcFZzh1CfuJiTt8', '01a24783-c95a-76bd-b5a9-885e68f51563', 'password_reset', NULL, 1796496148921, 4950096148921, NULL);


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24783-56ab-77be-adcd-7e76275fe788', 'user_create', 'success', '01a24783-5691-7f5d-8920-c96d95ba139e', 'cli', NULL, NULL, 'roles=[user, admin]', 1796496119467);
INSERT INTO public.audit_events VALUES ('01a24783-5f84-775a-93c4-777f1ffdc86a', 'user_create', 'success', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'cli', NULL, NULL, 'roles=[user]', 1796496121733);
INSERT INTO public.audit_events VALUES ('01a24783-662e-7d93-b01b-c8d1f7ce3b25', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796496123438);
INSERT INTO public.audit_events VALUES ('01a24783-6ba5-7c04-bfa7-896aff940a27', 'user_create', 'success', '01a24783-6b84-79ff-8983-b3890c4bd140', 'cli', NULL, NULL, 'roles=[user]', 1796496124837);
INSERT INTO public.audit_events VALUES ('01a24783-7303-7fa6-83e1-d0c19b115e02', 'admin_user_roles', 'success', '01a24783-6b84-79ff-8983-b3890c4bd140', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796496126723);
INSERT INTO public.audit_events VALUES ('01a24783-7f32-7a13-9d48-80539e52b860', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796496129842);
INSERT INTO public.audit_events VALUES ('01a24783-8888-76d8-bb4e-7deb4dede944', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796496132232);
INSERT INTO public.audit_events VALUES ('01a24783-962f-7950-94e4-5864762cf2dd', 'identity_provider_create', 'success', NULL, 'cli', 'github', NULL, 'type=github', 1796496135727);
INSERT INTO public.audit_events VALUES ('01a24783-a336-765b-9473-d67a75bc32e1', 'identity_provider_create', 'success', NULL, 'cli', 'fixture-oidc', NULL, 'type=oidc', 1796496139062);
INSERT INTO public.audit_events VALUES ('01a24783-ab8e-72aa-b181-272fc216120c', 'client_create', 'success', NULL, 'system', 'gatehouse-console', NULL, 'type=public', 1796496141198);
INSERT INTO public.audit_events VALUES ('01a24783-b1ea-7bfe-bfa2-a710455f640c', 'login', 'success', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', NULL, '127.0.0.1', 'session=MvmB5hUEI1yWGVvgDwbvuw', 1796496142826);
INSERT INTO public.audit_events VALUES ('01a24783-b376-71d8-8cda-50c7a1fa9807', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796496143222);
INSERT INTO public.audit_events VALUES ('01a24783-b4f4-779f-b191-26330abd9df6', 'login', 'success', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', NULL, '127.0.0.1', 'login_session=01a24783-b4ea-7add-8c44-ae6f0048a613', 1796496143604);
INSERT INTO public.audit_events VALUES ('01a24783-b553-75eb-9afc-2dfc64e42708', 'consent_grant', 'success', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', NULL, NULL, 'client=fixture-app scope=openid', 1796496143699);
INSERT INTO public.audit_events VALUES ('01a24783-b55c-7aae-96c2-f3ed226977d6', 'authorize', 'success', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'fixture-app', NULL, 'scope=openid', 1796496143708);
INSERT INTO public.audit_events VALUES ('01a24783-b5d5-7f9c-adfc-eac25462e3b3', 'login', 'success', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', NULL, '127.0.0.1', 'session=v6wTampNhyLl8uO5g21vFA', 1796496143829);
INSERT INTO public.audit_events VALUES ('01a24783-ba63-7505-83bd-d85b7b408b52', 'passkey_registered', 'success', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', NULL, '127.0.0.1', 'passkey=01a24783-ba49-7604-88b4-7acb0f2b291e', 1796496144995);
INSERT INTO public.audit_events VALUES ('01a24783-c4e4-7dcb-a435-1c914ac93531', 'user_create', 'success', '01a24783-c4d0-7312-b9e7-ab8542e71212', 'cli', NULL, NULL, 'roles=[user]', 1796496147684);
INSERT INTO public.audit_events VALUES ('01a24783-c5cb-7b8a-9c56-7be9869f8b34', 'login', 'success', '01a24783-c4d0-7312-b9e7-ab8542e71212', '01a24783-c4d0-7312-b9e7-ab8542e71212', NULL, '127.0.0.1', 'session=z9Dm7twMb7oL9XyZozwTcw', 1796496147915);
INSERT INTO public.audit_events VALUES ('01a24783-c68c-7ea6-878a-e78395913029', 'mfa_enrolled', 'success', '01a24783-c4d0-7312-b9e7-ab8542e71212', '01a24783-c4d0-7312-b9e7-ab8542e71212', NULL, '127.0.0.1', 'method=totp', 1796496148108);
INSERT INTO public.audit_events VALUES ('01a24783-c84f-7572-89af-7745f63dbb99', 'upstream_login', 'success', '01a24783-c829-712e-a75b-d41668dac311', '01a24783-c829-712e-a75b-d41668dac311', 'fixture-oidc', '127.0.0.1', 'provider=fixture-oidc subject=fixture-subject-erin how=created native outcome=created', 1796496148559);
INSERT INTO public.audit_events VALUES ('01a24783-c858-71ad-b43d-931b1685726d', 'login', 'success', '01a24783-c829-712e-a75b-d41668dac311', '01a24783-c829-712e-a75b-d41668dac311', NULL, '127.0.0.1', 'provider=fixture-oidc session=QwRT3NfJFWU1TIKjDvrpwg', 1796496148568);
INSERT INTO public.audit_events VALUES ('01a24783-c960-7335-8df4-81b39bc4349e', 'signup', 'success', '01a24783-c95a-76bd-b5a9-885e68f51563', '01a24783-c95a-76bd-b5a9-885e68f51563', NULL, '127.0.0.1', NULL, 1796496148832);
INSERT INTO public.audit_events VALUES ('01a24783-c9cd-7e52-a0af-8c13609709b5', 'password_forgot', 'success', '01a24783-c95a-76bd-b5a9-885e68f51563', NULL, 'frank@example.com', '127.0.0.1', NULL, 1796496148941);


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes VALUES ('0ncW4s6aOtqz0CMEnRyWqYOqiV-LSupsVOFxSPhGV5s', 'fixture-app', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'http://127.0.0.1:9/callback', 'openid', NULL, 'dZYpVhRJb5vhzzr1wEGm8Y0hq1qYfeeyPOzg427YRL8', 1796496143594, 'pwd', '01a24783-b4ea-7add-8c44-ae6f0048a613', 1796496143700, 1796496203700, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: authorization_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents VALUES ('01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'fixture-app', 'openid', 1796496143697);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 18:41:57.509037', 57, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 18:41:57.638448', 12, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 18:41:57.662683', 13, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 18:41:57.692071', 15, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 18:41:57.721614', 17, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'authorization', 'SQL', 'V6__authorization.sql', -1011304854, 'gatehouse_fixture', '2026-12-05 18:41:57.752735', 17, true);
INSERT INTO public.flyway_schema_history VALUES (7, '7', 'signing key per alg', 'SQL', 'V7__signing_key_per_alg.sql', -559768327, 'gatehouse_fixture', '2026-12-05 18:41:57.777876', 3, true);
INSERT INTO public.flyway_schema_history VALUES (8, '8', 'access token alg per client', 'SQL', 'V8__access_token_alg_per_client.sql', 1781282387, 'gatehouse_fixture', '2026-12-05 18:41:57.786457', 1, true);
INSERT INTO public.flyway_schema_history VALUES (9, '9', 'audience', 'SQL', 'V9__audience.sql', -1153306411, 'gatehouse_fixture', '2026-12-05 18:41:57.799817', 2, true);
INSERT INTO public.flyway_schema_history VALUES (10, '10', 'session sign in time', 'SQL', 'V10__session_sign_in_time.sql', -912300823, 'gatehouse_fixture', '2026-12-05 18:41:57.81274', 3, true);
INSERT INTO public.flyway_schema_history VALUES (11, '11', 'refresh reuse and code replay', 'SQL', 'V11__refresh_reuse_and_code_replay.sql', -215074945, 'gatehouse_fixture', '2026-12-05 18:41:57.820761', 25, true);
INSERT INTO public.flyway_schema_history VALUES (12, '12', 'identity providers', 'SQL', 'V12__identity_providers.sql', -1896468425, 'gatehouse_fixture', '2026-12-05 18:41:57.860808', 21, true);
INSERT INTO public.flyway_schema_history VALUES (13, '13', 'upstream logins', 'SQL', 'V13__upstream_logins.sql', 1660750165, 'gatehouse_fixture', '2026-12-05 18:41:57.892061', 14, true);
INSERT INTO public.flyway_schema_history VALUES (14, '14', 'second factors', 'SQL', 'V14__second_factors.sql', 619030395, 'gatehouse_fixture', '2026-12-05 18:41:57.912907', 17, true);
INSERT INTO public.flyway_schema_history VALUES (15, '15', 'passkeys', 'SQL', 'V15__passkeys.sql', 583383757, 'gatehouse_fixture', '2026-12-05 18:41:57.939129', 40, true);
INSERT INTO public.flyway_schema_history VALUES (16, '16', 'second factor policies', 'SQL', 'V16__second_factor_policies.sql', -1800569576, 'gatehouse_fixture', '2026-12-05 18:41:57.98994', 2, true);
INSERT INTO public.flyway_schema_history VALUES (17, '17', 'client web origins', 'SQL', 'V17__client_web_origins.sql', 2060652799, 'gatehouse_fixture', '2026-12-05 18:41:58.003046', 5, true);
INSERT INTO public.flyway_schema_history VALUES (18, '18', 'user locale', 'SQL', 'V18__user_locale.sql', 1984529484, 'gatehouse_fixture', '2026-12-05 18:41:58.014122', 0, true);


--
-- Data for Name: identity_providers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.identity_providers VALUES ('github', 'github', 'GitHub', true, true, false, 'confirm', NULL, 'fixture-upstream', 'u9KM16LCq1ZTTG6PSAEgQThh0pcFUxdez4jn0FD9x8dBMWXFtWQrwYF47NNVjyX/TRxb', 'read:user user:email', '', NULL, NULL, NULL, '{}', 1796496135624, 1796496135624);
INSERT INTO public.identity_providers VALUES ('fixture-oidc', 'oidc', 'fixture-oidc', true, true, false, 'confirm', 'http://127.0.0.1:18463', 'fixture-oidc-app', 'IqP1dCHiDsrm1irvtWwJ/Nnvx2ncLIuEwpFaXkWfDUv9BTC0qVZ8CDlPAcMGh1A=', 'openid email profile', '', NULL, NULL, NULL, '{}', 1796496138947, 1796496138947);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);
INSERT INTO public.job_leases VALUES ('key_rotation', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a24783-b4ea-7add-8c44-ae6f0048a613', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'UKLmJtGxRUoTpBJJTJt4rkbfYkM56ch2uD72u3lnOtA', 'V9AEWsbicII25AHxqZnzMPb0-bB53BYQuvOgaggZk0U', 1796496143594, 'pwd', 1796496143594, 1796539343594, 1796496143594, NULL, '127.0.0.1', 'Python-urllib/3.11', NULL);


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_throttle VALUES ('forgot:frank@example.com', 1, 0, 1796496148898);


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('01a24783-c969-7f7d-a654-67028043e1a5', 'email_verify', 'frank@example.com', 'Gatehouse: Verify your email address', '1ZnTnczlpAEwz69w1Yw2/DPBfDUrxd+dWy4eK0hPJD/O/Quwg3ZbThoQketBeHx35eRHvIxADzM1ggNzmgG4w3LfPZQhJ2qZpXdV5K31DjQpKPhTI6xKxW70SfUnBA1sEXo2vFJyhq1yDlDdIlAFj8awWppt9W1ROZfHl8bMZD+U1LhXnTkyw2sc0iOBV9arHTmoY/tBqtQaO2oAgiv8jijF2qS1TukagivoLB00T3chqrF1HVVHJDIL+MwAqWYSmt1ZoX7/brEa1Jt4p7H3PJToilZcODqOyaHyDLJXNRbp9R4ahPTUD72/pj6F5KSEBgzn5NGUNFExUDsk4J4HA8Hdb61QHcV9VoLASFcK2qViRc7hAnviq1D4F4XwDOAAFUKOmbbpmff9mf4ZFAEb1JFlO0WCLV6Wwvz5D7XNLdyUrbt9q6RMD80gAJwWcWUKFFABeny07h2QZLexCCE8woMd1VXG251pOTolgnQVXzWSq5ahwAufGsBPqQtureTe1Lc6L0o9F+UuHa3VgCOvFMb1L4Zz9Q3MPESSgA==', 'Pm6JAhDsK5m6duBaJMY7LEfjtyTVVob0PHR3ilA1gEM0MMoq1bqFWgJC54gytSRUZ4+u+EPRfrfeeu1tCkwSMwAzclIulQI+b/aawz0rVuQSLsDKWG0TdYYOGOI7b0ZTCf5TfzF3xvuZN6MgzOLSGlibian0+bi4aZJ2EXKJwEIJMKAf1et9rvofp4MY913ynQl8KvF3H/N5JB9CBT/piOhyCBsiEpDr998MX0RbbzE7GC3k4g6BWvlxMS0uBgGPrFUftvKPnavvBEhz5dVKLqqyYHB624J65aaVe4OLWx8S73IbYxRl19WQzMp329Nr+WT876gLLodT98sAgAhJVM9VvfLmyhDIN10Bf/BOGPgLD3IyKqme7ixZql1pEboQLgDJ772WoEIQtXpkje6NVhUrdCFNqvc0A3NCf1hm2iwu6QH8FrQMtN49hrj8E00g09GSrDP2K1YOZpPYvwAKOslCmFPWS92BQl2Dkr2nh5Q4kZhmgU9Nn44K+39OS6qgFKAiw66j/oSQQ+84noBbzNpjnZydc79hstqdpUyaZQ+tvBSyQxgSEzVEKycvWpT8koBwsiWCjmhpvf+08dG4b8qOyjd9SJjK9nDrKotnxHiqBQlIQrS7SM5STwrwwW1B59s9897VpK7oSafielfP/pGJShO4RV1lytGTSzQXp6/i8Vx/re8UyvLIHriGd11JfrCtKwcje1qih9qnpXdoxslRs6j5SX0hluVXn9/oMqPHL4s6GX+hRLT78+XQhCseIqiL9okTKF4dFRgx8ww22geAxTRTpLkm+FBBdbgIpY3WnHJaohacb1NfHRUTZ5M2DjfTRyQakJnegGunDTGAVhE4WJr4TK4CSDvWEwyASy23e3EjmLkLEF7NfkmU9RaYSMfXhVcv+D3+gg7oweE/RpBSeW7qW9VDlYYPVNjfqBpscv+35mbVUAOGfwiBNoMhoJNTfXOhzTFgLcKkGVM+4ELiKKxHbXhzpR/Kt8NSifgYTL6TmI+2LrWzE9NgbBVn+Qh5mhZ/K2UDGuqAUMLm2TXvErybWxepN5jKsAZwW/XwawBFYeAp9FHcTX82lIk6ivMWetlYgOPsx72Le3V3/ZRqQlaNFRK30jgQ/OFin+yPunu4vtWuA5Nx+9h6vf9Fe5F/2y9WbyTDUvzEQWnkmoSGdHnJuIxN+QoZc51Xeb8Cqf1J2FYskhiVV2vM3iJXcCIdHT9XMlp06owOnMyRZSr8S36PnvuaveI+DUkdCcUF0uCOD6neEjrz4ymwyBIn0OB5YuRhyCj7Makuq/Aa9Wwy/2wkgx2UcDlbcVbaeroZs0osbyDyRP9o56oK8OzqO/Ryge4uPIX2wXGgJh4N06GMEk0dSHu4b0PCfDIxbgjVR+3OdsNIC0VHyBWbFBchodZgOATmt3bSPoPyWLikKdGKwP1hcPo+5yxw5WznjPL7DMn6A9qFtxZ0HPLf2aEZWU4Naz35TFhO+x9nBuzFeH4xgQSkLtwroL5BlJWfHCuZPjnljjvoJ7TbjNBq7jKE1t8LD0S/iL9usjtafHdbYOfrgBGb8Zha9a/aHFz+oZxjn5WK7gkG92mGrSXL/ngaIOh6cwyRcWafy6dSUPkU', 'pending', 1, 1796496178884, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796496148841, NULL);
INSERT INTO public.mail_outbox VALUES ('01a24783-c9bd-7234-9960-09188af8ff39', 'password_reset', 'frank@example.com', 'Gatehouse: Reset your password', 'nJkPl6b6/C3ewS0psihKnFASbt2jid/+qgu4NNWRzrL7Rreg38fde7CCSuWzP6mie+M0fqs9snxDYKFso0IET8imz8kZdte2H60YxbQghLrhLKsBpcN4QwXfLmSi+j8gPwKMmqrwmg5iwpYvlbJD8HERCFd5M9FKIUCllL37Zrs+tplgoNZO/MNlaslXi8x9YYwNdgGYHlcU9iZOf4cH83xxREYbwElgqOc7km9Czp9weC4d3PQkBleXm/pQ7ZwhInVq+K6xeVqWcGDO8RINXfT3eVNkAMQ8gQMI8Kla6CO/O60XbbOWBVpLnDAgygzlVJGH2IOwbABAIgiLh80J/utMPcnGZKy7S+NNjVFz3vpiJ0nXeuNvHAHhLc/cXcy0hePl8TbcjoeqQ8NgbJ+UXGSpNSxpMhY//SuLl5R27Qg/Q41ItfU8eCy5piTOSAtsi0dUIYHKJ8hD2VcSapoUo/2oJjEKyIReEWkcSusw/87GZA06X7CTVxWRDyVzmLRXPCHc/rK9zv0InnjhOu6Lh4luoA2nGKqC67t493r5z6xqJRMsBINHBq1LN6W4DdorrgV4l0HMQzE=', 'ciwCpF6U6+ro+KrOVMjuM8Im+Ysqwim5luAIdoosMSpu9lV5paY/u+gk3hnQdMYbIvfnyyPeLMlUvI/4PomhZPsT5pVEnfhTPFvCN7dpvGqDAOCkeyS5nCxAgkalFsUL6Et0z72t/aMtqNK26BJ0tcIuXBF8dQHBjcdXh1MqX/6w+niKMvhmuAnonhL0ovvfB9+Q7kljQs4XThq9S5zqE1gQBhAIttgm1tpVkvLmvbY+19nZoG6E01a4lM12zDqujIRoiPMzur9LRmn9FGi60lPSOFedQo4yITHWS3F/QvFp4TNDfaYM1+RLTukN6aAc8d4I6z3e7q604KU3IDAbkvRxL/jMoyhWAnhp62k1TK/HOiPcQw4CEAGIQtqjEItndNtoblC25me40S/LmpG1ESUdGHhhpZanuat9+gt4bKLZbSAItGeqzYt/URmpf0lM2igL5lu3xAI7fDPKyOJE072zhSmDhZFhTOYCJ73mvM+eSKXdUz0VLfN+mWzNpP29OFzJWn7tcLgUg+C22bv4//l4w1XosAHDs0UXXgen9KAdPVX6uhisFclf2jhLBzktMPPPOIm5Hi+Uyo8BBCdR1pfuTeCqK7B5HXPql/fxw4PjXmc4l9Ei5jReLK8ZMIld8FH97/G5+FT7D/F4+o2NwFwDU6jeDSwHrcjEiEB7QZnzHG1Mw42G++ou+N2opy8fMtnIjAlt+cCKGi5njEEr+7kFI9tfhGS1a7hQuSnE2QSesLklnN7CFfFcZXu1NRCxYmPzDEoXPTg3wLxWqy5gRL+U6FROgUuWRLHrZvIKhk0c+k4QW/QoV+9xo1Wwmp1XRmcqXYSXS9sxNIN6QWfSjQ3j9fXiaDqOAJdDR+OPMjc3S+XTOAuNFLeRMy7FFrQktYTn4CU5Tcyum50vspMhd8QKH6yMSxAbThmJa3ASbDphQVO0+T1cVI/UVZmuOSb5G1mHaq5gYI/twYRxJhqvJmj5dvFTLxnWgkgsuUIgVcR8CmF3Vi5nVNTPOkj6HZ47kwjkgV+Dq1eBqIwj4k+XoJpaaM63umc9dKkCsucMlx4uWictO0rxkKZt1uWUJVlT8nn6j1d8cEJwCSbW1dhScCHrTyBSuL6pANYuNeC5EVU1NCrgAegwb3VOpaGjHcKsPsZ+A1cqXg9LWQXhEyPZl+c/Kw+9f81mHGJ86GbIOOLSmgrmQXImtdLfq1EKAtZSTCPT3n7lulBLSINuFfJ6H+cl1mv6kbXjOqB49XC0gmGwyC/hDHlO3wbgsbBypkwP0qrQoBwTyIiiuOYzeHEyOg/pnsw3fCegnwVxYuwe8+Fm2nzwT6NQ6F4657OlNbiDGYtmHnFz8PuvXOKcdlFPey7DnWtHx5dwzByPuwKvfg0ErWpn3LWsWDJeQWpW5LdwFR6noXYr+iT0fQgCxZYciupugksjkflK6nRFhRwL6Dcfam8uoE4fLenAw4spDLeHTd87fNYhjDZfT+woijzm5WoGX9VkgLpxnhkLo0qrnJTn2SSI49OKrqLuj//4Z4Xo7Bt1ohYMJey7Q7L6Y91bthIFtkw1VvU29Tvv1I1o5r8zgUqcuH0hS+bx7ZsLXSXQYvUlKaAQe4GpkAKEl15Q4/zgzej/bjlF0EJCW7R3S1xi5g==', 'pending', 1, 1796496178946, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796496148925, NULL);


--
-- Data for Name: mfa_challenges; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mfa_recovery_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'q2Mjq2YO7-AALzfsP6Y9WJpjB9r2GSbhiG29NzJlH-U', 1796496145015, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'mf7jmIzAtAVwjhfxUef7wCmYiEG1O00e8jHdRrHexh4', 1796496145015, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-5f5d-7531-8ad5-0742ed8e3f83', '8RY1TQdIbTcMqllq8lQC2mTNfJP9w7GvjPp31dm1ZHw', 1796496145015, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-5f5d-7531-8ad5-0742ed8e3f83', '4bIfRq10gw3ZDFDkMJzLQldyLsOoi5-BvRoVFNS4rqw', 1796496145015, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'jodg-StW3sIIM2khmh_RvSOrTIbFQD1wLUN1di8MU6I', 1796496145015, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-5f5d-7531-8ad5-0742ed8e3f83', '3-nkpaqSJVVZ0jvyBXp0___qIDRocgkgvKXDswsF3p4', 1796496145015, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'uq40pJiqZtAZpu8F1EBUgmCImWo5VleHowkf38c4ytM', 1796496145015, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'QZ5WazhDe0f1cm5Rd7msuurlK6U5-asocFP5GjFDMh0', 1796496145015, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'PTTrL2Q8CAQ2TYvuBBLUcNoVzmTT_0V0-GfJlCJ1koU', 1796496145015, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'NywQQw1v1LueuRFBtmuuiZo4uMG8E7eT9nOWdZVUbjc', 1796496145015, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-c4d0-7312-b9e7-ab8542e71212', 'NZtjgZ9MjsGJH1owtehwspKzlpBbxpCQ8JmpfSxEF48', 1796496148109, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-c4d0-7312-b9e7-ab8542e71212', '4eiW3-P270a-0iRqjbpPSkFWRDrMHSZLVDPZgJhqC5Y', 1796496148109, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-c4d0-7312-b9e7-ab8542e71212', 'zLD7MsWxEffpPvVCvKkLSvRZElE3zK_cYZtqo-zKW30', 1796496148109, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-c4d0-7312-b9e7-ab8542e71212', 'SdHJG8komlpCtaIgLoe40G6GNO38CF04jVFCggnfVYM', 1796496148109, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-c4d0-7312-b9e7-ab8542e71212', 'G7LpArK28TusovLWjdKN59ObU_SOd1PWDETY-sjIPDU', 1796496148109, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-c4d0-7312-b9e7-ab8542e71212', 'VTce2oPmWSpxu9q8ZyMC2WE4rtAepYcBepulHalua_Q', 1796496148109, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-c4d0-7312-b9e7-ab8542e71212', 'dPy1UNUfY7hsmLyzsovqWZXMTavpX8wtchX-1Q5ClSg', 1796496148109, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-c4d0-7312-b9e7-ab8542e71212', 'mwYungIVh2xxGea1c7OCHX3Cx_sG-GYtvOdPtKRHOFI', 1796496148109, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-c4d0-7312-b9e7-ab8542e71212', '9svLIE4x-wWu7JloQvtkmZz1Ze8XdoXppcXTYEI2rnY', 1796496148109, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24783-c4d0-7312-b9e7-ab8542e71212', 'PYl7M1vJ9Sae0i2mNOwSm19ep-YtTaEEbo2oklqEzBI', 1796496148109, NULL);


--
-- Data for Name: mfa_totp; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mfa_totp VALUES ('01a24783-c4d0-7312-b9e7-ab8542e71212', 'FNi/cxSkaYw5EFiMdx+34OlK4x7s/4yp308Zg20+NxLU0YiBwtm0PPumHySvALco', 1796496148099, 59883204, 1796496147950);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', '4mEVh9a0yinYAd3lpot6CR4N8nX7ZThWdlCb37mXX5Q', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796496129211, 1796496129211, NULL, '', false, '');
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796496131982, 1796496131982, NULL, '', false, '');
INSERT INTO public.oauth_clients VALUES ('gatehouse-console', 'Gatehouse admin console', 'public', NULL, 'none', 'http://localhost:8080/admin/callback', '', 'authorization_code', 'openid', NULL, NULL, true, NULL, NULL, 'RS256', 1796496141176, 1796496141176, NULL, '', false, '');


--
-- Data for Name: passkey_user_handles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkey_user_handles VALUES ('01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'Xi5LMFcyYZWCFOScxBhf_-X3RtcGz5DVQGuZqmh2zd8');


--
-- Data for Name: passkeys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkeys VALUES ('01a24783-ba49-7604-88b4-7acb0f2b291e', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', '_Y-aC44uGitawL7Joa3s8LZN2Nr0L7e37hoC_CuTc2g', '\xa5010203262001215820244d8a4ab47556e2ee861522b4b1a633eb8590c93d63602dac71607c60b5e9de2258201e6e9ffaec8df47e99065c4cbb5b535457fba389654f8f7444c2d8dffbf677c6', 1, false, false, true, 'internal', '00000000-0000-0000-0000-000000000000', 'Fixture laptop', 1796496144969, NULL);


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
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796496123345);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('MvmB5hUEI1yWGVvgDwbvuw', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'gatehouse', NULL, 'vFiBn7O_WsteDfoOpFj2qVzwpZ47bbHgsNPG8suEG_Q', 1796496142818, 1796496142947, 4950096142818, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796496142818, 'Btav_OGIR9q5wZwXevlsHBc0SsTzHDbnyG_zAWXQeuc', 1796496142947, 'Q5vNyrrgVBZ9ZSdp0-Z0-N8zOXODUEfr1UnbN58AQFJjoed0hOEgztBxLR_ly0Vp1hhI0lGiDsnRgShL7GiJwacFabDsGyI', 'pwd');
INSERT INTO public.sessions VALUES ('v6wTampNhyLl8uO5g21vFA', '01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'gatehouse', NULL, '6dI5_PTJu-leoazN4v-_Ic0qzikgKv9Dg0qCPnUDCew', 1796496143828, 1796496143828, 4950096143828, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796496143828, NULL, NULL, NULL, 'pwd');
INSERT INTO public.sessions VALUES ('z9Dm7twMb7oL9XyZozwTcw', '01a24783-c4d0-7312-b9e7-ab8542e71212', 'gatehouse', NULL, 'EEUAz8YwC-LnPFNUKmgX1V2KELLiCVkfKXdNQrAkzak', 1796496147914, 1796496147914, 4950096147914, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796496147914, NULL, NULL, NULL, 'pwd');
INSERT INTO public.sessions VALUES ('QwRT3NfJFWU1TIKjDvrpwg', '01a24783-c829-712e-a75b-d41668dac311', 'gatehouse', NULL, 'Q48k0OBW7L6QMu7pewldCX-SGv_3bqGSPdNcmysZhFc', 1796496148565, 1796496148565, 4950096148565, NULL, 'Python-urllib/3.11', '127.0.0.1', NULL, NULL, 1796496148565, NULL, NULL, NULL, NULL);


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('CE10o9EyUPTxVqOPHOt0Eg', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"CE10o9EyUPTxVqOPHOt0Eg","alg":"RS256","n":"3zJHkqS-vP8w5rEhwEQ01KOkOPcQSO_IhWyAF33lpCvg7T9bbZKyxd9RJ5Ot1kr4wKr8Za-XePIGeBjohdaTj1aHY2nJiCsR8NyAo4pocNHEmb2Q4gTRnVGcR5UkBR8nHs39weCdpVe7kTWMDRqMwH6wOtS5jZLXcnN8-EmbP3Mm913A7ALo65hj31qOHcN1zCF-YhvJ-xxJ0DC0pXDKfTHcH1fIm4G5Qaf3jRqYFZfFyjjS04AQXzmx-lX2DiJN7J4X0VIgCvkrteNp5Df3uJIaZv_Nlg28bG-sdAC0o1eJRlDCaVtOasWw5Noxr-K3Ji63sx1OKN37kiTQqiVPXw"}', 'kAb7w2m6FfBR2I7WLxF8u5qE+PXLknIGZPbMjgoKgayDWSyqAjef/kDj8rPXZDOR5NHts6YT+0U2oxtk7b7PpzOiGbyryExK2xr34TnLZBoQvpXd1vpIX0/RSVbdNn8OIiuHBf4kwT38OYI2qV2cbu2D+rVaeWoBLlIJje9KTGJufiVSAg9dUwSZaZu8W1/jFa3E5H2I1BaCyInjI9f0AtEIFQAmrC88FQUcoIrFCmr9yrWIaKD46oU2Wuv5a/dsG4ZJJx0iCWKvYTCG16s/Qwn5XCv9EoC3vKfAaEwhJUA1GKKOxyneVAP1iFb8kN4Y3vzLng+m69QTolv/mUTjaN044ObzjIhzLlcBktmgG1LrAaVpb62+vYkXsZfUR1lwP9YR7kpkt7h+UmFM6iaRKVFwQ80MRE8yfvSgBX7m11QH2u5axojKuPMaRCvLmZvD6J1WIaqmAYn4lkvzzLoBut/+jYdTWHPdS3yL7TmLy54Zw1KHXKHyHF1AkKN/OjJRh/4MK3bFNtoQpoe2rQR/MMnHzbYfbG51dOCr5lthe31lh1zMd9WgwR09dUkdA5l8jjWkM9RN0z/GgaCywUQVvprF6v2NIvrN2EqTBOI/VLVP7W+lD9aJht6pGYU/OcUvt9gGi5HqcqgufEyzv0uO41HqyVHvyrcTnKR4wQwDJEzxR28n+F5ernHygCf4TYOYjRjSuAJWt88mS7dqLNNG8WqZKIAGdqhmCdC37HQxr855T1UlH2SN7ANcAQNyi04QnMYy0W0ORNTBFJJokNObgJUGK68p0+cpHslCUpevqW6HPndhHV0Da+l6815G4+bhik8+4lIAn2Tu1sSycP8lEIEaCkOO4Blc9BTJTnl8zn/rAj3yWEoXZmHBufUkhsg5CvjNdfhvU4AXYIsOdKeDimYiBIm0u48u5hiNH+Xuh1yT/VDCXxMtQt+rCP17yvN456sN3AvpiXBqxnkHoXjhZ7VO9jXyaL2GBJb96cUL3K1OUoJvLCB2d8N4uPytu+fr+tJh+9kKHsIpxk5ZUjj4e2eYPWJeX6iRFpyXyPlJMWzyUdHFMcyoxMEO287zwPiM12LaXhH/kh+u42l/hE3JPHTWi/MalxheoRo0aUcoXZsr4JgnhPe53qOwV1sK7W4oXvqbcSiiHGu0XOAAQXn5rM8E4IIbFzcGM92fRjYPuYVCLx9Z9ZwxX4UMU0GLi0bQFe0kHovdXe5G39Pxi5pcjGO99MnNM+N5UjgM5lDuNOChosT0X4hsNEoRXktr28/+xE8S00KpteqG/4R9RrJs6jV/8tZwiU450gh/5Y0iwAJw4n1/9UkYa/fjHwckK2VP3sd2g9lpp998sS2ls/GAM6Vdtlqhkb09RQSkZJpISaQy3xZcGJwK6n2+yleZlXS9rnur4sT/Hpu2T9KKqm2o//bNcgNPNzshXgiPQbUceWci/Z9cujQlBHqcfLfweNCMTCBUUQAhIPepJvfrMa1hQHJjhcRIAWlSxz69FxZh80IpqO166vDR5zdqVDO7NDggC/9dOdH3P6DfdgZMIK1eX2Zih3qrNI1dYM47ZWh/gcZLYSg4XKTZ8NXnDsIJfiyche2gU7zqNSUu5REKbriLoafza6xkcY4chTlD9glnPaQ5rVNeDGuvUcTm5nRh', 'active', 1796496129698, NULL);


--
-- Data for Name: upstream_logins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('Btav_OGIR9q5wZwXevlsHBc0SsTzHDbnyG_zAWXQeuc', 'MvmB5hUEI1yWGVvgDwbvuw', 1796496142947);


--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_identities VALUES ('fixture-oidc', 'fixture-subject-erin', '01a24783-c829-712e-a75b-d41668dac311', 'erin@example.com', 1796496148524, 1796496148536);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24783-5691-7f5d-8920-c96d95ba139e', 'user');
INSERT INTO public.user_roles VALUES ('01a24783-5691-7f5d-8920-c96d95ba139e', 'admin');
INSERT INTO public.user_roles VALUES ('01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'user');
INSERT INTO public.user_roles VALUES ('01a24783-6b84-79ff-8983-b3890c4bd140', 'user');
INSERT INTO public.user_roles VALUES ('01a24783-6b84-79ff-8983-b3890c4bd140', 'auditor');
INSERT INTO public.user_roles VALUES ('01a24783-c4d0-7312-b9e7-ab8542e71212', 'user');
INSERT INTO public.user_roles VALUES ('01a24783-c829-712e-a75b-d41668dac311', 'user');
INSERT INTO public.user_roles VALUES ('01a24783-c95a-76bd-b5a9-885e68f51563', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24783-5691-7f5d-8920-c96d95ba139e', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$QxfkQyYHqbl08sAUOHqGZQ$kZej8LEkMXXwPF1PM53qmi3RQPkgCps9PtZAnEnK+MM', false, 1796496119441, 1796496119441, NULL);
INSERT INTO public.users VALUES ('01a24783-6b84-79ff-8983-b3890c4bd140', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$ieJ71FzbcG1EsiM679aDMQ$ecT3E/mvSXlvUq46QYQ5+YIIKvc+M1zt+acfJBMrYG8', false, 1796496124803, 1796496124803, NULL);
INSERT INTO public.users VALUES ('01a24783-5f5d-7531-8ad5-0742ed8e3f83', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$IyuKKR01IGPOGejO0Qot0Q$xQsDYUgGOiShvC0TpW0Ph9+LkltpKh5/GB/wTFV+7yQ', false, 1796496121693, 1796496121693, 'en');
INSERT INTO public.users VALUES ('01a24783-c4d0-7312-b9e7-ab8542e71212', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$CLnt7dBeJs2Nx1lLuCQ/VQ$vGpTuyrbxcFq118NUgBKnmOVSSetou5y8o4j00PCIWE', false, 1796496147663, 1796496147663, NULL);
INSERT INTO public.users VALUES ('01a24783-c829-712e-a75b-d41668dac311', 'erin', 'erin', 'erin', 'erin@example.com', 'erin@example.com', false, NULL, NULL, false, 1796496148521, 1796496148521, NULL);
INSERT INTO public.users VALUES ('01a24783-c95a-76bd-b5a9-885e68f51563', 'frank', 'frank', 'frank', 'frank@example.com', 'frank@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$akOL41IqONlZ1nlAn7ChAw$va1nyw1OMUWyBDKFU55MjbQeAUV0o/Ip5ERV1RiiYxo', false, 1796496148826, 1796496148826, NULL);


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


