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
    session_id character varying(64)
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
    user_agent character varying(512)
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
    access_token_signed_response_alg character varying(16)
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
    login_session_id character varying(36)
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
-- Name: used_refresh_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.used_refresh_tokens (
    token_hash character varying(64) NOT NULL,
    session_id character varying(64) NOT NULL,
    used_at bigint NOT NULL
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

INSERT INTO public.account_tokens VALUES ('scB679lTiLG-WiqvDCP88qhaxGPtViGg3gRJF6I1_vM', '01a2477c-9f0a-7103-9e8c-cfff52fad6c3', 'email_verify', 'frank@example.com', 1796495679256, 4950095679256, NULL);
INSERT INTO public.account_tokens VALUES ('RSR-ubTDmSaffzWwuFQZrMHUiS0L6dr-z_ujc5jU1Os', '01a2477c-9f0a-7103-9e8c-cfff52fad6c3', 'password_reset', NULL, 1796495679367, 4950095679367, NULL);


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a2477c-0281-773b-890a-1d34493e701d', 'user_create', 'success', '01a2477c-025f-7791-8d68-8281bb877dae', 'cli', NULL, NULL, 'roles=[user, admin]', 1796495639169);
INSERT INTO public.audit_events VALUES ('01a2477c-1862-7d35-b886-b0ae6e86549e', 'user_create', 'success', '01a2477c-17f4-7513-a4ee-6e98ac677b56', 'cli', NULL, NULL, 'roles=[user]', 1796495644770);
INSERT INTO public.audit_events VALUES ('01a2477c-2eda-7b1e-a555-ce9c5696876f', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796495650522);
INSERT INTO public.audit_events VALUES ('01a2477c-4131-7971-bae7-74303db58a76', 'user_create', 'success', '01a2477c-408e-7dd0-9b67-38cb4bba3a4b', 'cli', NULL, NULL, 'roles=[user]', 1796495655217);
INSERT INTO public.audit_events VALUES ('01a2477c-56c9-7be6-b69d-07d15dab8774', 'admin_user_roles', 'success', '01a2477c-408e-7dd0-9b67-38cb4bba3a4b', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796495660745);
INSERT INTO public.audit_events VALUES ('01a2477c-6a1a-7922-a4a3-667bcc36c71d', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796495665690);
INSERT INTO public.audit_events VALUES ('01a2477c-7c66-7f4d-bc9f-d40063ace6e6', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796495670374);
INSERT INTO public.audit_events VALUES ('01a2477c-8d0c-75c9-8c40-9092d3c7a33c', 'login', 'success', '01a2477c-17f4-7513-a4ee-6e98ac677b56', '01a2477c-17f4-7513-a4ee-6e98ac677b56', NULL, '127.0.0.1', 'session=Doxr_GHZT6i_0gEEDNIITw', 1796495674636);
INSERT INTO public.audit_events VALUES ('01a2477c-8ed9-778e-9bff-d7b474ddb21e', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796495675097);
INSERT INTO public.audit_events VALUES ('01a2477c-9072-7c9c-a6da-f9b6c6e9a6ad', 'login', 'success', '01a2477c-17f4-7513-a4ee-6e98ac677b56', '01a2477c-17f4-7513-a4ee-6e98ac677b56', NULL, '127.0.0.1', 'login_session=01a2477c-9066-7a2b-898b-4f3ccf96803f', 1796495675506);
INSERT INTO public.audit_events VALUES ('01a2477c-91a3-721f-9cd4-e7662ed34673', 'consent_grant', 'success', '01a2477c-17f4-7513-a4ee-6e98ac677b56', '01a2477c-17f4-7513-a4ee-6e98ac677b56', NULL, NULL, 'client=fixture-app scope=openid', 1796495675811);
INSERT INTO public.audit_events VALUES ('01a2477c-91b8-7b8a-bb99-61bfb82e5c69', 'authorize', 'success', '01a2477c-17f4-7513-a4ee-6e98ac677b56', '01a2477c-17f4-7513-a4ee-6e98ac677b56', 'fixture-app', NULL, 'scope=openid', 1796495675832);
INSERT INTO public.audit_events VALUES ('01a2477c-92f8-7a9f-8fe1-be19f4dc5985', 'login', 'success', '01a2477c-17f4-7513-a4ee-6e98ac677b56', '01a2477c-17f4-7513-a4ee-6e98ac677b56', NULL, '127.0.0.1', 'session=g58d2ltENOkA_lJwPX26cg', 1796495676152);
INSERT INTO public.audit_events VALUES ('01a2477c-9e4b-76c2-9274-34e906877193', 'user_create', 'success', '01a2477c-9e2a-7b79-ac47-068469416e43', 'cli', NULL, NULL, 'roles=[user]', 1796495679051);
INSERT INTO public.audit_events VALUES ('01a2477c-9ed0-7b4d-877c-1e88614810d6', 'login', 'success', '01a2477c-9e2a-7b79-ac47-068469416e43', '01a2477c-9e2a-7b79-ac47-068469416e43', NULL, '127.0.0.1', 'session=APGUbcoL_xP1H7BNrhcGHg', 1796495679184);
INSERT INTO public.audit_events VALUES ('01a2477c-9f18-76a2-8756-9c6e6c204cab', 'signup', 'success', '01a2477c-9f0a-7103-9e8c-cfff52fad6c3', '01a2477c-9f0a-7103-9e8c-cfff52fad6c3', NULL, '127.0.0.1', NULL, 1796495679256);
INSERT INTO public.audit_events VALUES ('01a2477c-9f8d-767a-b5dd-ffd4aa268de4', 'password_forgot', 'success', '01a2477c-9f0a-7103-9e8c-cfff52fad6c3', NULL, 'frank@example.com', '127.0.0.1', NULL, 1796495679373);


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes VALUES ('5yVb883aRis1c5EkH7DPz0lyMbnofd_Xb1Xx59dfrdo', 'fixture-app', '01a2477c-17f4-7513-a4ee-6e98ac677b56', 'http://127.0.0.1:9/callback', 'openid', NULL, '2JVVznJDkyY-Ub5Z1Zq1Aa3BykoHyUm1HhkFMjcFsMs', 1796495675494, 'pwd', '01a2477c-9066-7a2b-898b-4f3ccf96803f', 1796495675811, 1796495735811, NULL, NULL, NULL);


--
-- Data for Name: authorization_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents VALUES ('01a2477c-17f4-7513-a4ee-6e98ac677b56', 'fixture-app', 'openid', 1796495675729);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 18:33:54.945813', 356, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 18:33:55.38045', 111, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 18:33:55.5493', 34, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 18:33:55.634628', 181, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 18:33:55.855157', 68, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'authorization', 'SQL', 'V6__authorization.sql', -1011304854, 'gatehouse_fixture', '2026-12-05 18:33:55.940562', 54, true);
INSERT INTO public.flyway_schema_history VALUES (7, '7', 'signing key per alg', 'SQL', 'V7__signing_key_per_alg.sql', -559768327, 'gatehouse_fixture', '2026-12-05 18:33:56.004794', 28, true);
INSERT INTO public.flyway_schema_history VALUES (8, '8', 'access token alg per client', 'SQL', 'V8__access_token_alg_per_client.sql', 1781282387, 'gatehouse_fixture', '2026-12-05 18:33:56.100542', 21, true);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a2477c-9066-7a2b-898b-4f3ccf96803f', '01a2477c-17f4-7513-a4ee-6e98ac677b56', 'pk0oi3ngfJmAvncrcWYK5UxiZ0Hnv8bnKKjyb50_4eY', 'X_QdLB9rpgsty3HBmQShh6EO6Wiv7h0kZ_o6Nj2fFSA', 1796495675494, 'pwd', 1796495675494, 1796538875494, 1796495675494, NULL, '127.0.0.1', 'Python-urllib/3.11');


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_throttle VALUES ('forgot:frank@example.com', 1, 0, 1796495679330);


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('01a2477c-9f21-77ce-9fa5-54e708a2c5fa', 'email_verify', 'frank@example.com', 'Verify your email address', 'mVvV4KR1TlTh1msRRhcW7qCpSP4k96LTct+PuKFFnx3xKIsDzth0ucH4H0Oh5s6dgc04rfhEq1dgNxQLp7aNNTf2dstT2oG21PP1XG7LD3VhXRYDJs6z8uIWNee6gtl2+UrI6ZJRITHjVMgrDFyQlNBcw8ZslDZKYG+KXlM8CnRdsRH2OFLEL6VoOmGJeHOlGe5NXlQOr649l/TxQaWhL2DMW4MTW5R1RYNnWAOBZg/OEW8Ae81xIz5OFqro6bDUb1XcJExolhUYPg3Cp+5pEYpJ1UW7JYhAi/TVlJbuu+w7oIq3y7XG3RAuJdQZdSsqBxOqr6mTEGedIvluiwA2nP0fMZ5bEQf6c5ZHkBmqot9d4K3PdzL3JHFh7f67pENG3R0WdQilcP9ISC2k8/tx/3zPyQzd+UJA0Xb135WKx1NSJ7npzZoLmsmXP5XoN+VUIcEU1V7Ene6aguc/H1ssJ+MKAnbJsLA7HcYZsZ/fFGca+U0rqOE/Q8nvJBI3yejZpeYQm5EmPMB6w52t1/E=', 'RAFWek7nlRfc/F/hdV1xDaS7F2b0kDwpgzDDgEd0m+Zwud4Elqj5xl0YCAKH1s52kG5KFYPsFlCaSsB0TwlOqL6lJlP4C4NZrs76wLpBvnKI4mkPsN497iYoySPd1bPnEmjke7paFhAB0g7Y1F+HPflEzXNF3gm6aDYIb3j1Az2c9mrRr+EBa1ZIUFAlD3Phj0gMJlXFMGgYKb5Oq+EcPMI1Zwo7KeAz5KeY2N7S9LwcNrNU5LYyKq3cogrNq3r2e/3h7nhEzbWNrcxSe/MVdXIQqFiWlHTDvHD8abRb2aEEhU7VxUpCiAWM16agk5JEJ02jGIF/x8s4+08wSdZp/s+GxmTGPnZ1MkEi021SxNGrzqpzQKPLXsrBpTlrobLupDZ1SO+GXMSyb7QRtlEeffcHDfmGnwV1sGPyzxXhprC5k++RNP1We+wnegO7RficHgcSQbVcZdU6Oar9enlT68FnL/pSRJJcCD9fc/YwjUqNdbhtSD7VIisdMHNMlHXQfwOMrec7u2g9dS1o0xI/2/viR49/2onOtHU6w46ddgPSYwUTTyvbgCz6aP4skfCRT3qlvwIE8ccb6l6wfnvjOmspz0cD8tIENDvtv3RW/b/kXvSVEhSQLSXVDS5n/b4KNyoRxmlaWnaZ7DGgazNpcX2v4+wx9CetVxmE86TTb7PLjeNv3UytyIMsUdQysBUdW96lYSpijKflw5BCkSg6KpnFbYo3IZOdsL+PPIBBlwZfHk4ra2C4NRVMaTV++ahPMFQjxKNJ+bUwN+QhKPDrxejcWPBPALlrvbGljQWiU4l8ceE521ydZ0H2pB3PSxF77+k3tHfFBRNuuVqhfzvBktHls5Mvf8xjDLYKh/FbslnNszdpZM8+lfsGE7QW0BfzvEiFZb3gpcNkZUPYlX1bj4202gRirPWeyDKxqVuE26tTO8GUqkHg1TIDFcAPfzpTmC4PFdGJNZZcQuNa9WWbJWE4nVVaOZQYKhltDESLhuWTpfOM5+rR9vHe1085Sx0cT6jxy6G5Npy8hoNZYk9yH2vqtxo7DxPLk9Kexk9fnH9LEaL9/dSp5s9DjBM+BXh43f6mPImbeUL1609mfX54JnpNBlJlr+3FdpWtatR2Z1XN8EaTaUCgiFsd55ybhXQ6HaAP+4Bo0RKy59CDRMS4RaE9OHZ5KwM58DFKp/nEQ/bPHNVkSrarY3i8gTUrXDMnLCeJyYsky/8/doS38WceQubfcmLwhloeB7VpTRRqdO4ZESE6ehNdjgEu+6sS36wJqXMJrm7kfXbPYjXKRdxt0E2c4qWu8rL0nnp50CcX4b4msAd1FTWxrcxfcQwt3BtS4GNdRZbRhsvXLDVmtHEyJMyIImtVpdlFqWOarz08L4lnfTUYh2M9qSBWdMZAwPfLgg7JgovtWb1Faa31ceUU4VlcQk15sKETiyBpYHD7A2LDu7oFx85fLOCHUzj/lWOlBUtVFD+rNNlDA1U14vYa8PHwBbBlDNvTUjmJnK4SrIi8YpZaLp5hVyN3nLJBO848XsdNP9SQkC/MYGIR44is/SoUpEuxN+IvkxQ6WEh6dFXlU9nlTJqm6ACUM+u+4oHvKQ==', 'pending', 1, 1796495709357, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796495679265, NULL);
INSERT INTO public.mail_outbox VALUES ('01a2477c-9f8b-7f41-990e-0b251eac1172', 'password_reset', 'frank@example.com', 'Reset your password', '2m1q9+yI7r3y8QEjdXe4X9DCzXQ7EBcOsqeWMi3gaDYVWVB4Txyt192V3GeS9cQh1fIt3WbfyaP2JCn5DxHNq1w1T3vbmcJh1RdoJogd8lvw9snkwiGx4EoJtcSmrQdXNBcQcj5P+W2xW8TOfUldOK9a0hc3tIgL2+UltDFP/td3LlEFtHsZq++qQlJtVikLTdcoGaP9+StmkULyVDjHOZeaKCEDXUFi4SSgIRx3pg3FMxGe+t9bc/LRrmuelZNcEIRd9OUF+WVfx8cVWtrvKQQH+jOBomQAK2Vc2M8f81iYYGxoYMTMVco1TXYzTuQinXldL0/yR92xX7yL94HYm12ZW5Tg7hNDrNed2A1qMve2o5BJADVUvDsGVp7XphtmCyELsESC3kUrlUqoHDtwO473QdQfjwDg0QWrjQsgNGXzzsfT39zfRH0mYpVnWqJV7RoAhtcf5Fmx4MVmujQyZYJlkhH4CyU/g6RjOFw/urjgr6JVj87cZObETeSLRiqF8QP82cya9ueLX7AHjD3qgNJP8kYolXXzPdtBQFQt2Jg=', 'wSECVw4OY9zqJDJAKzMAI0dbQ+p9IhT7OGqnImioUwhgZGhI/I2RBD7kPL5kUbh3HpcIn8xzTpmX9AMAuQ5tKz38UpT4xD2T9lBYR/PK7/sZ9RHTH9Kb0q+z9fwvFJbvH10T1gn8D89t+baE+LXmi14PLyEa946Ji2ztmbvv6RsNYx7LbrmxNLiAa5+3P/mq+lrrVwL490TlasOri5DjjALj+UjhpV4qw6D4oQIN2rr4pMbVmuN+VRuVt05eqPQBmwv3kbAvUpvSLGpytNSNXJPebRsnNeyzUi0KdR21f9/1dxjuI43hSjbcsEUsBKUZKedZSXtdmRX2flLyU3XNn65Z0V41VAegK8+k3dzSx8dqMLyeMK5hKYLGrEmeB2XY3o3eSoSaOYn/D5GG85C8Yxh4UP845Dp61YCTfe4Cn/aCjn1/b8MtMb26Thxji8v7bNLogMwEaEw31vggvBlKwHT1L2ch+RIZZOTeCXn1kesvLdHf1VTGkK9YGKb1iFL/YzFGKgLNYWw/9Pqxq81mvgjYW777IZ9F3rYCtSinGn4O0JO1wgUmz0HRQ8fqA3weYSNRGxxvZ+dPYT1EGlnYXkJ7T8T5tlMaNAmo1ww9v/zQC0rQGQmtu8Zaf5srM6sAIVn4xTGYr2EMy4BKBqgC+3nhjTIAGVIYoMGpGMNrkjP9PoEguTRE1/pFkTNZdcCfkEbENT6GjJm7DoFOM5oiL4Px0BHs1fapBpWeJ1dDEVw37wT4r4ZFWEHVL5le6iF1Ttimpaz3pH9PHBmm2bzfgrGNb8HkkTlgrX79PCNf9pAkg+4tUnqbL0YDNV6HMFjhLzSjeOVOSQw6Aqu4YjGbmJlwgzEin+004EpWugtWBsxNrBmKtbowMXrAsUWc0+uIxMfaffsiJboZw8aLuCeR9Gq9uhF0nj0fja2WhiUzPoxH1CJJ8hr0nXHsU2TE43LzJBRMOEFUZhW/Jv6a/psd5HiS+A+BoIEb06/fZkwsh198FlpyKAhF+f93w2uahA5HGVHMzoJcoQ8ugAE4VxqDKoGsZjhHDImQkGuveeOA7grtZpgr41q7jejKQQa8VSt7NLxF/h8yE1BRmmPe2+Ei//7WUb3RkkKMiloav+IH8VscTcASLVtlHNWDeTeYJrRTdzvirjj7TMg55uMIAJYAuQSmYpHj8LFZQt2dQ7+hW+tsnt1zwEFhs2tK7b0/BvhwhxUKHRtgP5nfYzNjpOEUdbk2BIpIe9Yfk3Pr8wpne3b+GfPxB1zjFneYOZp+5CzOd4Lo/uiSzxYp2BubYps36COsGAxCMcP2RGF6wYal3a1P4GbUjJx54BLejmf887jxKIhq9fZgczdXQgYPWhT6RFN2a/x5a4uOnh2bAkJTpXrTzAXf3ck4qtPr7ohYjtEV9TmpPLNMH2mqFDvKuxViHNy79lq3A73OOoeb6ka2yAnBdwlG303OOPuCXyGABhJta/10f5wsIpHPEY80WM65hS31Vs0cK4VTe2KfHg/rokimXhgGwqzME8pTB8+ug0nBHIoDl9xzrOxqjdtask+xvsKgS8TVJ474qTsaX5umsjj6+DOM6/popfx+KhB+/jGQO1WWUrEna44/YQ==', 'pending', 1, 1796495709379, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796495679371, NULL);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', '5aQz3CPCqGlcv9VIrnk8ZoBagahc_yQWaWeuja7cfVQ', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796495664945, 1796495664945, NULL);
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796495669438, 1796495669438, NULL);


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
INSERT INTO public.role_permissions VALUES ('auditor', 'notes:read');


