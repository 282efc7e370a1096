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
    access_token_signed_response_alg character varying(16),
    audience text
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
    successor_sealed character varying(160)
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

INSERT INTO public.account_tokens VALUES ('k9nnsGU1RZsmjbe5r32Goo3Vm4ujtL8YW0u_DiXIt-Y', '01a2477d-4d9d-7705-9754-8c0e0c1d70ef', 'email_verify', 'frank@example.com', 1796495723937, 4950095723937, NULL);
INSERT INTO public.account_tokens VALUES ('EHSv0sFWbzAhsweYGQwZ0iHModhm5QkYn4TdwJqMoVQ', '01a2477d-4d9d-7705-9754-8c0e0c1d70ef', 'password_reset', NULL, 1796495723985, 4950095723985, NULL);


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a2477d-1c70-7c6c-a77e-46fe97793635', 'user_create', 'success', '01a2477d-1c57-79c3-b3f1-1acaae963bb9', 'cli', NULL, NULL, 'roles=[user, admin]', 1796495711344);
INSERT INTO public.audit_events VALUES ('01a2477d-22b6-7982-a2e2-d9a9c49041b5', 'user_create', 'success', '01a2477d-2298-79ce-b9ee-e43a3f71a6e9', 'cli', NULL, NULL, 'roles=[user]', 1796495712950);
INSERT INTO public.audit_events VALUES ('01a2477d-2712-74ac-80f1-bee4c53bd7df', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796495714066);
INSERT INTO public.audit_events VALUES ('01a2477d-2f1e-7e79-9363-86e888dfc5c2', 'user_create', 'success', '01a2477d-2f05-719f-ab45-2da62d64ca7b', 'cli', NULL, NULL, 'roles=[user]', 1796495716126);
INSERT INTO public.audit_events VALUES ('01a2477d-3316-7b86-ba38-71bed2a52c63', 'admin_user_roles', 'success', '01a2477d-2f05-719f-ab45-2da62d64ca7b', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796495717142);
INSERT INTO public.audit_events VALUES ('01a2477d-3835-7bd6-9596-564ddb56cee5', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796495718453);
INSERT INTO public.audit_events VALUES ('01a2477d-3ca6-7c8a-8ef4-0aad47d7ee95', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796495719590);
INSERT INTO public.audit_events VALUES ('01a2477d-43a7-7e96-b851-4d4a5d1821a2', 'login', 'success', '01a2477d-2298-79ce-b9ee-e43a3f71a6e9', '01a2477d-2298-79ce-b9ee-e43a3f71a6e9', NULL, '127.0.0.1', 'session=iGpOMGQqPzKia9-RCGqV9w', 1796495721383);
INSERT INTO public.audit_events VALUES ('01a2477d-4429-7290-a341-85af029510f0', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796495721513);
INSERT INTO public.audit_events VALUES ('01a2477d-44f3-7f24-ba53-bec657d3180a', 'login', 'success', '01a2477d-2298-79ce-b9ee-e43a3f71a6e9', '01a2477d-2298-79ce-b9ee-e43a3f71a6e9', NULL, '127.0.0.1', 'login_session=01a2477d-44f1-7cfb-a902-b83177f506e4', 1796495721715);
INSERT INTO public.audit_events VALUES ('01a2477d-451a-732b-9a7b-892a6203fb92', 'consent_grant', 'success', '01a2477d-2298-79ce-b9ee-e43a3f71a6e9', '01a2477d-2298-79ce-b9ee-e43a3f71a6e9', NULL, NULL, 'client=fixture-app scope=openid', 1796495721754);
INSERT INTO public.audit_events VALUES ('01a2477d-451e-7ceb-b590-4bcd620b9679', 'authorize', 'success', '01a2477d-2298-79ce-b9ee-e43a3f71a6e9', '01a2477d-2298-79ce-b9ee-e43a3f71a6e9', 'fixture-app', NULL, 'scope=openid', 1796495721758);
INSERT INTO public.audit_events VALUES ('01a2477d-4551-75d8-ada6-84f9db10be23', 'login', 'success', '01a2477d-2298-79ce-b9ee-e43a3f71a6e9', '01a2477d-2298-79ce-b9ee-e43a3f71a6e9', NULL, '127.0.0.1', 'session=B7X0FpM6Movh1c_HyT94Hg', 1796495721809);
INSERT INTO public.audit_events VALUES ('01a2477d-4ca3-7d1f-a786-149a07d3ff25', 'user_create', 'success', '01a2477d-4c95-7e92-ba54-ab19a3993f59', 'cli', NULL, NULL, 'roles=[user]', 1796495723683);
INSERT INTO public.audit_events VALUES ('01a2477d-4cf4-736a-9726-3fa12a2f5769', 'login', 'success', '01a2477d-4c95-7e92-ba54-ab19a3993f59', '01a2477d-4c95-7e92-ba54-ab19a3993f59', NULL, '127.0.0.1', 'session=ByWrBbP8zy0xHn0cKXbN8Q', 1796495723764);
INSERT INTO public.audit_events VALUES ('01a2477d-4da1-736c-9b7b-d1b500d6989f', 'signup', 'success', '01a2477d-4d9d-7705-9754-8c0e0c1d70ef', '01a2477d-4d9d-7705-9754-8c0e0c1d70ef', NULL, '127.0.0.1', NULL, 1796495723937);
INSERT INTO public.audit_events VALUES ('01a2477d-4dd6-7410-82a9-7d4d98a713c0', 'password_forgot', 'success', '01a2477d-4d9d-7705-9754-8c0e0c1d70ef', NULL, 'frank@example.com', '127.0.0.1', NULL, 1796495723990);


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes VALUES ('WoZSmxQ8TM8RSmM0GYts4LBUjqRQ5mXE6CfwGr-SyVk', 'fixture-app', '01a2477d-2298-79ce-b9ee-e43a3f71a6e9', 'http://127.0.0.1:9/callback', 'openid', NULL, '3CWQWkHyBVYwOhL-Sndj1P0tIfCShJ-r_tudLwj8z8Q', 1796495721713, 'pwd', '01a2477d-44f1-7cfb-a902-b83177f506e4', 1796495721754, 1796495781754, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: authorization_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents VALUES ('01a2477d-2298-79ce-b9ee-e43a3f71a6e9', 'fixture-app', 'openid', 1796495721753);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 18:35:10.01182', 27, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 18:35:10.086913', 9, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 18:35:10.107693', 5, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 18:35:10.118211', 3, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 18:35:10.126791', 4, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'authorization', 'SQL', 'V6__authorization.sql', -1011304854, 'gatehouse_fixture', '2026-12-05 18:35:10.135623', 23, true);
INSERT INTO public.flyway_schema_history VALUES (7, '7', 'signing key per alg', 'SQL', 'V7__signing_key_per_alg.sql', -559768327, 'gatehouse_fixture', '2026-12-05 18:35:10.175645', 6, true);
INSERT INTO public.flyway_schema_history VALUES (8, '8', 'access token alg per client', 'SQL', 'V8__access_token_alg_per_client.sql', 1781282387, 'gatehouse_fixture', '2026-12-05 18:35:10.187881', 2, true);
INSERT INTO public.flyway_schema_history VALUES (9, '9', 'audience', 'SQL', 'V9__audience.sql', -1153306411, 'gatehouse_fixture', '2026-12-05 18:35:10.194766', 1, true);
INSERT INTO public.flyway_schema_history VALUES (10, '10', 'session sign in time', 'SQL', 'V10__session_sign_in_time.sql', -912300823, 'gatehouse_fixture', '2026-12-05 18:35:10.198689', 1, true);
INSERT INTO public.flyway_schema_history VALUES (11, '11', 'refresh reuse and code replay', 'SQL', 'V11__refresh_reuse_and_code_replay.sql', -215074945, 'gatehouse_fixture', '2026-12-05 18:35:10.202902', 3, true);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a2477d-44f1-7cfb-a902-b83177f506e4', '01a2477d-2298-79ce-b9ee-e43a3f71a6e9', 'drvrZhMVVO_JFytv6ouOFjjLVGTELGO3qbWZRi51RX4', '9JEfW0lWU0y9fS_0jLKbm4pOn82KhmrQDHHF0ocl8Ag', 1796495721713, 'pwd', 1796495721713, 1796538921713, 1796495721713, NULL, '127.0.0.1', 'Python-urllib/3.11');


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_throttle VALUES ('forgot:frank@example.com', 1, 0, 1796495723965);


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('01a2477d-4da5-7dd9-9451-5a25bb6c42ab', 'email_verify', 'frank@example.com', 'Verify your email address', 'V60dI9KWdU1LyQOMEnsXspHZNhPfeFgL9Pam9SKL9jg2VwT+RwhwjlkLtEYvxVzeNW9N12D4g6B5nKyRjBu/73EdOF+7Be7E8otaKqsvYopdi3SmOM4ElepmvSZ12IatHIeA8VK3yYLG33PizSyqCmP1taS2QK+scX92832CFT24tQmgHUKoqH9o/r1A/ZsNFbZOCunUDXGaLKAxnzyEh0Qq6BuZleHtFfJHGZ/dvopgncNRpQdV3i/wazBSoqBMGU+Zl+NW2hrY5RBaJJqS5yMhyT5H11KX+2XZHVxv7kGbSwrjDvAgScqDq53uxUpOsLvB11PTDZsHmNL8yijP2NxwrSpaymQ8xQnNmFHWeuPqJgA01COf+csWOCaNK6v3HgwOIRZ3Z/GzfZqENdCpzpk0y1/3HPn6whpkZV1S1P+F3rCCqKAeZsD76WMlG3l1l4mOtp6A/2zNtTTLRyqHxUYaSI/mecOHgb/68zV9lZziz98vo1rHjcvbXu6xtAUMUlEagQ1wqrPf5vaU+vE=', 'HmWUtg7wp5TzeF46BDbXF3cx8qHH1j7gcRCMQl6v4Gkcd2v5UJR5VhBKsD6d6oP52Wg07ZiphpPKcwu85NYlQjw4jC2E/oEYwDqYzkce8PC+DBeVgX/ksWrIs0JJBrYJyrM5ktfC3NBUx104TUxvKyz9SuF5paYbVoTmtIdHGhbfTr4HuL6uvlFeeKgqMsLlyWl2pu77ry3A2Lrc16rwPlar46P6BQJjuTDSi1/++X49HCyKsUt6jtKdYP9LImHiyT9vDXS/ZHczbu/K6AT8a9ZuE06OJNsJmgX8XMYzmOeiWQfqUJ8z2IbNSd1ARPg26RGpYqcQ/TL9aY7VOTooO2+YpyZyBiVsaxG4h+UyLjrBCuIxrimOB1bv/HsXSA+QyX3Z4FL8BQMoWTg+OMa+gs8DfVsM9tgREsUf6lg/LDvcYT6G2QqJRRRww7WGVu8ka+gmL0RvjIiGoo/ASqsnK4faqJFhxmrdQHdaqJpRMtcLG19qklxToBmPU3LIzWhmHe2e9Figg0iMZcokqi0h5PNI/iGn+Jqp7ncQVEw1fSX9Cz19yAdqpDWcCc9VHnCIZpw/+s6MDumP53aQeSYA9MFel1q1GyN7483bV9eBJ4zeK646NChlYrtIc++juIqLtOwaPfnqnwthcTG8rH3IYr/KWZRsjaeA/CYrlt4fBsKkbHmxctjd9Lar2F+U7QmdC+UX7wcfjfUJWlz21//ONZ5BBrAfodHkZMkS/cO0ecL3/5bLWj2MoCzuPZerlDKNfEXwWNrkoWFCjUJHKMGHplVQuoxDmEpWh9sBK/at6LIunulsylEP16xoK3Dq8pQIhTgD9av9bYrsrCiVdARGQEyKhLSS5bq+kjAUxExD9xJQ/T8fpEI8iNHltmsf88z7EVEnZwdzHTLKK3klvJT50ri2ZMahRlaP++QrFleAh7AJ7DBWbl8Qkm0HS/V7KiMKtALDGVchI86CgIgSyKjkO/6CFn7wlML/2TOMM2lQetfR5MjFYutmZY8b8XNkACNNKj8kwInANN/PmZ/OFHWmIdqtu5yRHGcwEZE4P/5dsBawS2RwBgBqF9p/1CYrhmxLnbsx3syk7Qwkfk3kom6v4MDEmLZC1NJLxkqcfuRWgt+OuxtNzEaviXpmpyO9Z9l96W3b29c7CGMwqIoblL5pbGjvusM27bQ/e/HJPheUTXVhb82/Qp9r0JujzHSEEk5Nu1KcMbr7WhKH4V/4EKZtDlSOpY654NFeGL3grlmj1AtCYPYL7016huTyhzBzr5TAJ3pXe4WGVlc0yY4Tdeg08dBE4qm9IMZt93idd7qBz7DHsGDYz1jnl2/qhVYON/HvZ83JzAxrRzA4kewoGA5o9743Nd850hBgO6ECB+ANNfFzWK4dW40imbmmM+gc5nzrUFivlfioisBPdxOwg/NmMt94wC0+0s3z4pcTb++nP4foes0hIMiX8Yyg/sTV7XxNOw+SNFhxYSqhtY8ELxhLOkk3txDHdEnHpSQyH/mWaDm5MjSGFp6J8ceEAA+Xwc6A1UBcnAvCo67MrqIG5MmRLKUPGHEM35pzyjkCl5wm+vGxZnn/kIFEfJayTBExnRAHJw==', 'pending', 1, 1796495753980, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796495723941, NULL);
INSERT INTO public.mail_outbox VALUES ('01a2477d-4dd4-70cf-9e8e-da0cdbabd23c', 'password_reset', 'frank@example.com', 'Reset your password', 'qI8qabAuzy3UvXDVlLWiNjnTUhgUslmw++cT8igDZwlfHKOHDvLzfsgfTwwhFYAoGDZEp3ufCuamChIhxHJmrDhAyRptPufzHpLTldXNtZBHWWivM92Ybd2qDRUOXj9395gS9zdWvatSmNt7JimyJye3N7UlQBjPxYznAhapQV9JqnsMXMes81FAvjqSDvk09Zc99NXjF/8hHLiY0f9xx3xaoJEz6RGC53Otqp4FkGZxLNKA5HyKdnOiwIaBjL0ga+FHvqkyYm8+lQc5jOej+Y+mRYMhyjpWGKB+unYHBDF0Twm4XlzpDj+6mluNK0GQ1aUavXwLqG7wztRHDxX4ZUaDwGlcBpRGORF/mwuJbAcP8953O2596ic/i4ZXovQoK/5a33OSW9hR6BPtW/sAhsqYIW5pOCBYkKFhHDbd5qcWrtnjiY3OGJfC9zNUStIpviqey7RYGKsq4IMZ5H/+FvGupfdv0gdHO8O8/kOaqpUGTECHgv/T8dsr+qr08E8vVDT4cOAoDTWAq3sFsCqAG62SuLN/dRho4qPJn6oU41s=', 'qDyHxZe+jHNmaFSNhCjkl+tVCyh14dNDWwZPKv/ofOFnM4y8NHcB4ti+KGAh4qyqPGXWlWThvk7ms9tbcB+ZCz2OWbU/fvEcsCxn+iGPmJuxH4pFINtZ2f+lGE8i6Ep1GojJRSgQfyuRkzGeKJo8n763b0NhOVXIOn5uLQKLQRg6ut7MGucjwsLXN51YAP6I40wSpnIWa5ncxe1m8O5KnyX6ALZd9U0lt7YsMs0/5PDiQMOfDWU5Nbxhz+fWHxxfzVI+UL3lh6JHcPuSiOzg4mUq7e8OKJHkWa80x92ioHcU4eEKEtl1UISasi3fnciU1T7bYDx48J2S1zjc60oznikqKpzu+rWgp2xb2Dv5nsgwsdh7m3Q7DWbW/cuGMer6kfxySKkb/nFVGgQ0U0sf1qbLbzEh20pHjk3R9rwBof9v8a579g22YZXEJUteAs2JoXwW1DYtVA3w9fowaR/pHam4qjE14ZyW6/dOW2kX8ATcfUwGhLsWRBpjYMI5R4QH13QO1jxfT3vmbmbhMOS+Yj6kB0NJ94p5luhNNL3ZTrUBC2iJIjySnvx0x1z7bpYDgoYuXhEgEADLb/lk/ZIgvo9RiZ0eFWhK7qwyog5DNEZ4B5pfIoOAhMazX7HPHa2pF0dNjrX9oX6u+YRZA6Hba0Zoxb5R/9hKJIn0Ocfo6C2ZxXdpmTRae/uszlhZMqd33HZwAKm+kgW7eC6o5ZRIMxsOkXMZxnnA8z+iO+FZk/7jHVsCrzaWkkN+h+2LPkwZN3PBY76nNNB0CKPiwwPBBx4WTWr87ayRLsOp85tlvtqwxKx7eU8J1oguge5HU7l7wSV19XG+4gFHCBN93Go77cJxkrvjJU7cYB6yfwEyKMqzURoHG5Xk61oPAfSwUIIItrTPYmSus1Y1KjzdZ2EFhdshuHT/bIL+Dw19hrevYltxebBj9m/QVw6pdDukTgLdA8jw74taA/dlUz16CUGYTCzWTGLB4QjSKc2fJa11BNf6ggyPBlSUI+9MgVfKBxZn9Mq92fyQQ+1A15h8FMlwYUOoxszhCQtwLuygiKEfbEqHqYrZccOqIEPrBpNeitdmNm0jwRKCDBRrNLykRs4gFPVuB+d7DSLclvfnKkR2vHMq+K1FQqfJd5lRmIQComUXiPf1P0dJdLuocz6rjpG4F4/whO1nGx2AiSTOPeoverWwWsd1+UyBE/ehlyBUq7pDYPTD4wstyTDKZy6suRyQkwAqCxuMdvgcWSgOerE+yzBxCUZpmDgCPIl/h42AWDFBmkKne0obV3OPyPHEQg4sPE8W1vuAmIT/qmCJ5RkD+cRqwzt1UYnT9o4IozfkUzEszEdzPdmqhhb/zd8aSFkHEFkls9nDwYtlfQ2ml0cSqhfM7Rxv8jJ/bRP3psXZzmXTV+fT4IDk5MzEj8oEC3jj7uYPfxK+kO/mXHs0UfFnlN1zNgQYuspfDp5UkEB+UHqHiXvfDa/k2regY5WTNvFgZ+qL6DssN4+2ajZHJ1DJFRDJ9G2r0GcFr/Pc8jDkHjDBSQtJZSotSC11n1bLK3qMh/sjKKwHnlORu58zJB5R7T+iW9tytUNsFvOuWZnI37hi/CCLkCMCGWj8iw==', 'pending', 1, 1796495753996, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796495723988, NULL);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', '55uDfoOHmDe4C9S34LPO4rIBWfe-OukaBzXBDz-lzjc', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796495718221, 1796495718221, NULL, '');
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796495719459, 1796495719459, NULL, '');


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
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796495713965);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('iGpOMGQqPzKia9-RCGqV9w', '01a2477d-2298-79ce-b9ee-e43a3f71a6e9', 'gatehouse', NULL, '7IS0EoxmnYsTGLqCSqi3lpvUgrcVhsl21c29WBZqwXI', 1796495721378, 1796495721426, 4950095721378, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796495721378, 'fZ9LrhyGCoWe7FTuIfFcSYUe2kFhYxDgLlMuQZMtwTY', 1796495721426, 'FL0E7u-aQl_XoJSZ4NACsv9tvaxQVRxyAY915EvG8ogm5kow2hLTo22wW-T1D4-PpG_ObdhRA-sHPCHKXq-zELSBiG3c3qU');
INSERT INTO public.sessions VALUES ('B7X0FpM6Movh1c_HyT94Hg', '01a2477d-2298-79ce-b9ee-e43a3f71a6e9', 'gatehouse', NULL, 'UxKVyJ51naoNEcbdxIMyoIBMWuCLkjJ5faS7B88cDMc', 1796495721808, 1796495721808, 4950095721808, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796495721808, NULL, NULL, NULL);
INSERT INTO public.sessions VALUES ('ByWrBbP8zy0xHn0cKXbN8Q', '01a2477d-4c95-7e92-ba54-ab19a3993f59', 'gatehouse', NULL, 'X02vxXRG5lB5dEdx4SancKOT4QjPydkcbCaX65JxLxw', 1796495723763, 1796495723763, 4950095723763, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796495723763, NULL, NULL, NULL);


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('u7iBE-7PNn9vdpMLCLPwyw', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"u7iBE-7PNn9vdpMLCLPwyw","alg":"RS256","n":"tF6LNRfK5z53SVcLkHGfQRE_UWM_Sxkmyb6LsuRZ_-qgWPnM1cJI7iNmNvY2EpnYpNE4Svfw4ve6Rh1KidKOhpqCLdQxH8oLmqPAqWZ5cprAFrpE2twO3wCFqC4YmcYCCZOReESZTh5xphgOHx-Ls68pfmJfqR_wEbyAv8kis4TbrqrMRHWRtjPJe-6K6SRpwo-IME8cM-CjUQWzZa4V3M_8GDDdD0vPXFin1gBqov6VpblQFYLbms6FQ9em2OeIR14l8xOiUzfGJQa_3cQ4ErA-RjSanbgEsz33uYEcFT95E2ofiWUH34Qub9l3VmsWkX_r-MnjU4bGGDI3kquRDw"}', 'mtKk4DUMksHD50eveUJZYyr6mg59xJOXzPdKa9LlXZ2wpBp/LG6pfsR53rk1yJaT/GTQbqjaSIIkr9c6cMFq8W/El1095o8pqckl8EheYnNguALJZnkaa+umWJKeI/l8g9rnH3DN9LKQfqFF38RjrdHlEg8r/aheObrKDP75ZR0DJXt6WgJfY/GyBSuOKvQksn2YvPsRPxkFCgmaeyKiQmhm+Q/ir9FXOHF7Huh+r6lZjg6wQWnDsUJ5xco2jyZsVM7B6w0bCe68fau0mOq9k1cTw0e1lnkD1/z38zl9aYK6dQB3QAPAjQ8gHMCDfrChLEhqtBqI7M3Z1ZjCW4ohMMjIFE6vkkae2Vv/V4Afk+6bUM1hLj2Ep2/tUHYfTrr5AGkG/p6S3O0GSb9yP8CjRka7hswGU5VqoypjdH0+t/DTHUO5gcHqXqgHDd8/TQyIE2DBPK/Y4zb6wAcq2Bi6ba1ctWAGuKz6Fr2js7TB2cdViJnEf81BmQ8H6uIPegz6sTXk1jbAlXFqy+qOi2v5urQDzu+tiQTaP86GVrsCJLkoFTAIytXBVyTXr+TXgJN9I3livG2L3EHNpmaBYfJOAA/+MuafbWyz3xVJgpI7ezAqFl89ijJ9iHobr/RmS3M5D0zfXopulvpG/1i0KggsBxYZGQN2kj7SkSl8LPHabcRWoIUI90riBTvifeVxFyBI+s564MPFaHAzpP+ga9J1sjhX/nZchXsxvr6DPqnsR2/5b8DPubm4aHVUqp1M0jdg6qGChWqcLkZPb7TVIIpWqGwEbAh6mVuUQb6HWPswvKMH1fVzhB6SraC/RAOQvROmg1Miwl4BAim+SmlzIPLYC6FeoZbLuIh3UpJ/7yycE5JeZor1pvXORfJg6qxKPyoQtrSOjS7wFwZhVvF2RNZU3UJ34Nr+cCNOsiSL3vApNdLRC+ixVczBuJZup74q5meGYaTvG4C09dfYVvconpQEFTELyhnzKnPgPTi3NRx02V6Xmm9zGLYuAtvXcyycd+SSMQNxi5ohldcroCCZR66KRNMwcPZ2ZNv3CIQHWWwS4QIMC6kULzFrUwV7C6f5gvn+8HRB/MAcVGvl33knjxvEDWMw/oryu5QIl2FDvc+fRPvDukfw/D07RPASIUvx1EDJykXM8AQ+414gFIrsCnqyGYYLH+sh4aUE2jpsV3eqVG7tCQbatKcCnnSFPTxW0lHMj384GDqXWZs1HNEZlgutlEYsYfwh/fSxIpTXpzTrNWI1e1lgxBK8VrJJFjqTods/R7+5fOFDrVnBqbmOrIR2lajifG+844SUwJz7IfjSFIUaCSOaqNY4LTo4XoxAaset6ex4oYzxLnAk4WfeQj0jrhQFX5M5dj82HmmolnK3MY+PF8FHTEhC4lSof8AloO9E+rt6srxKBpO+yPP29kZexe3mQtH/wa8b55OJSU0BvweF7F71YX5LmXuiVsncSWLGkBqlYv3W991VimfoPAKAh0RG0q4DF27c+YhfYoL7vWLHmN/brvls46VMrXqzUCELZ1VrLkvFbmNXK2q4CFGAOUsh93S6Q3OL4gS4rZ8uSr3e2FvqNnQULXXH5di7UiKUUJYOlVf/3NahZlUzziHF25cSIFEftsmgODlqF8lE8se9fZmUf2mSkpwtCU8=', 'active', 1796495718354, NULL);


