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

INSERT INTO public.account_tokens VALUES ('XVP4lnvQoYVU5g-8PdC4V5yGpMK9t8Rtds8kbo6ZSus', '01a2477e-c0f0-7f77-ae6f-b0b22e4c1636', 'email_verify', 'frank@example.com', 1796495819008, 4950095819008, NULL);
INSERT INTO public.account_tokens VALUES ('NMddxSg0qiYhkgIt1AUBVMaNg1XO4iuTSrl_MZQ5wKE', '01a2477e-c0f0-7f77-ae6f-b0b22e4c1636', 'password_reset', NULL, 1796495819101, 4950095819101, NULL);


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a2477e-1d0a-7390-8f9e-2b3456cdc2af', 'user_create', 'success', '01a2477e-1cdd-70bf-b315-eef2b4d4f1ed', 'cli', NULL, NULL, 'roles=[user, admin]', 1796495777035);
INSERT INTO public.audit_events VALUES ('01a2477e-28b6-777e-8e00-96c4e1c54a40', 'user_create', 'success', '01a2477e-289f-755d-85e1-f4045284da8c', 'cli', NULL, NULL, 'roles=[user]', 1796495780022);
INSERT INTO public.audit_events VALUES ('01a2477e-34f9-7f33-9933-72a8a4ca1dd2', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796495783161);
INSERT INTO public.audit_events VALUES ('01a2477e-4475-7627-ae7f-b041c6330392', 'user_create', 'success', '01a2477e-4413-77a6-b8e2-5e2d0e03984d', 'cli', NULL, NULL, 'roles=[user]', 1796495787125);
INSERT INTO public.audit_events VALUES ('01a2477e-50bd-7471-8d44-65df3d18d10a', 'admin_user_roles', 'success', '01a2477e-4413-77a6-b8e2-5e2d0e03984d', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796495790269);
INSERT INTO public.audit_events VALUES ('01a2477e-608d-760d-bd49-3ffbd8543d96', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796495794317);
INSERT INTO public.audit_events VALUES ('01a2477e-6f5d-709f-9cdd-88f9a50bbd98', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796495798109);
INSERT INTO public.audit_events VALUES ('01a2477e-7f6c-751c-ac09-32d9c6f3e5d9', 'identity_provider_create', 'success', NULL, 'cli', 'github', NULL, 'type=github', 1796495802220);
INSERT INTO public.audit_events VALUES ('01a2477e-94da-717b-9b09-e56427d049c5', 'identity_provider_create', 'success', NULL, 'cli', 'fixture-oidc', NULL, 'type=oidc', 1796495807706);
INSERT INTO public.audit_events VALUES ('01a2477e-a8f1-729d-8433-a52708a0e823', 'login', 'success', '01a2477e-289f-755d-85e1-f4045284da8c', '01a2477e-289f-755d-85e1-f4045284da8c', NULL, '127.0.0.1', 'session=zthnEjfmXW0nHr7yZ7gkFg', 1796495812849);
INSERT INTO public.audit_events VALUES ('01a2477e-a9d9-7248-90b2-c3aac7cdd2c1', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796495813081);
INSERT INTO public.audit_events VALUES ('01a2477e-ab9e-7acb-b0f3-dd29f4164d25', 'login', 'success', '01a2477e-289f-755d-85e1-f4045284da8c', '01a2477e-289f-755d-85e1-f4045284da8c', NULL, '127.0.0.1', 'login_session=01a2477e-ab93-7009-a4c3-3f2dc6bfd265', 1796495813534);
INSERT INTO public.audit_events VALUES ('01a2477e-abe9-7ea6-bddd-88298d4291f4', 'consent_grant', 'success', '01a2477e-289f-755d-85e1-f4045284da8c', '01a2477e-289f-755d-85e1-f4045284da8c', NULL, NULL, 'client=fixture-app scope=openid', 1796495813609);
INSERT INTO public.audit_events VALUES ('01a2477e-abf8-7185-bc68-2afc1144d2ae', 'authorize', 'success', '01a2477e-289f-755d-85e1-f4045284da8c', '01a2477e-289f-755d-85e1-f4045284da8c', 'fixture-app', NULL, 'scope=openid', 1796495813624);
INSERT INTO public.audit_events VALUES ('01a2477e-ac7b-71e7-952d-bc1611a4b696', 'login', 'success', '01a2477e-289f-755d-85e1-f4045284da8c', '01a2477e-289f-755d-85e1-f4045284da8c', NULL, '127.0.0.1', 'session=kY8v2laWECa76tuF1Kac_g', 1796495813755);
INSERT INTO public.audit_events VALUES ('01a2477e-b074-7bc4-a9c0-60262f599b42', 'passkey_registered', 'success', '01a2477e-289f-755d-85e1-f4045284da8c', '01a2477e-289f-755d-85e1-f4045284da8c', NULL, '127.0.0.1', 'passkey=01a2477e-b046-747e-8e21-a03e702ae5ef', 1796495814772);
INSERT INTO public.audit_events VALUES ('01a2477e-bb9d-7172-9d5f-c1fb2e1e14da', 'user_create', 'success', '01a2477e-bb6d-713e-9660-c01109d5da27', 'cli', NULL, NULL, 'roles=[user]', 1796495817629);
INSERT INTO public.audit_events VALUES ('01a2477e-bc3c-74de-bdfb-ee9665df02ba', 'login', 'success', '01a2477e-bb6d-713e-9660-c01109d5da27', '01a2477e-bb6d-713e-9660-c01109d5da27', NULL, '127.0.0.1', 'session=1IXTnm88yT5nMI6bf1PH_w', 1796495817788);
INSERT INTO public.audit_events VALUES ('01a2477e-bd40-77cf-aa7b-f911f7849200', 'mfa_enrolled', 'success', '01a2477e-bb6d-713e-9660-c01109d5da27', '01a2477e-bb6d-713e-9660-c01109d5da27', NULL, '127.0.0.1', 'method=totp', 1796495818048);
INSERT INTO public.audit_events VALUES ('01a2477e-bed2-7c25-b576-408d95906937', 'upstream_login', 'success', '01a2477e-beb8-71a8-b142-d663d7ea09c8', '01a2477e-beb8-71a8-b142-d663d7ea09c8', 'fixture-oidc', '127.0.0.1', 'provider=fixture-oidc subject=fixture-subject-erin how=created native outcome=created', 1796495818450);
INSERT INTO public.audit_events VALUES ('01a2477e-bed8-7348-ae9f-3fdb68c87d87', 'login', 'success', '01a2477e-beb8-71a8-b142-d663d7ea09c8', '01a2477e-beb8-71a8-b142-d663d7ea09c8', NULL, '127.0.0.1', 'provider=fixture-oidc session=psJTB740pdsgYxotPcQMoA', 1796495818456);
INSERT INTO public.audit_events VALUES ('01a2477e-c100-71cc-8efb-fc1693cae9c2', 'signup', 'success', '01a2477e-c0f0-7f77-ae6f-b0b22e4c1636', '01a2477e-c0f0-7f77-ae6f-b0b22e4c1636', NULL, '127.0.0.1', NULL, 1796495819008);
INSERT INTO public.audit_events VALUES ('01a2477e-c171-7b3c-8976-9044e62fef96', 'password_forgot', 'success', '01a2477e-c0f0-7f77-ae6f-b0b22e4c1636', NULL, 'frank@example.com', '127.0.0.1', NULL, 1796495819121);


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes VALUES ('zyLZSyju-xmiQxpByLlT1kPHNQauWkfxBuCYoAtZR6g', 'fixture-app', '01a2477e-289f-755d-85e1-f4045284da8c', 'http://127.0.0.1:9/callback', 'openid', NULL, 'Gtyhby0e3YNqhcnhPzsyoSEy5odSzzlzY-qH7N59sZU', 1796495813523, 'pwd', '01a2477e-ab93-7009-a4c3-3f2dc6bfd265', 1796495813610, 1796495873610, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: authorization_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents VALUES ('01a2477e-289f-755d-85e1-f4045284da8c', 'fixture-app', 'openid', 1796495813601);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 18:36:12.34698', 266, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 18:36:12.82821', 55, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 18:36:12.949948', 72, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 18:36:13.052436', 40, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 18:36:13.132569', 47, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'authorization', 'SQL', 'V6__authorization.sql', -1011304854, 'gatehouse_fixture', '2026-12-05 18:36:13.201033', 55, true);
INSERT INTO public.flyway_schema_history VALUES (7, '7', 'signing key per alg', 'SQL', 'V7__signing_key_per_alg.sql', -559768327, 'gatehouse_fixture', '2026-12-05 18:36:13.292698', 4, true);
INSERT INTO public.flyway_schema_history VALUES (8, '8', 'access token alg per client', 'SQL', 'V8__access_token_alg_per_client.sql', 1781282387, 'gatehouse_fixture', '2026-12-05 18:36:13.314199', 15, true);
INSERT INTO public.flyway_schema_history VALUES (9, '9', 'audience', 'SQL', 'V9__audience.sql', -1153306411, 'gatehouse_fixture', '2026-12-05 18:36:13.360821', 2, true);
INSERT INTO public.flyway_schema_history VALUES (10, '10', 'session sign in time', 'SQL', 'V10__session_sign_in_time.sql', -912300823, 'gatehouse_fixture', '2026-12-05 18:36:13.382809', 11, true);
INSERT INTO public.flyway_schema_history VALUES (11, '11', 'refresh reuse and code replay', 'SQL', 'V11__refresh_reuse_and_code_replay.sql', -215074945, 'gatehouse_fixture', '2026-12-05 18:36:13.420724', 19, true);
INSERT INTO public.flyway_schema_history VALUES (12, '12', 'identity providers', 'SQL', 'V12__identity_providers.sql', -1896468425, 'gatehouse_fixture', '2026-12-05 18:36:13.452323', 27, true);
INSERT INTO public.flyway_schema_history VALUES (13, '13', 'upstream logins', 'SQL', 'V13__upstream_logins.sql', 1660750165, 'gatehouse_fixture', '2026-12-05 18:36:13.488838', 12, true);
INSERT INTO public.flyway_schema_history VALUES (14, '14', 'second factors', 'SQL', 'V14__second_factors.sql', 619030395, 'gatehouse_fixture', '2026-12-05 18:36:13.517345', 26, true);
INSERT INTO public.flyway_schema_history VALUES (15, '15', 'passkeys', 'SQL', 'V15__passkeys.sql', 583383757, 'gatehouse_fixture', '2026-12-05 18:36:13.552569', 44, true);


--
-- Data for Name: identity_providers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.identity_providers VALUES ('github', 'github', 'GitHub', true, true, false, 'confirm', NULL, 'fixture-upstream', 'YAFPS1SMzya5xhTKMkmR2FlYawVPJ6ziZZwyTaHtB7i3F2DqJ/feBzog3ZcNKLd1QCFU', 'read:user user:email', '', NULL, NULL, NULL, '{}', 1796495801875, 1796495801875);
INSERT INTO public.identity_providers VALUES ('fixture-oidc', 'oidc', 'fixture-oidc', true, true, false, 'confirm', 'http://127.0.0.1:18463', 'fixture-oidc-app', 'DAq/szP0B9WxwlMQpBIwiXGy7sbNqGP7ShzGacNgQclVhdFoofXuIwPDX6EbMzk=', 'openid email profile', '', NULL, NULL, NULL, '{}', 1796495807265, 1796495807265);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a2477e-ab93-7009-a4c3-3f2dc6bfd265', '01a2477e-289f-755d-85e1-f4045284da8c', 'I7QFHEA4ftl-LiUZFAvbJtYsOwhepbNHCxjOr7pMQ7k', 'gTx6nWC_-np_4mibcsUVr9mCYZXkkqr1ZuNAXBU-BqE', 1796495813523, 'pwd', 1796495813523, 1796539013523, 1796495813523, NULL, '127.0.0.1', 'Python-urllib/3.11', NULL);


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_throttle VALUES ('forgot:frank@example.com', 1, 0, 1796495819070);


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('01a2477e-c106-71fc-93ac-28180b0ca157', 'email_verify', 'frank@example.com', 'Verify your email address', 'X0G+TVfL+dgqDmHYaR1RSGUHFL0wYqJyWHE+U1GG+bJ3yuu/WzSlPu6hjeQmMC2HmCh9Tt1MyrDI7DPTXVnjH5a3sr3cRFnvfxrDySQ6TrDU/ClqKfsBuhszl5OCkAF53i6EfzdYkZo7gt/B/PjNzrFdT9wORsAROztrBqIA1H3cLT1tMCO+1pF9YDXevsb0aiYuTRo7oCTbSCqak714/MbWdXInfGqwBC4Pa5j4aqmiPP0Za4BTUUtC53WWRUF86APJZ9liuDYOezxcI+JAjbue2NjqrRlP2aRLc9RwtYtK9PV0LLQZeGL9sr9iR1kU5ZfFMUe1o/C5jrQfgKQ9HnK3KZ136ocGGYFCtwisd+RZ2AaKBuJOGevG9YiXWxmwo63PgOD43GzIc1FnSUl6jX1xJZdSmBkW+uHYNZnwSWM3HXbPpMI9WF6QoInhzeL/s98k4ZUjo1aFSEOxcxjeH8wyZ+yBGGj5+CF2E8s92oD3rYP4/X1UOEjH5o4z/QKukhev5OEt/tD65/yi0js=', 'nfQ7lslYFRXa1w8Xnv3OGnwjymAe+57QaccPgBTrq2Pq7A1PsaVOu1VYrvZLPciMvFpVYR1YOGEP6aVVDF7cPSAydAxAFRlrDiZ3IMx21eC4McH2Noa97RyN8ODdC7Jgil1J1X5NMOk5/WfgdAHcK+qKna7cwwqYhQebENqtc6sJTlz0pgylKTdDMhr7nx5DTy//kBwyr/Q6Uy37zjSmd190e2O4NnhTRGcE6oy77NpOIVx8DvvrOoInKe0pLYTeJlpzYaDAYw5sRL9JDyOZS9A0WHzo/I7L1OxtXnAyGRQAvDR1CM5ea3+wB2JL1o/V9tfmzcrv8mgQ9I822+8RAlHc7QGNLsMghYG0wxc6OgcYBfnqr1/PomacyNQWlbS0nYEab5V7YkrPKvH/E8azbrxbl0TGdt+rmOL83K/xrZIYbs7IyO+egSdu4v/j8fOyGM7JH8zxqtOL41phNNiaJORN1JFoad62uSKxPSwsLD5Zc0m0UWz7uLHZQ0UnCx0vulWhvOjemaz3q3ivALx2QAraHoP2PUQnLe+gy7KAO9YN93d4KuLjpmLZAdjFetB3NKjyo7DQJ1rdL4/wbZ6Ag0cl+XIXUeIieG1JieO0kvvt2vQOJcuehClH5Uj5gKnl+K0aAGD8oKWMzuJbPmQiIVMKrjwc/4uCxJ5fIQCPyhF0e45tJLB+9KUp42g//O50uvUIOxMC9oJ+zHEBSN/U62fNbWlXIX9c+NfZDA43cAYdeWgbILS1sNjyNA3Vp91BNMmYuSg0yv2a1vgKljlXYPwYdYIsdVxtoTOaD1Enzf8RqJr9e86F8ytqdhAPUOgPDQyAIk8LhuqtI+uX1bua+iPBjw+HIxfVAima3IoX7S3Z73Lrhvn8sqiNBWSLQM1389OkyX65X1HXf/S8+Ev9BEQ1ZmIPWRUg4driLrOzGEuNc9aZo039Xgaf4/ei2bq9Gr+pmQjcntdqv8UeXbD2Sdht3X/LSCTIfheQXflYjr4YE1MrXcucqLoln98xlncwIgK7n8bMVYOF3Z/fcvhzLzcA1qJXWHO/VVGuwsCA6K7GFOC1TIhF3uqck/KAkRVBkqBgUZxd82uf56QM7NudyIeGo0odUJAJolUFBR8/Uht7/mrqhONcHXjDAVc86JHIoO/hx5+doIhDruWw88fZemHjdnKAwyz4Prh1nCWhnVYZ/jo6AjDYPqaaFVknjAWKxAMXmVHrbnls9DsbtURnkwRiU8q/n6W/H+HVnEMxpdeWpVTIch/x+zY5BeKMAViNgBvqjdDlpiath5nfZmQW2r2P3wACZD+m3Wv2itO3f2d661E3moKXJpLii1wr8I+s0soZ+kfPr5XWkmLH0HJXX/xTErcB4ENROvdYiM52JdbAEnBGnBQPPztfYc1xzPA6ofMX9AJfEKU80re8SSOMlF014Q9dQPPIpqR/26smLrXkASfnHlGtS3fUhHzlqQPt8rnh7OvYv3J7aHd70setZJab5XY04hVlM98bihxJ8h6ClWtxXxRgoIS8TCkDwaHTDac2ShcCMzv2TLWxh4Qh4kj9tJQWMr6gljlpxTN7+WXtc4w2i+59sn0908OnOODh+w==', 'pending', 1, 1796495849058, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796495819014, NULL);
INSERT INTO public.mail_outbox VALUES ('01a2477e-c166-7ab1-b7f1-0794329d8ab6', 'password_reset', 'frank@example.com', 'Reset your password', '8ujVc1NQVTgqIv82wZoto6zbgsZFT57F+HbYkcpMV6nh6q1Tww97iNPHTUYiyjtYvXFwLX8aKO3dHgN+GW5vvzLAlzHgLi2wVrcfILKLcgySJDsQ7cOSFyyYHSOcm1sC4weMG6yJ2xyTOPIry4RLyIDMuoBTy7nkVISHgFWGRVLMO8wMIpO6hei0OIzP/hxdcOPQvrgwy8lijWZ5u4mMz/CXoel1MAIctBOuicrwKAi6906c0tWIhWqbAF968KRJQFmzkb2EKnUbw0IvOk6Ja19Obunsx1t7hb9rmPZsqHNKjWGptWieFE6U1JsZtnOnxcnL+Pvh03SgmPO+CvShTL8TrZlov157ZXtSSKV5ZBDEGahHKciXTu2V6U2yznLekEp0RDoo05+RkmilHV3BIvRA9MrnjtihjhLdQ43vlXcD05Y8mS//xUcVXS/MvPhUBk2lDeSLQasYkZrzVy8sI03KsPfPol97bByoVilP2c9vlF29Wf19ADSc2HI5DUWSPjn0ZXY67KvI5G6Bk/OUDleAu1RMQTJ7b5gKW96FJy0=', 'JE41OWw7sXZKPWF/9UhTV58AHgLQx5sNad++Juw3LO9IWBGZ97g4Wk69C68T+HtzyFIxian9WFdpJ2T4jGxVmHys6L5A2X+c4yV0FCrAsaLpcgHDhYnI9Bo4LCjwMpsmIKAKMxVZ5p2aMujmMgL62LxN4vOYFlOdoxKxMybxKvzhcJHU5B+j8+mq+HeAhl6eUUL1jH1PqHPfiM8AaebcWs3ZF4hi9glly01RVOzkDM2+0LsLYeXPbC6b6TdnJ9w7K6BDacQoqmk5Dz5Xcu0ZlN9hJA9tL+in4/gqaHRcId+ii9RaTlN95+zqXphlyp0+iCqP/XmJx+1TMshDKfMjSATqsMt+f87MnAqd1A+HI3Iaa1/4+HcGxpyPZt/oxWugPhf01CiYQ6/2qzIegkKEu4q3MkBhS/jIO+y4DNufU1sGmsq1VU+v20U9s+blz/0AtNvMuvnsZVCpELS9gtSLUO1VQNjjR42qA6Qx/iDvcSo+ylpwMbFDf7lFaMGvbkKG3R8sCY8aIEEq+GmdAJVHHYMACe/sOPZy9ZKGXrwoCEP9Fz7rfmTVVNz9suxOUzmm2h0RzpMWhlQtK/4W0gp5btqTcm3WjwSCLVQ/DTFhFrLIAZ0nS/x2n2RVaopwQ/JC1qHUXLjF3EOkWW9rQ7iMIxN8TrU2EBznEdRIoRUp2g7SzihwCV8qoh3kqtbKaxmIs9LBy8Y3NF5JGbwFJmZDzFkKE7BjogAu+UkFjFdy0iJ5Mut9ofwYgvDGkgFR9/9IYiURNswCusSjoZQCwQyKAsVSmFPGZrVJcFtitxVW1oCHk0i/UIfLGZAHzoK+D3VgyUBKbkIRY7jD5FN+O2uMFNAv583UE2qMzZek/tnH7HWWlPevoPEdbGjvORyb8XgFM8xHT4lqET0aASjSowliAbdUpGkbT3V4ynxsuz8ZcLWuMdI9RjVWa3C3yHLXR3eajByAFpPvm4NoajLWPfUHY57Wiysa0lBpbPn4SV2Mi2m0J7Ua/nPRHD7rpHZVRdxtPzH+DMn48LAEUyCWO6+fGFwaw+KnhLeQn2sZSjQHdVunLoL1TaBmOly7ECOX1yejLoTpKWWeL9iKM+xbkUUWgV9tk5y+bdmeAFCii8jMeWsbtoYCDBCaJbvZNqLa76+yCPWiXyHkE2qkYei+An+jmOoisOj08h8kK7WkE/wDXam3uUnCu7dP29D+5H+YNyY8E4gtM2t119R3fVezBjt1kZXDYCtWA+O0pYhk9WGDEskTXZpEYe0xLor8VDOEQd7d+nmL5xqPahos9vcsN1GOXkTfQukn+opVTZ/G1EAbgmSqWUE3S/g8Wzbz0f9u6HamIXDNuP6z5NdSsfBjiqIUMbK2Ijbaa48XIypNr7QqLF/t4uBzHnQwU5oTeQD4BBgTdCfSjsle9ivHqjki46BAkb+Zczb4bm2fDMzSwT4u/14QJ2mgsdmW6FNAQRFHQSAmgkCHHaSJjMgcuBYfUKnU+gpYB1x4L8MYsBnb55akvsubfkmci8opowu7mbz9gN3iWp6fjKFxTdxs7T93oTLVciOulkJ+YxPZ8JOr2LtjiVTe+T4jNBzXXJV1hdBQ8/KsY1QWbzzpa5qnvQ==', 'pending', 1, 1796495849130, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796495819110, NULL);


--
-- Data for Name: mfa_challenges; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mfa_recovery_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-289f-755d-85e1-f4045284da8c', 'ToawjxK40sz99e_n0ekLskvjlYXlh3b63_Yqz4YaIN4', 1796495814786, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-289f-755d-85e1-f4045284da8c', '0fpUlXb9sGhr6gxJNu_czCCmWPktlEaZ8dmnYTmbE-s', 1796495814786, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-289f-755d-85e1-f4045284da8c', '9fAiL-MNO6q0Y8eysQamZT5LIozr7KdLUjvzfYDyqs8', 1796495814786, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-289f-755d-85e1-f4045284da8c', 'xO6hX-aKULVuzcUTr68bor23usGzEbONlaX2Oezs6Tw', 1796495814786, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-289f-755d-85e1-f4045284da8c', 'W23-kI2eryjuBFre4y2_emcXNA8qMtlAPCKrLfj5Iu4', 1796495814786, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-289f-755d-85e1-f4045284da8c', 'Pth5yKiY_vdzRIpbOZc6716VUFeWkDP_0JPqbC2NJTg', 1796495814786, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-289f-755d-85e1-f4045284da8c', 'hN1GQ_zHZb9rnET97ZEXHT9sCGliXngn8VU72Zvq1lw', 1796495814786, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-289f-755d-85e1-f4045284da8c', 'tFE-xJ8FK5dCBCMA5q81PkwNJelHYNdoi7gMInAt-r0', 1796495814786, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-289f-755d-85e1-f4045284da8c', 'nWfMPeWR1tBgqgX_geOsnwfnXh4lGM7fLe0EZ3hpEmE', 1796495814786, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-289f-755d-85e1-f4045284da8c', 'PU-sDFJGSgJSCG3Vg-U5mH9LcgHzkCjV1RkM5VaWMww', 1796495814786, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-bb6d-713e-9660-c01109d5da27', 'sTTtjtg4ReXb4TQuLozkZGLGREyKF2Hih-DbNLrGnV0', 1796495818049, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-bb6d-713e-9660-c01109d5da27', 'c62axzUFKviDrX2Q2RBBFI7WJfpPwBz6A21nUWgNj0A', 1796495818049, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-bb6d-713e-9660-c01109d5da27', 'eTmfLh5UXCp0eX1XmtFahqUrAmribqvIuHiKfnY3xfs', 1796495818049, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-bb6d-713e-9660-c01109d5da27', 'WheC3hEzPGQazZ5WLpzdagaIOflJpP_Umj4HU8DVlvQ', 1796495818049, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-bb6d-713e-9660-c01109d5da27', 'uU74bwKDP0pMvLDWRgq7LgZiBSxdixTOgNbnfyy7rW8', 1796495818049, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-bb6d-713e-9660-c01109d5da27', 'dUTHTxEmZDCJMzFGVb9sjNoxKgmYQtKkeGOQ8grHqyc', 1796495818049, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-bb6d-713e-9660-c01109d5da27', 'Z0hFmkAch5YQ9gFJ8TKyTdWcQXP6MZcb1dWU_T3TQ0Y', 1796495818049, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-bb6d-713e-9660-c01109d5da27', '-4KPAHiBxXmGx7IF7QF75tdWxj2NpXGPEgDuB-lait4', 1796495818049, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-bb6d-713e-9660-c01109d5da27', 'CFk1KfMhU3eoGTMY8z5VT_DNi9ppXXx7nd5SMXmFRzs', 1796495818049, NULL);
INSERT INTO public.mfa_recovery_codes VALUES ('01a2477e-bb6d-713e-9660-c01109d5da27', 'fPMKtEVgUqp81eXQ6tXNwvA4-tMfuQ2cp8QfQXgHzcA', 1796495818049, NULL);


--
-- Data for Name: mfa_totp; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mfa_totp VALUES ('01a2477e-bb6d-713e-9660-c01109d5da27', '8yObSnfDHGWZpWq9b8kukbiufZR8CFejG/IJXNhLD7klKnQtL82+YJTBS8/mormY', 1796495818040, 59883193, 1796495817813);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', 'cCxfPmjI5bZcyk9XoYEuGwsUCPNYehs7Y-fN0OIpcaI', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796495793583, 1796495793583, NULL, '');
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796495797762, 1796495797762, NULL, '');