--
-- Data for Name: roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.roles VALUES ('user', 'Every registered user', true, 0);
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796495649265);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('Doxr_GHZT6i_0gEEDNIITw', '01a2477c-17f4-7513-a4ee-6e98ac677b56', 'gatehouse', '', 'uutj3JkZm4zd95CbPlF0lN2qdRoPgQk_qzS_5Dz4pS8', 1796495674628, 1796495674801, 4950095674628, NULL, 'curl/7.88.1', '127.0.0.1', NULL);
INSERT INTO public.sessions VALUES ('g58d2ltENOkA_lJwPX26cg', '01a2477c-17f4-7513-a4ee-6e98ac677b56', 'gatehouse', '', '2hP7XTC23x3mqHuSakwSaztIDUBWx00F_mjN3E0Ml88', 1796495676145, 1796495676145, 4950095676145, NULL, 'curl/7.88.1', '127.0.0.1', NULL);
INSERT INTO public.sessions VALUES ('APGUbcoL_xP1H7BNrhcGHg', '01a2477c-9e2a-7b79-ac47-068469416e43', 'gatehouse', '', 'XHfI9E-7-WTPKyBddD0ZF9tyYRXCROQA5-AUiBcgWAU', 1796495679180, 1796495679180, 4950095679180, NULL, 'curl/7.88.1', '127.0.0.1', NULL);


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('dRyHdNZZoLZvd8ZKrc0dyA', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"dRyHdNZZoLZvd8ZKrc0dyA","alg":"RS256","n":"zq-T2ymwm3EsG8rCcZY3MMhtmeiPoG9RGGShnp6fb_lZgQdgqFHNkPOTBgGCscBUt6tzz9XUE05Kzf_N6v8QrelrL4pii_2NKPOmEDhVPZwSbr4Apc9d7TtlE6adlIRz-kOxkU2hbXNXE8Dj4Avv-TBIWb-eKGsWZOpHn6-XqYrFK1QaTHHwD2Azimtc0fb4WjVtHphiNszc6fKHeNaHClap57uk2ogmf3TgBYAd8bMRwuZBPGLtQ-Zk4FNFy6W1dIbKbiFNoB4lZN6CyhkJM-nFiJREh51N8FpO9q1fuTDLXZLLU6t014clsKKcBAUh5GRETM0CxRtEjSELoAh82w"}', 'XIeO+ksIPZdP7wVPIreSD7aH8By9Yu9tasbMg1U1nqoA5/CE35u/N/FEIXY1XpjAVwow2MXoqy5Oy1IiBZxrkd7pwm05FK8uTO4nmDdwg+ftiHVwAcfIU66XRBLB30B4+VlCW3GsBv5zoxXX732oFNdIyIVSCZb0BIkyM8Lw4+mHVLmTFV7J82MOH+SZLCAgf3vyooTdodvhonYYmZWq00Msa7gbhjiKbEwq9mAOGWYPA2SS3UhE110sukzPMNCV9lDU1NQuYDrv7ktNsa1kLqRQIy3vVzYAQ2HaVEiNi2uNNz+BpbHTEFOVs628nngObh+0nhygKLL08+Rsd3tIz8Z2qmWNWgQ91pwicnVsgRjC4MWET6PR4OIlMdxmss4hJ70BLY8OMisUUQAVPhlfUTwXSZD6TOnpJy4/7PLPlIBpYXHZxzTfi88RGo+tEAyjC5IX03+JKRNbWlNr4h05hj1r47ToawzuYhyDTj0M/EKeZKihHXfCP+NOhBSiANfiINLnFz1mtnxnyhJuVf/C+BCVrYYhe8PcWXrJC+mkqhXYCAN+h2oc0W0oEW71pw6wEJ3lZJ/Dc3wtj/Tz6POsnoAbuADyO/zclbYLICM1TUJCoWQ45917l4QoiEKI3bwFmds/6xqj4Yzf4QXIBk5ZI2FJBFEeU0rjl/YrBU8j5GIilXF9ezJ30e9jLRR1C/UHxsaL6Lq81FoyCsz7D/qQIhBLoZkmINsyf5fSYkIHp0kQ78sPXiLUI7oqBAlsecDsUF+TYKDcvqlVQXjEPtNjauNlDrQHlTH8z31dCRZkVvxAgYG3MF2FnErScBVXcqSbUcIrRL6KZQNG5TGSBoAdwVmME0M+FUhTgDuCXRgOpz1jQzzjVMmtaX8UYLzCJlP79mj65YOhd2YtC7OSOjA8gWXelZl4mpEt9W9IDSJveKaKkhLU7AJSOSQMxT0oXB3R/Z0Af4Isf8zqeBJshymjQquZ1oErJaEpgg8VYm3KMqvF50woiOzDIEkPLd1CqHChEmTQcy75uzdsu+HrzSpaOdfqK4wIyJawJSd8sJua4bo9fxy26AA+/+/Pd/HizZgxSmZFD8/49AcdGjd6I4WBlxHdc9dFyfF9NIuPTHA9jAfiD70gMtB4Oed0kcfT8B2bKlEIc0fCm2YBIvWFNQNSrwnknlE+5pEgdbvWNP8Q5xp8fMGhAFZpHZTfDrSyVIY9j/Oaa1dgQgs9TfH6jJFH5rZGUSgWaaIlkgMf6UZNIEz+685nWXCKUgcLrr4Q5V+pbfHvh8hifakANi1eipxlfAWLb+lZwM06KItLZtjEiLVWo8SJxIcp9Rqo1ByLCNI7Yu3FSxn9lsNw04cs1a1e+NoTIz5A3sQuHLm5wyaAIFWeEEK5fxbHpKjnaNWPhsN5thlP4LJijEZnA03uEz5RooqXPvwJWRSAXC0EhDMH65mJtYR96ItYBUcpoAzhOt3uXP/k6IVAM2WJXUOmaR9IPYiMHcgiWkcQujT9FgEO7Uoc+n24u68GvL+k+kAfPTJqGRgflYCzpSp0Pe9MlapocnFfHC++CJUYTVB/sGBp7glHTHRvwvsFGrNmmmM5WmqMTKWiRp4HQceftsP7BHas6rH1nBQES0z99/NGfajTp1PEjSBg8b+BAz29ZN8n', 'active', 1796495665223, NULL);