--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('fZ9LrhyGCoWe7FTuIfFcSYUe2kFhYxDgLlMuQZMtwTY', 'iGpOMGQqPzKia9-RCGqV9w', 1796495721426);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a2477d-1c57-79c3-b3f1-1acaae963bb9', 'user');
INSERT INTO public.user_roles VALUES ('01a2477d-1c57-79c3-b3f1-1acaae963bb9', 'admin');
INSERT INTO public.user_roles VALUES ('01a2477d-2298-79ce-b9ee-e43a3f71a6e9', 'user');
INSERT INTO public.user_roles VALUES ('01a2477d-2f05-719f-ab45-2da62d64ca7b', 'user');
INSERT INTO public.user_roles VALUES ('01a2477d-2f05-719f-ab45-2da62d64ca7b', 'auditor');
INSERT INTO public.user_roles VALUES ('01a2477d-4c95-7e92-ba54-ab19a3993f59', 'user');
INSERT INTO public.user_roles VALUES ('01a2477d-4d9d-7705-9754-8c0e0c1d70ef', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a2477d-1c57-79c3-b3f1-1acaae963bb9', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$MCyVhBzeS558LEW87ieg6Q$5tBul3NGhzP7rPNxjyopw611sNe/fJMgjs+PUtnI+ug', false, 1796495711319, 1796495711319);
INSERT INTO public.users VALUES ('01a2477d-2298-79ce-b9ee-e43a3f71a6e9', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$LZx+Hu9qN8dP6jXMHMA08g$QXzqf2aFc6/QnYbVNwyVkuSlb6i5DSxaEBZD2ibRpSQ', false, 1796495712920, 1796495712920);
INSERT INTO public.users VALUES ('01a2477d-2f05-719f-ab45-2da62d64ca7b', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$fcBWzUrVUFb67aULgyuN8w$TCGX9BMPxJ0L+DyBSvii4WNSz/bGCpTJTgQd2CoW2jw', false, 1796495716101, 1796495716101);
INSERT INTO public.users VALUES ('01a2477d-4c95-7e92-ba54-ab19a3993f59', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$JEcGZj8HYUJogCFDFZJmpQ$hr2Aiq7XMszgq6/arEGExbJTT1jw8DrU6x2oK7tcsjg', false, 1796495723669, 1796495723669);
INSERT INTO public.users VALUES ('01a2477d-4d9d-7705-9754-8c0e0c1d70ef', 'frank', 'frank', 'frank', 'frank@example.com', 'frank@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$ppClYfDtB6NciOa29Uf2vg$SOWhdb8rOzaoo6f9xoYxPSZT496h8qnXMp0Rwc6/GvM', false, 1796495723933, 1796495723933);


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


