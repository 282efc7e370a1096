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
    updated_at bigint NOT NULL
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

INSERT INTO public.account_tokens VALUES ('S7A93FJzzNxxsOLNh2LAST9_eWEOkxs-hUtQDVvmzW0', '01a2477a-9af6-796a-8493-cb1989b363e7', 'email_verify', 'frank@example.com', 1796495547195, 4950095547195, NULL);
INSERT INTO public.account_tokens VALUES ('YZbp4rPBRDGLVmZYJ_L-tqKc0mN-o3oCbQpTOwGEEtQ', '01a2477a-9af6-796a-8493-cb1989b363e7', 'password_reset', NULL, 1796495547825, 4950095547825, NULL);


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24779-c3c4-72eb-a764-91f5c4dc995f', 'user_create', 'success', '01a24779-c37b-7bf6-9bea-1dc6f13a033b', 'cli', NULL, NULL, 'roles=[user, admin]', 1796495492036);
INSERT INTO public.audit_events VALUES ('01a24779-d1fb-7246-816f-e25468ff02a0', 'user_create', 'success', '01a24779-d178-7c96-a151-a1bca184824d', 'cli', NULL, NULL, 'roles=[user]', 1796495495675);
INSERT INTO public.audit_events VALUES ('01a24779-dd93-7925-b884-1574391daf95', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796495498643);
INSERT INTO public.audit_events VALUES ('01a24779-f98e-783a-8155-b8e0cc63f059', 'admin_user_roles', 'success', '01a24779-ebdf-743f-b000-b2d8ec0aa259', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796495505806);
INSERT INTO public.audit_events VALUES ('01a2477a-2775-7eff-a565-70d5ab1c0214', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796495517557);
INSERT INTO public.audit_events VALUES ('01a2477a-4180-7fb4-8535-54532c11ad17', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796495524224);
INSERT INTO public.audit_events VALUES ('01a2477a-6976-7f49-8aba-f5377f54df45', 'login', 'success', '01a24779-d178-7c96-a151-a1bca184824d', '01a24779-d178-7c96-a151-a1bca184824d', NULL, '127.0.0.1', 'session=aWaoL6S-cGNi8by8n_13Gg', 1796495534454);
INSERT INTO public.audit_events VALUES ('01a2477a-6d95-77b0-a700-fb5d0ce63f2a', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796495535509);
INSERT INTO public.audit_events VALUES ('01a2477a-71a8-7a83-8a4a-20c46a764c7f', 'login', 'success', '01a24779-d178-7c96-a151-a1bca184824d', '01a24779-d178-7c96-a151-a1bca184824d', NULL, '127.0.0.1', 'login_session=01a2477a-718e-7a41-921e-17cc33a29f28', 1796495536552);
INSERT INTO public.audit_events VALUES ('01a2477a-7365-7ee1-9170-ac813036d0c8', 'consent_grant', 'success', '01a24779-d178-7c96-a151-a1bca184824d', '01a24779-d178-7c96-a151-a1bca184824d', NULL, NULL, 'client=fixture-app scope=openid', 1796495536997);
INSERT INTO public.audit_events VALUES ('01a2477a-73d9-742f-ac8d-bb34c0bfed6e', 'authorize', 'success', '01a24779-d178-7c96-a151-a1bca184824d', '01a24779-d178-7c96-a151-a1bca184824d', 'fixture-app', NULL, 'scope=openid', 1796495537113);
INSERT INTO public.audit_events VALUES ('01a2477a-74dc-7c2f-b50b-7c91da236196', 'login', 'success', '01a24779-d178-7c96-a151-a1bca184824d', '01a24779-d178-7c96-a151-a1bca184824d', NULL, '127.0.0.1', 'session=9S4VwU4382TLg7U0d8_r1Q', 1796495537372);
INSERT INTO public.audit_events VALUES ('01a2477a-946e-7a7e-8b52-d6e43017ed90', 'user_create', 'success', '01a2477a-939c-7fb6-bff9-03741d14c639', 'cli', NULL, NULL, 'roles=[user]', 1796495545454);
INSERT INTO public.audit_events VALUES ('01a2477a-975d-71af-9528-e93476f914d2', 'login', 'success', '01a2477a-939c-7fb6-bff9-03741d14c639', '01a2477a-939c-7fb6-bff9-03741d14c639', NULL, '127.0.0.1', 'session=93-V3cMfalO---KgmOafvg', 1796495546206);
INSERT INTO public.audit_events VALUES ('01a2477a-9b3b-718c-96e7-f554630eb832', 'signup', 'success', '01a2477a-9af6-796a-8493-cb1989b363e7', '01a2477a-9af6-796a-8493-cb1989b363e7', NULL, '127.0.0.1', NULL, 1796495547195);
INSERT INTO public.audit_events VALUES ('01a2477a-9de2-7bc7-9680-54c23d309eaa', 'password_forgot', 'success', '01a2477a-9af6-796a-8493-cb1989b363e7', NULL, 'frank@example.com', '127.0.0.1', NULL, 1796495547874);


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes VALUES ('wmw9veKf4fvZeA8WCXwOj3EKvcAaGQ4CMbR5l3rG09g', 'fixture-app', '01a24779-d178-7c96-a151-a1bca184824d', 'http://127.0.0.1:9/callback', 'openid', NULL, '_Cz1hpgDUQpi3ZK8YCLocHF0riHAhyYs0-FYKovxMQI', 1796495536525, 'pwd', '01a2477a-718e-7a41-921e-17cc33a29f28', 1796495536997, 1796495596997, NULL, NULL, NULL);


