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



--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a2466f-bde1-7c00-962a-ee687afbfcb8', 'user_create', 'success', '01a2466f-bd79-7378-8701-27b94946c0ab', 'cli', NULL, NULL, 'roles=[user, admin]', 1796478057957);
INSERT INTO public.audit_events VALUES ('01a2466f-d6b2-7cd6-af8f-119d8bfc046e', 'user_create', 'success', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'cli', NULL, NULL, 'roles=[user]', 1796478064306);
INSERT INTO public.audit_events VALUES ('01a2466f-ed51-7fbc-9ca9-a209b6469f3c', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796478070097);
INSERT INTO public.audit_events VALUES ('01a2466f-faff-78a3-9cc3-37f48fe2bfbe', 'user_create', 'success', '01a2466f-fa3c-7bbf-b149-e53e850869c0', 'cli', NULL, NULL, 'roles=[user]', 1796478073599);
INSERT INTO public.audit_events VALUES ('01a24670-1282-7166-a340-af9291546270', 'admin_user_roles', 'success', '01a2466f-fa3c-7bbf-b149-e53e850869c0', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796478079619);
INSERT INTO public.audit_events VALUES ('01a24670-2e96-70aa-ad9b-49adb7b0e088', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796478086806);
INSERT INTO public.audit_events VALUES ('01a24670-4893-784e-82e7-0479422083b5', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796478093459);
INSERT INTO public.audit_events VALUES ('01a24670-5e30-7312-ad2c-0637f89e10a1', 'identity_provider_create', 'success', NULL, 'cli', 'github', NULL, 'type=github', 1796478098992);
INSERT INTO public.audit_events VALUES ('01a24670-6cd2-719c-8b91-e7f99139646b', 'login', 'success', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', NULL, '127.0.0.1', 'session=dxbmOHeLWxqWMA98p2HOHQ', 1796478102742);
INSERT INTO public.audit_events VALUES ('01a24670-6fcd-7c4e-bf6b-125e53389e44', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796478103501);
INSERT INTO public.audit_events VALUES ('01a24670-73d0-7e2e-9ae5-1c7422f9fd19', 'login', 'success', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', NULL, '127.0.0.1', 'login_session=01a24670-73c2-7c99-98e7-e7b60ab1fea4', 1796478104528);
INSERT INTO public.audit_events VALUES ('01a24670-7414-7245-8c8e-f826c00c90ec', 'consent_grant', 'success', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', NULL, NULL, 'client=fixture-app scope=openid', 1796478104596);
INSERT INTO public.audit_events VALUES ('01a24670-745b-7356-b151-40e7fbb0b2b4', 'authorize', 'success', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'fixture-app', NULL, 'scope=openid', 1796478104667);
INSERT INTO public.audit_events VALUES ('01a24670-74ba-76aa-a843-442a7ca69889', 'login', 'success', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', NULL, '127.0.0.1', 'session=JSKjWnAQwGYVP3O5yiSQCw', 1796478104762);
INSERT INTO public.audit_events VALUES ('01a24670-76ee-76c7-946d-37641b2c809a', 'passkey_registered', 'success', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', NULL, '127.0.0.1', 'passkey=01a24670-76eb-706f-8a12-7ecd8846c3c2', 1796478105326);
INSERT INTO public.audit_events VALUES ('01a24670-880e-7924-9547-c38b4789b18a', 'user_create', 'success', '01a24670-87f4-7b74-a47b-33c5146306ca', 'cli', NULL, NULL, 'roles=[user]', 1796478109711);
INSERT INTO public.audit_events VALUES ('01a24670-8903-734e-be34-0808dc3300a6', 'login', 'success', '01a24670-87f4-7b74-a47b-33c5146306ca', '01a24670-87f4-7b74-a47b-33c5146306ca', NULL, '127.0.0.1', 'session=BmpLJcSvYGRzKu_3ltA90g', 1796478109955);
INSERT INTO public.audit_events VALUES ('01a24670-8a5e-7345-b8c1-226a55eefe08', 'mfa_enrolled', 'success', '01a24670-87f4-7b74-a47b-33c5146306ca', '01a24670-87f4-7b74-a47b-33c5146306ca', NULL, '127.0.0.1', 'method=totp', 1796478110302);


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes VALUES ('rXx6rAcK21bdIhioAaBjYMf7Ncl2QTDIZ7gAALpTMwY', 'fixture-app', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'http://127.0.0.1:9/callback', 'openid', NULL, 'xc5MpgkYl5EABvZ2XUlMDy4kq8in4J7PFesBL95JfQg', 1796478104514, 'pwd', '01a24670-73c2-7c99-98e7-e7b60ab1fea4', 1796478104596, 1796478164596, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: authorization_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents VALUES ('01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'fixture-app', 'openid', 1796478104589);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 13:40:48.820652', 128, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 13:40:49.20587', 139, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 13:40:49.424524', 59, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 13:40:49.538162', 33, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 13:40:49.592427', 28, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'authorization', 'SQL', 'V6__authorization.sql', -1011304854, 'gatehouse_fixture', '2026-12-05 13:40:49.635167', 40, true);
INSERT INTO public.flyway_schema_history VALUES (7, '7', 'signing key per alg', 'SQL', 'V7__signing_key_per_alg.sql', -559768327, 'gatehouse_fixture', '2026-12-05 13:40:49.683715', 10, true);
INSERT INTO public.flyway_schema_history VALUES (8, '8', 'access token alg per client', 'SQL', 'V8__access_token_alg_per_client.sql', 1781282387, 'gatehouse_fixture', '2026-12-05 13:40:49.724545', 9, true);
INSERT INTO public.flyway_schema_history VALUES (9, '9', 'audience', 'SQL', 'V9__audience.sql', -1153306411, 'gatehouse_fixture', '2026-12-05 13:40:49.740983', 4, true);
INSERT INTO public.flyway_schema_history VALUES (10, '10', 'session sign in time', 'SQL', 'V10__session_sign_in_time.sql', -912300823, 'gatehouse_fixture', '2026-12-05 13:40:49.781807', 6, true);
INSERT INTO public.flyway_schema_history VALUES (11, '11', 'refresh reuse and code replay', 'SQL', 'V11__refresh_reuse_and_code_replay.sql', -215074945, 'gatehouse_fixture', '2026-12-05 13:40:49.802514', 8, true);
INSERT INTO public.flyway_schema_history VALUES (12, '12', 'identity providers', 'SQL', 'V12__identity_providers.sql', -1896468425, 'gatehouse_fixture', '2026-12-05 13:40:49.820165', 22, true);
INSERT INTO public.flyway_schema_history VALUES (13, '13', 'upstream logins', 'SQL', 'V13__upstream_logins.sql', 1660750165, 'gatehouse_fixture', '2026-12-05 13:40:49.856471', 22, true);
INSERT INTO public.flyway_schema_history VALUES (14, '14', 'second factors', 'SQL', 'V14__second_factors.sql', 619030395, 'gatehouse_fixture', '2026-12-05 13:40:49.891467', 40, true);
INSERT INTO public.flyway_schema_history VALUES (15, '15', 'passkeys', 'SQL', 'V15__passkeys.sql', 583383757, 'gatehouse_fixture', '2026-12-05 13:40:49.950835', 37, true);
INSERT INTO public.flyway_schema_history VALUES (16, '16', 'second factor policies', 'SQL', 'V16__second_factor_policies.sql', -1800569576, 'gatehouse_fixture', '2026-12-05 13:40:50.001436', 5, true);


--
-- Data for Name: identity_providers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.identity_providers VALUES ('github', 'github', 'GitHub', true, true, false, 'confirm', NULL, 'fixture-upstream', 'J2XkxlKbsXXymbKA574leLVeYYM0Y/HeQFYD1FxCX5+3n5oRGlxlx7SYv7CB+qn5fr36', 'read:user user:email', '', NULL, NULL, NULL, '{}', 1796478098585, 1796478098585);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a24670-73c2-7c99-98e7-e7b60ab1fea4', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', '-EG3hKeLgw1FVAaCnUc3AicOsQKSX_Dj3VJN3sn-bHU', 'Yt8x5x0j_3Oi-2SuuGi-vbw-DZzHRPDPm8-_voQLVyM', 1796478104514, 'pwd', 1796478104514, 1796521304514, 1796478104514, NULL, '127.0.0.1', 'Python-urllib/3.11', NULL);


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

INSERT INTO public.mfa_recovery_codes VALUES ('01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'YwWNcgbCv-ciSznyS4LrByPE4caIW4Tu5Qc_P1niNSw', 1796478105329, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'a-5OsmrSaVCITb8dxIxj--exUD-iMwpn9-j6qr3jHFg', 1796478105329, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'C8YIzQqDno8bw3Tok5ResAcVUDVK3PQ2Plfzumi-x4c', 1796478105329, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466f-d649-7c89-aee2-b22eb8c9bdc5', '6AQE6f90HnwX4-m11t-QQhV4JmtxNO2FP4m7HOENARM', 1796478105329, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'okH8c8pEGL4XiSNJMGU2raiANYukpYAE8Aya0VIs9y0', 1796478105329, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466f-d649-7c89-aee2-b22eb8c9bdc5', '7tQBEFq-KRYQP_j8JHS2ndBn2HZ2j9vGLW1TdDHSzFQ', 1796478105329, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'SVtA3cgDOr277PQ23mGqSfZ5zQgPUZHtH5JD3aW0ifw', 1796478105329, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'jbgcZLyyq3rB5jg0P7YCt3VijXcY-m8wH4zG9i5zPAg', 1796478105329, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'uEzyV8d1Qidk5kOx2BXHOHBlEqMIXXnh-6zBp2SGcQU', 1796478105329, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'RYF8aDWTesvHWhrRWoVGY7O7stpgc9711QFySg4RShM', 1796478105329, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24670-87f4-7b74-a47b-33c5146306ca', 'ABo6fRxHlgvusEQkSIwD339CcHis-9H3VGKmMYuPYwg', 1796478110304, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24670-87f4-7b74-a47b-33c5146306ca', 'egOVEFnCTXJFZa6wU40duQs9Ih9lsrs72r9FMRgV1tc', 1796478110304, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24670-87f4-7b74-a47b-33c5146306ca', 'VPCe7gDaxe_42CNO8n65eAQjLd2jPEICANFK0IDrTTE', 1796478110304, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24670-87f4-7b74-a47b-33c5146306ca', 'B9YVYQphLvwRW9ZBmq2dxHtTK5dZ7WFTtfe_en9oHJA', 1796478110304, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24670-87f4-7b74-a47b-33c5146306ca', 'HCB-M3srpgBwu9zvi51ldHF5lphaIXyUdw-MIbU6yD8', 1796478110304, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24670-87f4-7b74-a47b-33c5146306ca', 'QDxldAGmgN5sfZq0EBM4L-1OQdc66plA6xXjyU-nC_U', 1796478110304, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24670-87f4-7b74-a47b-33c5146306ca', '5_8FayVdFOXpPj4YI4j7jfq9RMgkJ-ILTQYuWJwRdeQ', 1796478110304, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24670-87f4-7b74-a47b-33c5146306ca', 'HeJprtHHSvYNbeAksb6sfIEEYTRU4e7L26-xhbuRZ6c', 1796478110304, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24670-87f4-7b74-a47b-33c5146306ca', 'G3MLxUalJDOzBpMycE8tSDmIutQ8Vr9xiOGxLj_LiGM', 1796478110304, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a24670-87f4-7b74-a47b-33c5146306ca', '6uUVmVd5_nPBVmELyW--p--TMKXBICeYkQp_lQtEhtI', 1796478110304, NULL);


--
-- Data for Name: mfa_totp; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mfa_totp VALUES ('01a24670-87f4-7b74-a47b-33c5146306ca', '0wVyHHOcFn741GMJzy9flK43r/d6MHW7oTiDfVjdetR6Bkl4ga16631/M2/+gV+0', 1796478110294, 59882603, 1796478109980);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', 'ZsS4dG7z9M97TXb0BcqeExADaOu3ZA_7iVZ9n_zAHKI', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796478085826, 1796478085826, NULL, '', false);
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796478092419, 1796478092419, NULL, '', false);


--
-- Data for Name: passkey_user_handles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkey_user_handles VALUES ('01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'yj-aRP0rnZttQItcYmD-EN2JDgarlb4wIES2Pq12XlM');


--
-- Data for Name: passkeys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkeys VALUES ('01a24670-76eb-706f-8a12-7ecd8846c3c2', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', '5BG-LsZPQznGRiYHzCbSjiOgolLgQA6bIrHEr3jrCpQ', '\xa50102032620012158205deeb70d0598b99d6a76015f1aabc0f0efb72ac1a33e289a3c1b326615978b622258202ba87f8e0e05a22b91f64186a8b6292c39e16e142cc7385dfe3ec440dd2becf4', 1, false, false, true, 'internal', '00000000-0000-0000-0000-000000000000', 'Fixture laptop', 1796478105323, NULL);


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
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796478069684);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('dxbmOHeLWxqWMA98p2HOHQ', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'gatehouse', NULL, 'wRh7PTPFCubgQbqSvR_Uw01kJ57TrUXtk38qE1ZPb_M', 1796478102723, 1796478102990, 4950078102723, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796478102723, 'coAxw7nCXK51OQ_U1Ke1W9gNV5YIfyHWjJ5Kox0X5Lc', 1796478102990, '91ZpPWX1DtB2FNn_2m5iKUEHWAqA5GxSxli4w5oDnKOCrMAANslCE9fk5i9jW25NLE--4ZyAro49WMhxkiGHepOVJhn6koU', 'pwd');
INSERT INTO public.sessions VALUES ('JSKjWnAQwGYVP3O5yiSQCw', '01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'gatehouse', NULL, 'tQ0SR4ZDVJ_TgzeqQ59WSx3QbEOzRsNuoBMxDc3lpok', 1796478104761, 1796478104761, 4950078104761, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796478104761, NULL, NULL, NULL, 'pwd');
INSERT INTO public.sessions VALUES ('BmpLJcSvYGRzKu_3ltA90g', '01a24670-87f4-7b74-a47b-33c5146306ca', 'gatehouse', NULL, 'eeut0qqVpMcFtupPEgo8go2IgBI81RrcGx7UmihGLo0', 1796478109953, 1796478109953, 4950078109953, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796478109953, NULL, NULL, NULL, 'pwd');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('4hBXwo8LbG4r82a20BsDTA', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"4hBXwo8LbG4r82a20BsDTA","alg":"RS256","n":"itBT5bnhA-nVPc-rcOqZhyui4xjBzHyoLOvi5xkG0nkA0au__tUxJLmxuVpKjlcYF9qsOJ5N-RMvFP36rjxeELmeqBjdhLsT7TF-TrStMw8gKsUsDI1NM0hobi5GG9LPpx2Zx79O2jt2gCyq_6Cu2Z30ahOX8whLb_p5w6oEAB-wIHGiFPsXy57Wso8DOIKxIxaydJ2ZchXS4rqMsOA3v0y1cNdFuN83EZGzg8Ds99s88zyCaw0yve1YM24EFVnN5FU5_RW44Hr_M-olpbRBzALwSxL3VTtrw2ex8PdTNR7Ogfd2BmbqqyAmHbBDIRxOWQc1R9LmHakWBtyI-26cSw"}', 'i8P/jgjfDChQBonmulFFtiH00Yd/DHN9ScpQgXQdD9J2oNKP4NrvcK4EjA3sacPzQA8VElU1PTV1PquOFsGWLw9+Z/FQRW7FVWM1yd0GmHjstSMyf8xQiv5J/mj3Btc2UrKZjLPy4XFiqpbbAynhZvlQ9c0MG4XB2Jif9tbVe4tukLemHci0Cvigu64BC2mgW0QP5umXY0VpEGfDPnvQecdcqIAv15rZn3kCEn+5Ooyd3Mmw6N5ZDR4jY6Y4BvvxCKmBxoqjH2Cp9YXuZIqyMyikNs3LycLgzX6Pb+GHBNIqu/ST5auDvuDf+zjzZ3HQ3w0jBEFhneC44C1Bl8HlRxcT6bQb2GcCB5VKqq/uDKgILLLMX3bBOz4dgx0YhcZ+kG7gN1eoywk3D4mIa5EOpKbbYLOCxwMG6PpPMyF0vn5s6iLSyBdUPcIBubElTkpiLemYHWjz75A+ne14KWOIg/kYqPeYU+MBU4uihlP1V3OwLTU7UobHQv0ewfu4F/tZj/xcpWjY3CYhqwatclejR/Am+1ZitEQvZ0EZZacrgRMZDRFd/Ol94E5iV8ho7yAzLiZY/bwl3PVaDgaUSqk+6b1pN44RIY+s3jTUfQsKVwoonuvmMvljPenU1tLvMgg5U0LJikZ2826mrqnn5M0MB1K3m0sev0WwjKPu8tjp+wJiTIIKFbBnpRn8ua5Dzu+slocbprdbvSyimTGgkudgTnI/dGzgRPjKNiWryUXVmTP0SXBe2Yhjc3cAg77qKk44+CpfutLqa5aImFwpjoi4DAAKtQwixwuHekPBFUT6k/HSsDQrKukKGSTiG7TSi5l69tzCA2Fyt8y4HXfTMWmzPOZ/4rtQHDTrGdCCD5hq3eMRw05RIWeOnGcTw/u6awcgLmNr6tUT/qIgd72OgqEzIOj+/egSoXrnwmN5SeXG9EtG5iTR8EHjvXlX8gYUJIwwbSQVdvSbJYjtB6K0ldIjvhJcGsln+NzY6sHjU+1a0R3lbLXnNGNdIPNzeeeI5M7sif5haFe2VGQa9YYhJJU20Isbg5wvPa70mE0DcF+7u000M1F0mwdqjMkijimVcU4oa4RYv0TPrf3AdSWpce/TdVSKJzHne+y7lg98g/tgVkIFk3IGczR5pQw5jo0tY90CWY8f1taGXB/AJEFkIGl33e3tDDRUtkq+cN78mb9gH7m1TvjcPtIoJJ/5bBPHQ/fSz4rxCJL9MitGJBIdCxEp3Yi9yrqiwuqKDvEo40WoZ+bt2rEScB+5EKMtabdEX6/mLv7Wc4AOf4lDQCZjbZD6Mfl2KVYl4m5iLi+GiJ4D/bAWOEKcdjZzYgFjRGM3fHr2zUOyueyWQ2bs6s62uhOyYi5MslLTPAHxkAzefNOWV6wpOB0wMyZSUxx/FxlURvcnmsPV7o+bsu0Av/x2rC4yn/Oe0HohKRCneS+z6ouWW2c1MfgsbqzdE9PQkLQno/Ul6KtKiUwElOQOzs5O2v+ISXmRR1RJ26wrIimBVzpJHe38lShkS9pkya+kMIhDlnWGKXITHR5jfaCA79EYKmQ1T/kS47DfzKAPgAckRAt8hQ+a5KC1BCcbStm2Aqnif8upZNnz6eahyhW8FnEsqgEUP1NEavnaTaZpoCEkGuKm3OTQ6JXIMA03g9em0f8=', 'active', 1796478086649, NULL);


--
-- Data for Name: upstream_logins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('coAxw7nCXK51OQ_U1Ke1W9gNV5YIfyHWjJ5Kox0X5Lc', 'dxbmOHeLWxqWMA98p2HOHQ', 1796478102990);


--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a2466f-bd79-7378-8701-27b94946c0ab', 'user');
INSERT INTO public.user_roles VALUES ('01a2466f-bd79-7378-8701-27b94946c0ab', 'admin');
INSERT INTO public.user_roles VALUES ('01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'user');
INSERT INTO public.user_roles VALUES ('01a2466f-fa3c-7bbf-b149-e53e850869c0', 'user');
INSERT INTO public.user_roles VALUES ('01a2466f-fa3c-7bbf-b149-e53e850869c0', 'auditor');
INSERT INTO public.user_roles VALUES ('01a24670-87f4-7b74-a47b-33c5146306ca', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a2466f-bd79-7378-8701-27b94946c0ab', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$0VJdKRblZICy8f2jzBspYA$2M+zWtyIXIe2GzqD9zZBLGbO35wxdaxcr2aPFEbU9k0', false, 1796478057849, 1796478057849);
INSERT INTO public.users VALUES ('01a2466f-d649-7c89-aee2-b22eb8c9bdc5', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$wgmZBEogr1o5sjMqx/lVIw$L98LYmTb4sniNtVmSDkcZ5sTlkPWepGlVAi5qHD5xDg', false, 1796478064201, 1796478064201);
INSERT INTO public.users VALUES ('01a2466f-fa3c-7bbf-b149-e53e850869c0', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$jqneotanmHdRePw8r1MCWw$Ty2XgGpPSuMgLn9A1SK6HW60r+xT0CT2yppAL7tYC54', false, 1796478073404, 1796478073404);
INSERT INTO public.users VALUES ('01a24670-87f4-7b74-a47b-33c5146306ca', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$roRlKu6LhS2xKx0E5vh1LQ$mjRsrc1rJQ+7/7HGm3No6dyS9XvTyIsYvBuvXpe4+sY', false, 1796478109684, 1796478109684);


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