--
-- Data for Name: passkey_user_handles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkey_user_handles VALUES ('01a2477e-289f-755d-85e1-f4045284da8c', 'Vfxk_KYEyWFDbEa2dYs1jGFqoICTnLf2D83A_Aaa3wY');


--
-- Data for Name: passkeys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.passkeys VALUES ('01a2477e-b046-747e-8e21-a03e702ae5ef', '01a2477e-289f-755d-85e1-f4045284da8c', 'qx6Ci0JPVbGgN0dihiz2PI-cAgV4kWXd7pUgMfzYMPw', '\xa5010203262001215820ccfce05457c6adfae85a45ac81807eff3bb2b685ba8a986c088cb7717e9447d5225820dabc99b7e38e1fb363fb17ce617d6d4b30faf8f428ccf21b538aa8224fc28e99', 1, false, false, true, 'internal', '00000000-0000-0000-0000-000000000000', 'Fixture laptop', 1796495814726, NULL);


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
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796495782908);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('zthnEjfmXW0nHr7yZ7gkFg', '01a2477e-289f-755d-85e1-f4045284da8c', 'gatehouse', NULL, 'RAUPNPLwJ0JY46QHq9lYSqCe49LhM3FR_-8iqTk8Y6w', 1796495812817, 1796495812906, 4950095812817, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796495812817, 'PMiQspaeDayXAjRfAaWglrJOV-RsviFPHPa9LRO62G0', 1796495812906, 'ycORQtJUKpJ8agDDfLchNzLCJOZiYUFyOjgrh57Ad56r58GSj6ei7Jcwz-D0BLarLUtK0biDqF7SiLjNveJw1yRcgRtd81U', 'pwd');
INSERT INTO public.sessions VALUES ('kY8v2laWECa76tuF1Kac_g', '01a2477e-289f-755d-85e1-f4045284da8c', 'gatehouse', NULL, 'N2DElhKQ1uu4OOp2rSALcYJKgImZG5SM0DJAD0fKYZ0', 1796495813752, 1796495813752, 4950095813752, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796495813752, NULL, NULL, NULL, 'pwd');
INSERT INTO public.sessions VALUES ('1IXTnm88yT5nMI6bf1PH_w', '01a2477e-bb6d-713e-9660-c01109d5da27', 'gatehouse', NULL, 'EhImk30js_BKko3K32Yp8qqa4iB6dUZY1YsYdQGCvTM', 1796495817779, 1796495817779, 4950095817779, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796495817779, NULL, NULL, NULL, 'pwd');
INSERT INTO public.sessions VALUES ('psJTB740pdsgYxotPcQMoA', '01a2477e-beb8-71a8-b142-d663d7ea09c8', 'gatehouse', NULL, '-3HzUDSxXIUGNxE3BfQ3HBnuH1pD8Mk_0Xjkoi7i9-8', 1796495818451, 1796495818451, 4950095818451, NULL, 'Python-urllib/3.11', '127.0.0.1', NULL, NULL, 1796495818451, NULL, NULL, NULL, NULL);


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('udCe3hHsWwvTHTRtw49IPw', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"udCe3hHsWwvTHTRtw49IPw","alg":"RS256","n":"1uN68zn6YlSaQHQS6crFLcNciCI1gqW9j4WXxRkBm2aEwW58gc1n7hjVYRkyjxVv98dhk3oQQKH00MEGj_eNamRRl2AYuGlgeV8cz7Dm1jofXFTI-7tToA5ASpDBvqSnATR1LMgb2Be_wgd5CyjBJF6hdZua5dZTXQ0LHB3EfFXvlEAzyhygYrNl5nSw0C33oNdjDC1DZNkF-5Id9o4WFWyEoa1l3QMDQ-UdxbXhS43bXUHgHtCr_mFeWI1XF8MEntDnc1iBgNhmXxEgy0w0ElMhfYDPWt3DhnoxqjswcH29Pun9vUVAkNEo3CPWC039jYooWkn7l9jLQHZveijUIw"}', 'skVarOYMvQry2aJPk04tt7SPrltpNJwMyCzgvtoEZ8BgiJikrof5wyCAzJTBgoEgT8kIylEeCjRN/3iaa25fNm8WYOnznMHZpZmWXRkDzUxNW1mbBqp0wqnHE6SmR6yXDkLv6AMxsexSYsLNGt8LUiT/QXlvPmBrBb+fQMPjHe5iu6L2htZZ1Dl1WbhAW1ZHTRpPQtiMm3GlUEqFnmSyeYzZ12if432FyVT/makdNqJl2FbDYfDZl7sU0uXFPHsTrE+bgJ28eNLIl8mRdkNabJmGbq7oxDAdqpUFC4E2viJLZRt7dUOu/jiYL8OxOM2ZioNwlxtFxR1AnKexys2k9GvXFWJPnZXSZe2x+tIl2V6qq7VmBBbAMfmxS9mjIThhP+zb7z2w6kSIRoAXjfHeNMwLxrnnDV72Vep6bHStOtKPDcYqyK7EsKcNVTNGQfWEgLbBne6a7iGIp8sJPxfkktGVGGeWb65IOic2HJa/sS7AbjNfPWFFokyTILzo4Gs3Z7WQWDxAsWiHAOg30+NKPmU75b1bZwJ1rqvj0tH4Tz9/JitfRsOeGyp+eXVFdzgRh/U82oyzlGzNO/g7Ln6d9JQCfR39POupWQHcEHmpXgt9yARVx+U+PdXkqAjDEWIjUZdU4QZW4IdyEVhs1TJQCgywWPfztGk2plAXtOvF97qgnKKeML/hLPJerNxJQv3/vSNPr1p3u9xL/8+QouuTmZFl17RllxSlnZoyg1cdyRMFFP0iEtpFxWd7Jwj6PiwWi1oqq6uTvUIZq0b0JHMOrURBtKsQfviaMWv6l4mkjWnk6czDjKx7EXjhrGW60/HEKEG3o26BCa/3SO50L95ngGlTCV2WfX9SRxtT9y65vk6nkI1mEDiacCIZ6Rdi4tVWweyAi+DM1tqEiSVq0Z68/XZRfvfEpNUWharzxahIYaQ0Eatim3ivLmtp/bmBo9QWVrzpjG3OCktRUtgVE4ok+0HAllFOSfc0xrTvAx7Uu4z+UhKaACdqsnXBQWm1o4LdGviXphAHgKLCZJ+UDjAoB5QXqaItgocYbTT5X8UAsrX9G4dNOIxYhVSBdCbqIoJlE1xryMrZfoQDnJpVIChKkyIHu5QM7oxvj9Tz2WjpeCbcQXo2Y1arqBOLEREC3tzG1zbEpBR3GEXzdQXBlQZyUKoFVazfq5B98p8pPDXuuXdlg8Rm3tjpwXEp33zhs1rH7V5oVFzUqhVQAcKRwDs/cJxyFMuXZy6wxsEoB8NGUdLHw2HPpcoHb8aUl2kNx+hcmQRFgxFFGWm6w1H4npjHcKbmZXEEpbEQgNl2PdyC/8CKgea3qkAhTqXWNR/evGo919q7iacwMJ9ubfT9lzV2qAwfBRYYBMFV2sHxRbvKCdimzw7wjjh2Jb0PtTs18DQILS0za8qAfV/YxeR2pROduiHwCj/VMxyY4zojFoArDTYzwCLW7K4nmtEZ2ip5lalcKcuhxM90uwVMnUkp4DRfAulGosFr+C5FRNQt+Fd8cFOlit0Y1ddcnHDunefNTZVmGfdPKkhIk2aYTMkiosQthuKXA7QCx4QF7jFK1G/Fqx6u45o4aOOSqPjVxcVGpkvnHt33gYAItrzzI97qyGtYfjq3VKIik8Mmm3uYo34Av30W8dbgNpEuPQqAAhs=', 'active', 1796495793978, NULL);