--
-- Data for Name: authorization_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents VALUES ('01a24779-d178-7c96-a151-a1bca184824d', 'fixture-app', 'openid', 1796495536978);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 18:31:29.107254', 291, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 18:31:29.502235', 79, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 18:31:29.632823', 71, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 18:31:29.740682', 31, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 18:31:29.788604', 61, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'authorization', 'SQL', 'V6__authorization.sql', -1011304854, 'gatehouse_fixture', '2026-12-05 18:31:29.868622', 41, true);
INSERT INTO public.flyway_schema_history VALUES (7, '7', 'signing key per alg', 'SQL', 'V7__signing_key_per_alg.sql', -559768327, 'gatehouse_fixture', '2026-12-05 18:31:29.928212', 13, true);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a2477a-718e-7a41-921e-17cc33a29f28', '01a24779-d178-7c96-a151-a1bca184824d', 'HQ0ArlQWNUaLhhTWrdT4Bx7Q5_4WdQ6Ii5D7La4lNdo', 'LaHB0hKEfoKG7dffLpo32bEZDzm30d7QEfmUPVJRgNE', 1796495536525, 'pwd', 1796495536525, 1796538736525, 1796495536525, NULL, '127.0.0.1', 'Python-urllib/3.11');


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_throttle VALUES ('forgot:frank@example.com', 1, 0, 1796495547535);


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('01a2477a-9b59-796b-8a5d-fc7c3ce50bf9', 'email_verify', 'frank@example.com', 'Verify your email address', 'NZftLP3MBHsd7I9mDHvi0yaE6vpAlq410vGU+lM59Nrgwbh2zdNuXcBLmu/tcdONwkXabHlUmcyoJJbW35EjCiX0DPjFwiIf60o4PGqAy10K1nMGYwBiKqVYw4VR4QWiqI96VuBgkPdxL0w6Kz5Q9FJwkmdBp3iFtVRARFnm10dRovrPJ3Wak909DTvzFK7ZMjCvQUmEIhfItil/d6cS46I35UV6xUuJ92olg7ItVqcuR8wphW6jdoGpM/ocaqLpwS/teo/DyoDXV1GB7agCXulW828Nr8fJFWdMGQ/Cj2FsCcejqPGnyMhU0Zmp2I9K8ffFs/F8YkkEcrgwk+/uWB0vQHa13vu0kXi7DwfphokT1XdFhiReCzAExAEYuw5D7OqiLRyOaD6wxDt7TsaxeA1j3jGrk9zc0WUxVgdFkepbYj5bct0weD7QRR/le42XP7hC/cJlz2Ex1P5ZkohniAYevSUAa6BUHxFq7wGB0TyIYGWsgt9/SFhwUNdt/wQHnAoPHD3aH1rUSEF0fCo=', 'zMwmoA3spJ3h0+Vl3OipwkASAHHxku7RnZFKQvpA+2YtTBmKjPp2+PqPCZ9WZXJW5/f2LNWSphuaip8O9TxsuZiUVzqV7XD4B5kdGbZNlnbxMD6onvjPioQ35zZDiwSe0kG7l4ZVWnPIyuA18KF8R/eKSZhgxFIwCQLqX6YO+/6EX50TgqX/QS2bYLgw42sleEXK7p9AKocNi0L+XojFv/Kah4vQ4GceE4pcbGXmFjENfUUEvKuYanEVUgpdZvDXREja7lluSxedxZbrxST9ExivHPtT70dpLCyWPY0zL8JL8wPyTIlqLtGdkTdxqEFisCBShJ+fZL8KfXjISpQgpKldsrHjpa3tQ4F8ZXt2FFDn9XIv/bBBEcxr8W1Fl6vTtDNbyeGPar7dbqvOVLvzaFR8lXnlS9ZNWWdpBPM0xd64qoCn4WcDiOaWMLWIo9QIBKqMcKOHDw3sk3ef/vEZ104ocqBNLto2xXbBzTDocbj73OFrSQoJuckAzwUxH0OCl6+2yxFrOXPqaGiYDgMy0pdDeJnfa43y1B1vRBKZ3qpsPopo3rOietV49yu4XQMax+R8yHKDaPj1krptcRb3TmtAsyVFzNdhyhoRsvxVzHlI3Wf4PiyEtcFjADHpX9uDl7rPBul9k+qsoc+1E4tE1Wco2jCYwopmLIMWUi2juVw91fO2QXJZunD/bmNBMNMIn5dAXBGnzWAeEHiE7bV4WTnSOILL1LlUjMEHmywesAoO6PKm5TufjSdOgcab97PiQvsJsobe4HWDkXBy5y9GIRcr1Mbzj1dkfuxEfQgvsuxCkx4Y3cJs/A7HlDikwXZQGmG8+NSyGU2qHD05zYxsNONNRS541B+6UWu6Fl05sY9Usf2vLsoW8cBIX1zHfP0z9zGGRG+E5PtZmmIRSZlDt2xeWA4+1GoZjcizGGaLDpdo10t94zvAEj47j/tmMOk9aGGHiJUzZ7HpFFX2hFVLfOvlBlbP2rjCs2KrMNhV8l+uBQWIpFAMDhEcSu4H3y8fCJcBxMtRmX1EdwdgW/Tj/KPCXirGIs0F0Paw48uPHMxb4AE0LaXX0DYCSEHYz8KG6syKlitnSe2+I0pcf8AtYo5lPyLZpvNHHTmbJyxVt7L6MbgEoiC3ogv+0cqqEsvdaAVnZQ6lYsn/+DmjZuy6ipArdNVtgJYu0UUXwn/OVXgfqlLmQs27KuGZyj/oKFkuCLe3Bvh0kYfM1lhASD5yKpQY4NrnTf1/lfl52r5qhlvSaBbhWeUrIsl4EJm+JZJNLf57x8RpbFQBs2fNZTwZrms6JkNFjJCW33A3CV57+MvKCLyDxpqAmLOC6c2Y5E4UGqdv9JFr04u+0bwOJwOHA2aot8uvXeGCipm+apSg6hMAeDcjJ27tv02lDtYKS8n/R4slXe/K4kt16Kk+22022tgSKqOyGzoGzVKe/UiPbt7BRvWvnm/EZp+LAes5Xj8iw6y1kia87kR3kwiRsltFiBeu1kqTu2MchD8FAsm4Ho/hwF1Pek0a8Hk/xKLEXSc/KFfuU0NG28ziQxemky6jQRnf1JyV+EqqyJz2LpFhGclLLUINlqFK8HNC06w7tMupVg==', 'pending', 1, 1796495577799, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796495547225, NULL);
INSERT INTO public.mail_outbox VALUES ('01a2477a-9dd9-727a-b2fc-056276e1750a', 'password_reset', 'frank@example.com', 'Reset your password', 'nnWHsfqUcRbR3yfqWKSNJqaLZEybWEFeJczLdGcLcTCt/Pz1aDrRtiVtp/Z0AGNO9nvL4LOZt8EA8ZfdczoXkNHK72AIOEaohDWsbh26gjFZICHlah3VVI/G+omRQ20+aGEL3uTMWdHlKk7M/82LpCaiQtlmyauMUuRAlWeFLlaISjq/4/Zs724Z57yYGgpfzt8o5h/i1ojFARLT0uswyeFpikS7WFaD+trxLenjdG+3vbKm5qbEB2GpiyZuZsG28L70jGlGE7Y2KE9GOtfCpfjDKBWB/HzmsIHSSvOqWHLQCSFLcWsCWpxrBHYnHuCMJ3W8k9CbSZNlX89feUcfixaONnXs9d1i0zx3+AaAbzIhWaVDm1BcdznUOC4WZpYxn1bTvTevxJcplsXhDCcvSWlNI+KpI/kLFmK9wxlj8cQYn59apph/liooxjIqN3n4Op6K4VjBg6a2Kbh3rfTaqyMumv46zebE2rqXuL41O8nCLpsLBYn3ruL2oZKKfIWHSpVPxXrCxMigg7oifT4rzM9DTfsInkb47PSQTD89Jb4=', 'I/kRjt0cCMahmU7tJIXVUCEyhJqyzD7F8OV9WmQ9pI3n1h9f/N0WfKkMJo4gNZcx8suuVCweMY4BsgaoOhpVLafoj4AAZF/h3v4oWUDTkhccH4Y7hlw/eqPEVB7eLUAsngFhKahNy+WoS2yvFjYCiFWM3eNTJxF8ks6mg+SH2UgPZbSsuYjPcR8wsJ785R/8X5f7s73qqqe9IUvj2mNwfnAoiKEwOtFk7meD4tuG/fphzNjFe8rPg+WrKDNFJrLQbJjQTcmnyn6pBR5w+MKHcuLmzDIfiyPlGd8oqiZXZFah3jw2wml6rFYhO/99GiOULujq8Gvfz1m5Xe1g5FQBqHpnMUx+iqIKWqwpaUxDT4V8iXtaDu2KRIb26ey9CcCRWVxt16IYmwVNhAX39O7e/z4M0UjOyVkOasl15ZJYmWNgm6cocsJ0Tj5BMRgqMpAUpOOAEf+9ugZPcplTqs2bRe/V4FPD3MBVm6OS74XZlF+28C5iWpVGcXAZTo206NjIgr2CYDEVDEw/5JD/hUDFiIXZIXX1uf5rVqqeBQIjKsR7QUhw6OU5wAPsXHiydN5Cw+md9lyjfemxCNRto7TnHUnEWe6vVvSd5KGQ/B06iUUbofj0zzO75QG5jx1r+ZVNiFIrfU/lPd5BdD9uPSfykn9OKM5D2M94Z0Mk1UMvzHtKTQzLpnFIivhpPk9CW66eEG8uVIcuayBx6qT3dDniR2oyfHG51Wjnkn2ESTdzHmpKhOS0GONNunv2AVrsVwT2KWzEDnydup72+0OT1vl+HOtFailC8fqIxjJV1ieK/RE8dnETT3uMaCNDsYC6A8avJ4yHN9l4JR7BONy2WEFA6GoGzYxmYfPCIMQTz3qchiAt9f+r9WxNcolOIAz1UijzHujz7eILLJejP1RkqDWo+SimZG+ubrbkrE2zyFu2HhhZ+QCtAgppcsd58ZGtoHwDWx8gx7Kz8X/dHRsOaxdj3D2U43l7P+PRZBEVDp6meSIe6em7LOJhE5jUu2NnQOlkSwhLc8KOfKuNvWytHe97DjrJ43kBbTOevnTCV83XgAuvTVMkC7wGWNKXPRDMUNxNtFjQftnietXDesA0QDRVyo9iyGeUsHkGa1q3GQh+nWUgg2uedAvX1VGHuLnfhBUfQkrf7yQhz09XYe/S0JC7elEOoPbZyl4goF3dsWsJQpmlHb3laCgDAKGo0A2Nw9Rz/nt0x9rXE/bm84lG44qLkMWGYJDIXVciJU+z6NleRaYa7GIGbJSDMU2mGQf3Z6YdBq3sPIZgKyuWz8v0Qu0YiHRQbu5y/QZUuRxeUnWNy60gT9gldnV9a0xeApLq+wvZwb8yZeFe3gaqG8e34A9f2GHWnl1c/oFrI1av1R+/CXM6S07zVmF4kFW47o4wQUyTkKbAm5rQEmVgXmhpURFd6OMsAhZI/iIXjWbgVWg6WXSN518o2e2WsBUIn/DIEI0g3VYe0IteAvedA3k1zY89Y02Dtu/YdAtFQbZB6vyGvfGtLGdo9KK13pJgpVVSEMAUYhrKr1916lz/Mra3KNlQ5nTrDfLD5C8I9u8c0KqFHHuUsmM0aOuyfekM2Gu1z9lPkhi/DCx+cc5JvA==', 'pending', 1, 1796495578181, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796495547865, NULL);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', 'QJx6fLj-6e2vqELQ83bwzQEPc5Pi-_igEvD1WMtLngU', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796495513849, 1796495513849);
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796495522727, 1796495522727);


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
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796495498386);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('aWaoL6S-cGNi8by8n_13Gg', '01a24779-d178-7c96-a151-a1bca184824d', 'gatehouse', '', '0HqtdzFd97L0o7-z2mK6exG-C4lzc4Qsmit059TTogk', 1796495534444, 1796495534594, 4950095534444, NULL, 'curl/7.88.1', '127.0.0.1', NULL);
INSERT INTO public.sessions VALUES ('9S4VwU4382TLg7U0d8_r1Q', '01a24779-d178-7c96-a151-a1bca184824d', 'gatehouse', '', 'VmaeZhWzwYKVBjp4ezE_62_b5j1GcPYGIRlNB-rSUmo', 1796495537364, 1796495537364, 4950095537364, NULL, 'curl/7.88.1', '127.0.0.1', NULL);
INSERT INTO public.sessions VALUES ('93-V3cMfalO---KgmOafvg', '01a2477a-939c-7fb6-bff9-03741d14c639', 'gatehouse', '', 'mnUDhaivcgN-ZTNxbK3bfbwGr2vvTCqCUYeEvvQS6x4', 1796495546184, 1796495546184, 4950095546184, NULL, 'curl/7.88.1', '127.0.0.1', NULL);


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('V4dgdwPNBxHFfe7fdd6-hQ', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"V4dgdwPNBxHFfe7fdd6-hQ","alg":"RS256","n":"mZSD6SFbitPlplcUzBwbc4E8pGCoJj832WnkxXo3UwWqzd_oz-HX18OB2sWJGjT38Br0d7NDiPdNmv43eIZKl2NC7H09MjYCZA56BY9R7wCkH2FbIL_8buLRYZqdyIlI4ldSBoouC2sS_Ufol4Zyq2lF8NS6rlvSv1VBsZL6eff02lWqjsIOmizlDxA9dkO8XGAoflLv6lV97hhtlK5rI-M0m_cZkQSS9ioXVw0SB1b6FBIz7QgWVvBk92LoshtYgHhO1PCP_vV9lGnGgbW7FuXN2srQRb0XIzy8sdLl9p-aNN5Or1hnfMgQfESafohWie8JLmGNp7oNfKtC1ySAiw"}', 'C/xjA4Pvx4U37dy+FhbaC0AuVq+5t+pPruGe0E3K9gWcJL9jU/qO23VcDgHxDmC9Zl6u3lpjUNZtspCwaoHY1FyBlT9uUcRen5A05pu+v/ExVcAY1Zugs3lLidMqC4HIVrJhzKcqjT6J24XDhFCynRJcdtDFGGtfywayDDsOdv7DRbyeQfiBGXNX+apQfVuZQObEc2xp2XDTsApfkVfXJZuB6zzremnr3Pw5xurADu/bw6l4FAw0wRluGwrMi83Jv5vAird7iLRBBhgR6dT072VoOPmICBCOeu2FYTxEWvhbR0MPxZHo2k03I5U0uGvVHvuGWNz9kB10Y6lD0VS/BXUdk2rqFikmLp834VIcSGDZQGgDb24+SaJ4C34+P2HrBiEq26Vr38OAEr5/fr9psf225DAwJxs8zcyIWeTFLNzNO2HaxCWFaAQLPxRBD2MCaoxFn6LNHgGKGd7SqpoKlOfHwQxL6u5LiaHACSiGHiBSVRAHVEnrK62GcV28PUaLfQziL8JD7JcO9mswk/wIyNNWSL2GPeYGDf9QY+u2JVPtvgpNQOHX0QyEHgM7HlQTFir1q/dd8kV2G0wiIaRpcKxkSZ5JBEMHta+KkshxszAP5Nhj/HUkpwLC3tiLkJSdT+thItir7z8+4iGxiTkNP/R8QjpfRAJUxAtI0zryOaTOqLUlFpIBPVciUDxMGjcv/LkSz7PYCmFm/NI8CH682klYFhZvtm0KXyy54/hVgAoL0CV2FKx8KuI2J19w/gMd+142aVnIJdmJy3N34BlHbhPj5pQLjGvuI2BgFlZDa1Wut3JZvTgLuolkDngjLgzxPcMckF4GZ7Zo28JXMplgpv9NAqxtsNFwZebmuyI/YUyRNzdI15VGoMinPFOIl9hEH74Fv/0qhhRQ9TIXjeQ+NxLJeshRnNnU1g999sdHUpQqgg/VZ2YsnsMoUvtDvUcl2RUnmSYRBgGtL6qyaizpIE7AYzYgI2Fkl+RV1YIgn45UCzg7/N2Mi7N24uS4QrFHvY+ZvYkZgTJacwdOjV3dZenqT3S+0mBsElPoxlkGdCdEZfAYfSEXEBEzLXQOe8Qqe5QbEA6K3UJQSev16MiqwAXpT8K2rvVHwCiIugtOeV6RbMO/yAuoDZSHPaJ0zXHZCdPbD/at2rhG5JHCGiX/B1i9pvj45zBdOV3IbEfJ2Piy7Zj1yK0+UcM4aBcL4m3E8iUPRGSxEAbbuH87zdkAZAFftI37+moYqxFvR3mWBqOo84T9oU9SqwMqKnBEu8+bKSjApAxRSgDn9wvSqzQvcv6x6Smwc6hJqJOI7c+cY7FlSay9LEhugxUYKwo7bwbL7MaGjmOXlSZh8GP1sRtKiK/qOxdTgU23+NNubPQfpASUft2urspEtij20l6nfGPmiNVjLqeYVz7mY70Z7wmYyi4Fxv3MV5+vdyZrVzksREiC+6QqZp7dXP+7atxr8CPQiCl7jW/G23m4D70oZQi9E/TGNYUqya4awirKCmm7g+ROCcQpKaW/OIaSLC7mlI5Aa+MWVz7GBroaSFh6MEHGwqxasa+XukdHb4yrxvTK6q/G9CKZTjb3/BiY3Qi0ys8R1jz1JyzBKu6uhareIn8t+13fReCXDcAdWii9hzYZF4eK5Z+NEHaSzT/w/9I2', 'active', 1796495515798, NULL);