--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('LkamWcugZmYpwVMNJHLiJBZqysTKH3d3QsHxudu8pjA', 'Doxr_GHZT6i_0gEEDNIITw', 1796495674801);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a2477c-025f-7791-8d68-8281bb877dae', 'user');
INSERT INTO public.user_roles VALUES ('01a2477c-025f-7791-8d68-8281bb877dae', 'admin');
INSERT INTO public.user_roles VALUES ('01a2477c-17f4-7513-a4ee-6e98ac677b56', 'user');
INSERT INTO public.user_roles VALUES ('01a2477c-408e-7dd0-9b67-38cb4bba3a4b', 'user');
INSERT INTO public.user_roles VALUES ('01a2477c-408e-7dd0-9b67-38cb4bba3a4b', 'auditor');
INSERT INTO public.user_roles VALUES ('01a2477c-9e2a-7b79-ac47-068469416e43', 'user');
INSERT INTO public.user_roles VALUES ('01a2477c-9f0a-7103-9e8c-cfff52fad6c3', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a2477c-025f-7791-8d68-8281bb877dae', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$CStVBbyKvreOEUXJrPDzXw$Gjl6NQBJff563PpvzFQHxwNFGZ+tOcmtMeH1hx0tVkw', false, 1796495639135, 1796495639135);
INSERT INTO public.users VALUES ('01a2477c-17f4-7513-a4ee-6e98ac677b56', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$QAqGf9f3YlGpZorh4Xe4yA$w6W7vUMaxUK/F7HRBOQUyuRREU5G5zuWHlRjDRmkxx8', false, 1796495644660, 1796495644660);
INSERT INTO public.users VALUES ('01a2477c-408e-7dd0-9b67-38cb4bba3a4b', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$AKnWr1tZbsZJc6dIk7TbVg$fTMqHe/xdQPeCaf9MTRppGcq3zQi9AqABhat8fhUQxc', false, 1796495655053, 1796495655053);
INSERT INTO public.users VALUES ('01a2477c-9e2a-7b79-ac47-068469416e43', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$1nV4/lTX5WSGwvN9MGHXPA$Y1UcPjEwXnI3MP4g9bc7iBe7Tgp97lKt/acwNaSay7M', false, 1796495679017, 1796495679017);
INSERT INTO public.users VALUES ('01a2477c-9f0a-7103-9e8c-cfff52fad6c3', 'frank', 'frank', 'frank', 'frank@example.com', 'frank@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$rYpIzetSDlkeLuA5dGOshQ$2/fQsTW/hQcW5tiLoZGXyOC91ou9E0wiVMX+T2mfBNo', false, 1796495679242, 1796495679242);


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
-- Name: used_refresh_tokens used_refresh_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.used_refresh_tokens
    ADD CONSTRAINT used_refresh_tokens_pkey PRIMARY KEY (token_hash);


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
-- Name: sessions_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_user ON public.sessions USING btree (user_id);


--
-- Name: signing_keys_one_active_per_alg; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX signing_keys_one_active_per_alg ON public.signing_keys USING btree (alg) WHERE ((status)::text = 'active'::text);


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
-- Name: used_refresh_tokens used_refresh_tokens_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.used_refresh_tokens
    ADD CONSTRAINT used_refresh_tokens_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.sessions(id) ON DELETE CASCADE;


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