--
-- Data for Name: upstream_logins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('PMiQspaeDayXAjRfAaWglrJOV-RsviFPHPa9LRO62G0', 'zthnEjfmXW0nHr7yZ7gkFg', 1796495812906);


--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_identities VALUES ('fixture-oidc', 'fixture-subject-erin', '01a2477e-beb8-71a8-b142-d663d7ea09c8', 'erin@example.com', 1796495818436, 1796495818444);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a2477e-1cdd-70bf-b315-eef2b4d4f1ed', 'user');
INSERT INTO public.user_roles VALUES ('01a2477e-1cdd-70bf-b315-eef2b4d4f1ed', 'admin');
INSERT INTO public.user_roles VALUES ('01a2477e-289f-755d-85e1-f4045284da8c', 'user');
INSERT INTO public.user_roles VALUES ('01a2477e-4413-77a6-b8e2-5e2d0e03984d', 'user');
INSERT INTO public.user_roles VALUES ('01a2477e-4413-77a6-b8e2-5e2d0e03984d', 'auditor');
INSERT INTO public.user_roles VALUES ('01a2477e-bb6d-713e-9660-c01109d5da27', 'user');
INSERT INTO public.user_roles VALUES ('01a2477e-beb8-71a8-b142-d663d7ea09c8', 'user');
INSERT INTO public.user_roles VALUES ('01a2477e-c0f0-7f77-ae6f-b0b22e4c1636', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a2477e-1cdd-70bf-b315-eef2b4d4f1ed', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$xPh6vDe00aGOSfuNzwkWfQ$7UVAmI7QLQ4/iOogozpt4sqa9WFOna/bCunjztcmI8U', false, 1796495776988, 1796495776988);
INSERT INTO public.users VALUES ('01a2477e-289f-755d-85e1-f4045284da8c', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$TbJtkJJTfC1UNZYxAlOwdg$675bAlwfsLSIrU59uh1OQwInC9+8iCW0VDIAYt3kxYg', false, 1796495779998, 1796495779998);
INSERT INTO public.users VALUES ('01a2477e-4413-77a6-b8e2-5e2d0e03984d', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$Mw0g33337WZlchhtUKV4tw$NkYF5yhZS23+QcPTZ3jL8Vq4nIwmquKLhNwb3jv9CqM', false, 1796495787027, 1796495787027);
INSERT INTO public.users VALUES ('01a2477e-bb6d-713e-9660-c01109d5da27', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$Ok4C47L3ocrotWB7pAf/PQ$zI++thQTV3yoQkA7sp/4Rb+HepkqJcOZzybvFm/7LoY', false, 1796495817580, 1796495817580);
INSERT INTO public.users VALUES ('01a2477e-beb8-71a8-b142-d663d7ea09c8', 'erin', 'erin', 'erin', 'erin@example.com', 'erin@example.com', false, NULL, NULL, false, 1796495818424, 1796495818424);
INSERT INTO public.users VALUES ('01a2477e-c0f0-7f77-ae6f-b0b22e4c1636', 'frank', 'frank', 'frank', 'frank@example.com', 'frank@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$XecPheo39cepNq+lQ02m8A$aYtUhk4hrO+IjYq/QGvSwmsvYnBJBgT4trWMwsRf6xY', false, 1796495818992, 1796495818992);


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