--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('bOeM-Iq9kQQnDnrNATgeR7hJF3giJG-NI-C_rEi5nlA', 'aWaoL6S-cGNi8by8n_13Gg', 1796495534594);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24779-c37b-7bf6-9bea-1dc6f13a033b', 'user');
INSERT INTO public.user_roles VALUES ('01a24779-c37b-7bf6-9bea-1dc6f13a033b', 'admin');
INSERT INTO public.user_roles VALUES ('01a24779-d178-7c96-a151-a1bca184824d', 'user');
INSERT INTO public.user_roles VALUES ('01a24779-ebdf-743f-b000-b2d8ec0aa259', 'user');
INSERT INTO public.user_roles VALUES ('01a24779-ebdf-743f-b000-b2d8ec0aa259', 'auditor');
INSERT INTO public.user_roles VALUES ('01a2477a-939c-7fb6-bff9-03741d14c639', 'user');
INSERT INTO public.user_roles VALUES ('01a2477a-9af6-796a-8493-cb1989b363e7', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24779-c37b-7bf6-9bea-1dc6f13a033b', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$PnhsP4J4ywVXpu7N3j4HQQ$DRcIgMdbPqU3Hfg5zRomMvGnSodKLhl+aGpImLFGcWs', false, 1796495491962, 1796495491962);
INSERT INTO public.users VALUES ('01a24779-d178-7c96-a151-a1bca184824d', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$lWAMFU5wz0HVNn3plXD9/Q$L3a3RrzPlG5cjbCl67BJiZlC7ZWSTfrypkdujmC1p2k', false, 1796495495544, 1796495495544);
INSERT INTO public.users VALUES ('01a24779-ebdf-743f-b000-b2d8ec0aa259', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$frsGzHBcjP6F308cwZnBAg$Vta9CUDofb2npijikGWRP4xa7hF+swyDmnZMNY5jAE8', false, 1796495502300, 1796495502300);
INSERT INTO public.users VALUES ('01a2477a-939c-7fb6-bff9-03741d14c639', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$T+oIDhM1ovE4xY+xnusxJA$8JXc7zbpzM/bm2LModoKmf4Eq9TwmAQ6LZZKes4tOH0', false, 1796495545244, 1796495545244);
INSERT INTO public.users VALUES ('01a2477a-9af6-796a-8493-cb1989b363e7', 'frank', 'frank', 'frank', 'frank@example.com', 'frank@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$mkJwBogtlPV9yrR7eJ1+ig$E6bJg3/krOxcwRrumTQOVEf6R6E4wqBuVZHQmAt6Xtg', false, 1796495547126, 1796495547126);


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


