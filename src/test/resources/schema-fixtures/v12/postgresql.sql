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
-- Data for Name: account_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.account_tokens VALUES ('AERUxFJY3wb-NVbG-IbKF4Xsysznwlu8mug56qZTrmE', '01a24773-a6a1-7ad8-b9db-19cbc776ebd2', 'email_verify', 'frank@example.com', 1796495091388, 4950095091388, NULL);
INSERT INTO public.account_tokens VALUES ('kn1wM0jB9Fz-7pba-cO9ubeT5DKHKRbHCxqMl-otzeI', '01a24773-a6a1-7ad8-b9db-19cbc776ebd2', 'password_reset', NULL, 1796495091455, 4950095091455, NULL);


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24773-12ad-76b7-a3a6-c07d29200a82', 'user_create', 'success', '01a24773-11f9-7592-a89d-b6840a6c0d64', 'cli', NULL, NULL, 'roles=[user, admin]', 1796495053485);
INSERT INTO public.audit_events VALUES ('01a24773-27db-71dd-86f8-a2d761286e8f', 'user_create', 'success', '01a24773-27b7-78ab-aa0d-af43ec4633a5', 'cli', NULL, NULL, 'roles=[user]', 1796495058907);
INSERT INTO public.audit_events VALUES ('01a24773-37ad-721e-a1ee-a98b8801c41f', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796495062957);
INSERT INTO public.audit_events VALUES ('01a24773-486c-7d8d-ba36-218826563603', 'user_create', 'success', '01a24773-4815-79f6-a983-29bab110154e', 'cli', NULL, NULL, 'roles=[user]', 1796495067244);
INSERT INTO public.audit_events VALUES ('01a24773-585e-7f46-b5c8-566ddf080b73', 'admin_user_roles', 'success', '01a24773-4815-79f6-a983-29bab110154e', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796495071326);
INSERT INTO public.audit_events VALUES ('01a24773-65ed-7c93-9930-82fdb3abffcd', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796495074797);
INSERT INTO public.audit_events VALUES ('01a24773-7450-7444-b6c9-b173b03d8736', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796495078480);
INSERT INTO public.audit_events VALUES ('01a24773-7eaa-7f0e-8686-57c61591798b', 'identity_provider_create', 'success', NULL, 'cli', 'github', NULL, 'type=github', 1796495081130);
INSERT INTO public.audit_events VALUES ('01a24773-8b46-791c-b9a7-f19441f362ee', 'identity_provider_create', 'success', NULL, 'cli', 'fixture-oidc', NULL, 'type=oidc', 1796495084358);
INSERT INTO public.audit_events VALUES ('01a24773-973b-7119-ad7a-d5d55d12d8ff', 'login', 'success', '01a24773-27b7-78ab-aa0d-af43ec4633a5', '01a24773-27b7-78ab-aa0d-af43ec4633a5', NULL, '127.0.0.1', 'session=amcCoFfCSZKJJCufi7aJRw', 1796495087419);
INSERT INTO public.audit_events VALUES ('01a24773-97f9-7c00-9bd8-595f8ee0cdec', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796495087609);
INSERT INTO public.audit_events VALUES ('01a24773-9a55-7998-926a-cc4e504a6dba', 'login', 'success', '01a24773-27b7-78ab-aa0d-af43ec4633a5', '01a24773-27b7-78ab-aa0d-af43ec4633a5', NULL, '127.0.0.1', 'login_session=01a24773-9a1c-7ce3-ad78-859a4ee2ca5d', 1796495088213);
INSERT INTO public.audit_events VALUES ('01a24773-9a87-7ff2-992c-d0dd1d3c1fc6', 'consent_grant', 'success', '01a24773-27b7-78ab-aa0d-af43ec4633a5', '01a24773-27b7-78ab-aa0d-af43ec4633a5', NULL, NULL, 'client=fixture-app scope=openid', 1796495088263);
INSERT INTO public.audit_events VALUES ('01a24773-9a8c-7aea-bb76-0422287355b4', 'authorize', 'success', '01a24773-27b7-78ab-aa0d-af43ec4633a5', '01a24773-27b7-78ab-aa0d-af43ec4633a5', 'fixture-app', NULL, 'scope=openid', 1796495088268);
INSERT INTO public.audit_events VALUES ('01a24773-9ae4-79c4-98b7-caa61dd63e94', 'login', 'success', '01a24773-27b7-78ab-aa0d-af43ec4633a5', '01a24773-27b7-78ab-aa0d-af43ec4633a5', NULL, '127.0.0.1', 'session=z1-R87jGem4dCXtqSEcR6g', 1796495088356);
INSERT INTO public.audit_events VALUES ('01a24773-a550-7188-b7f4-1aaae426fd01', 'user_create', 'success', '01a24773-a528-7bdb-892f-010cbbcd71b4', 'cli', NULL, NULL, 'roles=[user]', 1796495091024);
INSERT INTO public.audit_events VALUES ('01a24773-a5c8-73a4-a3f9-24d09a66db70', 'login', 'success', '01a24773-a528-7bdb-892f-010cbbcd71b4', '01a24773-a528-7bdb-892f-010cbbcd71b4', NULL, '127.0.0.1', 'session=jagsudeBaitj53mvN_9org', 1796495091144);
INSERT INTO public.audit_events VALUES ('01a24773-a6bc-7de9-b480-238fb2604cef', 'signup', 'success', '01a24773-a6a1-7ad8-b9db-19cbc776ebd2', '01a24773-a6a1-7ad8-b9db-19cbc776ebd2', NULL, '127.0.0.1', NULL, 1796495091388);
INSERT INTO public.audit_events VALUES ('01a24773-a706-791b-89ab-93adcb9f4979', 'password_forgot', 'success', '01a24773-a6a1-7ad8-b9db-19cbc776ebd2', NULL, 'frank@example.com', '127.0.0.1', NULL, 1796495091462);


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes VALUES ('2_yGo3OdQmv12mmnYfPF0v0ZOocYy9jWYQbIItV-Mzw', 'fixture-app', '01a24773-27b7-78ab-aa0d-af43ec4633a5', 'http://127.0.0.1:9/callback', 'openid', NULL, 'pmkoDDzdupbaQXnDo2Olti4vaEchbVCscZeqnA5LVjQ', 1796495088156, 'pwd', '01a24773-9a1c-7ce3-ad78-859a4ee2ca5d', 1796495088263, 1796495148263, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: authorization_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents VALUES ('01a24773-27b7-78ab-aa0d-af43ec4633a5', 'fixture-app', 'openid', 1796495088258);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 18:24:08.444258', 113, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 18:24:08.82082', 24, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 18:24:08.905797', 37, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 18:24:08.973064', 26, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 18:24:09.008831', 23, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'authorization', 'SQL', 'V6__authorization.sql', -1011304854, 'gatehouse_fixture', '2026-12-05 18:24:09.057795', 41, true);
INSERT INTO public.flyway_schema_history VALUES (7, '7', 'signing key per alg', 'SQL', 'V7__signing_key_per_alg.sql', -559768327, 'gatehouse_fixture', '2026-12-05 18:24:09.112413', 18, true);
INSERT INTO public.flyway_schema_history VALUES (8, '8', 'access token alg per client', 'SQL', 'V8__access_token_alg_per_client.sql', 1781282387, 'gatehouse_fixture', '2026-12-05 18:24:09.153215', 11, true);
INSERT INTO public.flyway_schema_history VALUES (9, '9', 'audience', 'SQL', 'V9__audience.sql', -1153306411, 'gatehouse_fixture', '2026-12-05 18:24:09.170489', 10, true);
INSERT INTO public.flyway_schema_history VALUES (10, '10', 'session sign in time', 'SQL', 'V10__session_sign_in_time.sql', -912300823, 'gatehouse_fixture', '2026-12-05 18:24:09.194751', 9, true);
INSERT INTO public.flyway_schema_history VALUES (11, '11', 'refresh reuse and code replay', 'SQL', 'V11__refresh_reuse_and_code_replay.sql', -215074945, 'gatehouse_fixture', '2026-12-05 18:24:09.227541', 19, true);
INSERT INTO public.flyway_schema_history VALUES (12, '12', 'identity providers', 'SQL', 'V12__identity_providers.sql', -1896468425, 'gatehouse_fixture', '2026-12-05 18:24:09.277625', 21, true);


--
-- Data for Name: identity_providers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.identity_providers VALUES ('github', 'github', 'GitHub', true, true, false, 'confirm', NULL, 'fixture-upstream', 'bmt3bqdvHlQMcMq4hsphc7hdX+ARrFqoWF1NtgB8nhHv/rNINoah+pO1XGZPCYtSwcb3', 'read:user user:email', '', NULL, NULL, NULL, '{}', 1796495080832, 1796495080832);
INSERT INTO public.identity_providers VALUES ('fixture-oidc', 'oidc', 'fixture-oidc', true, true, false, 'confirm', 'http://127.0.0.1:18463', 'fixture-oidc-app', '0ScR8vuZaeZ8ZGPkVZZieabKog9jXI+GmUcNDssUIYuG7S5sMB3LIy+p3CpzQLk=', 'openid email profile', '', NULL, NULL, NULL, '{}', 1796495084110, 1796495084110);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a24773-9a1c-7ce3-ad78-859a4ee2ca5d', '01a24773-27b7-78ab-aa0d-af43ec4633a5', 'Z7mb0qLlWHJ8LAz_8Yp1mzxfY7wmNMMFcqYp9EFzLak', 'GFVaxIJlyBNmC1kp7L4ZZkRhxxSAQN_SOap8YXJlllA', 1796495088156, 'pwd', 1796495088156, 1796538288156, 1796495088156, NULL, '127.0.0.1', 'Python-urllib/3.11');


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_throttle VALUES ('forgot:frank@example.com', 1, 0, 1796495091422);


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('01a24773-a6c4-78b6-ab7d-b1d4c229199e', 'email_verify', 'frank@example.com', 'Verify your email address', 'HqAkGCs1Wi6FEXjJPZ2fuivOz0R8c9xqyRUXKCKiUNDpGy5/tjISlJIUBTHGlUUJ25S6nswhJ0gg78qkg76G/IQCvCxmvKzKqrANUXa5oJQoDrXVLDFcUdbTptnkQ0h9G4fdt3QCXmnDcKQ6OjpXmrq2wA50RQx7UOkhQPbgrXDtyUK/wBKnTNxTpaF+vUG4Td95EyhyFSPublOsAQhHI3BldeVyy7W8rzQ8tHjDylC2Hw/0PVIZxEchp9M0lHw1s4+JinN8nYxqpeezmHcUog+CqrPDJPo2LGuBE4LHDBYwLFDau/f+ox7zus45YRDjkHRIhIQa+E9yr4xyaxsTdRwAV512DiI3F4y0oB7yCUSEVTtDJUyTHlysb0fbRqkKTE4uATod6RTKYmBECC94Z+pAqtQeqiIHmgaBphYi04f0rHTjxsYr8ytQxPyYAOCjmYJjGDmGgYf7OSlyj6SdX+IX+jAKbIKeF9MpNRL/woaI9xtXfto4t9ZFvss4gtL6g9efVUDGzYWlPZ5j0Qo=', 'GclVIRlJBL3XJL8mUoCN+lb9WZEnc8AsIDnh8MZUHEwpQfQ2+JZGkIgA7pASUCZ0smCsxtYvSUXextDxxClb/auqdPy3NRoOqwreFq4vIpfYftOPCt97bRlpOX9HtNpH4Kgk+gqecBxxYr5vmlxKp95JeW3x7/JDJYaoIEgta6SRpAWrkYbU2gv9c7T5ueJV6l1o8IZ87k1xvTdoMsnvGOdd2SNoBJp0JSMdxdb6ZymGSOTUM8e5wXoWxH/grejobzYPNPhrk7r1qL3jyNYHZPCKyeaVdicfDEMabIFp2ZAVUmsrCyHv4cP/cV9R/vAx72a8mGWQzbZYHgy0ATVn+9hg6fEbMbgjcQpkwMMalQyoAiJQgyBaw0E26XNKNcS2Sr9bQpJpvhcGjRE0wzX+gtT+N+Hd7rGmcziyTIMHWq5g2+LscnANc5aegXWtuAQkK6S2dlyUR6aqYnF8rF8jGGEeXKUI6qxVoL0hARVkpz+2FsHat2bwVFfKou8NNnu3GLKjtnEhkcjrJakHZF5vcqi2mkLYkezpqj8hxe9rSLIvOo43Gr8Nwz7sj45dPVx2YbMHixVilP1SUgcUIroHlzNuUywPVvsTfHUkvGtWn1Z0QR4cG4FaqUaJGIvweaOwNQI7kMYR+bdfqfRFt2bhBTpxWW+mejYpU8hy3gxtR1ebcTjyWPq6jy0jDblG+iKIOYgDJ2Hg8lFP8P10jtSnbZhVHmPjFZRHHBRMhjuAggT7s09vfMMP5aeDqzp//pGiiPP9eYk/vfNqQEt+v7/y68sUjliezUfQGZnMMoT81pYtCyB1FnSctkiQrA99X65PsQ9Ac4L05v7Ig6EMVrWgsReXI5vEoUkQRXFKZ+y3QhJ2kn6XXjKpX6SOnxF2H7QJ+i1rwsJ0ERLH9O1hCO0uBlwnM9fptVz0wTXKASoJPbMsTWfXsw0c8MH7uCY8w7H6kDTNOSuWjq39hCJzmKLuf1usx/RBaBwDKmFctkJYuj0AjJ+qrw/ZinSEByHkjbO90dEvH4kuE7AyDD72IUefHNYxs1GppNDdszn15SgTf603ijc12QcChYk+5OYN5NAfYOnWQRQPM/9n0w8pD7Wo7RaDN655f4cDo3daFF8WNfz1Y03PVmoIgeR6D92/QS3sVVYCays/GmlZWrH+WCoipTGqNVsDAyPY1eYLmZCmbW3MGDbiFV6VuIteMz3ptZnj8At3rQ+Hfs4BTkDxJC14xXJoreUCbTEDqD7ftbCpUOuWZbLgyj5AoieSa+9R0KISm9e2cR/rlxb7AjQlLtGN1TiljTk+b/pQocCV99ro60HjB7F/3Zpe7Z4/L/mQFJkJ5HS10UbPgw0LZOx6olQIhEu6aV0htXDWMoFNt+wY2UUYxXkN4lfhokmBQTYCS+iSLBZIMgkZkjqwkvxA5KV7OyAwY+fyzokVtiSrgRVjqwl83/HtyV/aDNZVOXtSHfcrdHf6EkdDUrxkoqjRsfXgv3nUR0MfnWJ0NbRZIxBrhxxkm0ghhyJ8Hlw4nkA3fESE6QtifiHiZNsmOSjHXhx6eCxDI9DN3YzODQNGoyiAa6aZoQF/aBh0/PImOlbZvNn3Ag==', 'pending', 1, 1796495121435, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796495091396, NULL);
INSERT INTO public.mail_outbox VALUES ('01a24773-a704-7715-94e5-d2d2c270bc40', 'password_reset', 'frank@example.com', 'Reset your password', 'AxZ9+f4YT7r6ONNc6XGKSPdpSY43nnStScNTBrEtmWuCIIql+6jwlL0SL+QuwPmy7LZtdlAloScQT44PxptLkSzVDFAijgo5GLFUgv4zxnz6zypa9nJzmjuONC2BLZgTDFC5UwSnfTxtfG2K5z3k9kbHqZKbrUyjXEH8Pma09nl1VNObx6LiJar2GRZ/N1nHC3tM7MPUm3bnuhP+r0j3FZxQNw49mgud/lMzAMymXLqoX19f9ANIt3RnX6+B1OuEP8e9FzdnXBegQRlskDAIjlU+0GPVdL2wJ4V4Uffn1HN59OS5Js2bnRNcTPbcS4+8DUrZto8r6okZwrumfNp5jTVkWOevBXXZ4eFWFZQKjIEIC3D/bG0H3aF0B8Uv07U2KM+iSyUPqAW8YrDV7PrzZB0cCbsNBSVYHpz16/GGGt1QPcoif7MWt+i69dRymV/NzjFuB0dRxvAtOEUr5X2yMhQ+utm5fP45Er5SLcWBm7SWr4ILQnAd6aZNY0lC3EmxCMEWkXoCsq93I3J5jCka6r/6O3yLJ10MnL75XE2hcQE=', 'E7Nw2OXNpygsgeS1JQwWyIgP+wH+d6Q6lqWudfXo+jJnZ30DBUHGld5TiQsSH43MtmNhWJP299Z1Tyek2ckvaAI+jvaPIYi80ZWtW3xs3R1e1QV9sxEoQdguZQB8UF4YQ3QHvIAtk7LRXPgAQyyEnGscLyaI2BejXZTi1xptJbE9cBWus4IhxuDwX3TVpNlsAv/HeP+Y9Th8cRCbcnPnQ82zmbm2DnVlbvn0fzDp9sAiMxPE/aiDdZcgQie0ELFhSNEZM3jJsEUPMsRbE/2t8ne7aNEKQq4NMxQvBQ7XkcOa4wiYIBR6oyfPJam5xvn7Vu7kjgapL0sx73Lm62twUjWLoZ1P7TTJmUBjBv9Tyo/cdj35WssqmU6OBTTluMFCghsTK/HnlsR2QJY6lt9xZ4rYp6oHX82DRPg5AF5cjvNyMNxbzuDWBuels9kBB/BfLqExe+qqlu3+XJvcJjxb+4u6O9MYhu97nLAcqvNrVoC9gmIS61N73so639AZXNsPqsD6ngv/v2tWFCluwJY4/w+kXFJP2ukkZOjDj+L9SHpUWFnM3n06NuGeLn/pTZMr96MbpVdaelMYU6IbKajSHI8h7Gp1ZIHBH/vEamsdR58SK8GvEF8tLLgtDc8DEB2q2EwBfofTC/J7MVuG8+MnrjxFZQFQuXRGngsmC6ZCKaUCJjL/QgdF5S9LGfSgeOE35SK2GoyY1oWSf5maB6G6Yg0XiPmtr2ASUYzCytxmtt4zVidXc1+UW7zJ0cpsIpfn9Ck+FUOnXIyzxQcmP+Hge97pvYCGFDxzt9iddyqC1/tUiaa7UwBvaHu2MIh+dJANPGZ7QSdnC88K5lvE+4k6rPXbQS0q3ZDrAuQCvolc0sUp2FM/JtPcHaRPYvWM6DUTrWsqWJW5mogooMP6OXzspm7Sp0q9+HB/EhdV+DCJvOU38aqsBtDKcpfyOndAqO28zjbN7YMRjEZoZ2wzh1ndrgJbfPdliK1bVlBdKhI9tG1US/xsqgK3hng+lJSj1Jx8q85nMrBQ23SisSTnxvmowtn70+PIBQ32kpJz5a7IOJzeNtZv6J1Us0MT9oARm3c0b+vqW+tDmHOW/Iu+76ggh1WMeK/ag36uC3jP3AVRVMdX2ICHblkEwDlU4xkmDdlsmPVLPu+29J5HOLH/U+5346a9APKkq/1YS77g/4TNRvsCdfKoODwVXG1sNidHKawbNd/fHQNPlUsLAYavU0hwEZgwallp+jfWQGV4IaG30TbX0zPwjEefsVyBAWt4QL6O+AvGklvEVf5fDOwNmcZXO7ExrXfPNZFPHePQh/5gGBXRDuMJzLySTZDAA39yAJeHoaELRlVoXORpz22rXwn78S30pDm96k8PFwbaw7mlOKBYQwgtKNQ486FmnlSNrzX966RIfNeZHjvbmMepNlQnddmBNzgXpU5dk9RySpKI0PJT/nNl8jvb+iVaaphbvH2KPMqHlV150ccke/c71c5KUUzXyrWOckg2iGfg1NuhBClOxRKbjabaCXHECJY6OjorAPu/fJy28TxBomRIeGeMtiI4WNsRi0o66qJYR1L+XAZNfiHZI5ox0d907/NP/ZEC+7zwNvg0QvariA==', 'pending', 1, 1796495121478, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796495091460, NULL);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', 'Ki1kf3C1hJoE1zs0gai0D7XmMUFqJrHkwUnmcUAXLYQ', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796495073683, 1796495073683, NULL, '');
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796495077672, 1796495077672, NULL, '');


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
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796495062685);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('amcCoFfCSZKJJCufi7aJRw', '01a24773-27b7-78ab-aa0d-af43ec4633a5', 'gatehouse', NULL, 'OjIk0JZhmh-V_dtlnlV5A7ntLGxrXEGt_KRKXdEbskI', 1796495087400, 1796495087478, 4950095087400, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796495087400, 'JU39E41OnPBec_a-2gxTLVH7BaEZ3FsjUDY8k_-SzBw', 1796495087478, 'M2DSAmiSevWB1vqNKBbyN-sq_61-kmy0_An0ehEFy0LCO8E6Z08ZR8N8oGTrKIA9EzBO7duYTYnHVFzlYxyFQQ8Hy77897s');
INSERT INTO public.sessions VALUES ('z1-R87jGem4dCXtqSEcR6g', '01a24773-27b7-78ab-aa0d-af43ec4633a5', 'gatehouse', NULL, 'bnZMR9HhrUs35qEtUQzlvjorWreud0xFIWkTV8YS5j8', 1796495088353, 1796495088353, 4950095088353, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796495088353, NULL, NULL, NULL);
INSERT INTO public.sessions VALUES ('jagsudeBaitj53mvN_9org', '01a24773-a528-7bdb-892f-010cbbcd71b4', 'gatehouse', NULL, 'B3UgKl8B-TzpZPnvx311gAeArfHa0Sl1n52rC2mTxUU', 1796495091140, 1796495091140, 4950095091140, NULL, 'curl/7.88.1', '127.0.0.1', NULL, NULL, 1796495091140, NULL, NULL, NULL);


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('xx1blkYTaenL61n3f0GSQQ', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"xx1blkYTaenL61n3f0GSQQ","alg":"RS256","n":"wEZEDlsBm2Em__2ns_oUWiwMFoEyhvmY7mVaCEuQ04hygdJUfKXkej4fRBI8TS2ZPlMMBAzkcjSun89FfxyvXGjVrIDr7_DQ-7rw0_d9Ydy5TNAWkBPdUMuwJkBhEiC6KRAf8yYkhHzqLnkQ4hf_DHzCv0lMZpMp4r1nsRJYGxg4weQvsiabBtuzfdQfVUiSt3jJcYLcY76BEXwtavzFtRWau84ktkPbgu9_k9mxmOntDwqJfHT6eAEW28FFwX2-FyQm2pg-268Iw2cFIIkifiAq1KfLcbc6Q7UAO4toKKGKr7obvS-M1yXzojK7JXr0Yp9LbCMqHhTVUp2xCyqAZw"}', 'vovsQEGCROB6Gz6kNuoDmgqf874OJuZqBfOXvGQB7Hrn+siNrWq/SgrOIamvbKsEIYYGagzzLGnnkqj+rcCM+IbaDbJc5CEUso36fLrkCXe4GRNopJiBwGOM7IyuTrEdM08FD1e2T0QHV7bJNk+C3ExUPUqkA1LTaQRBJtZ50VLiWRkX8VuFVuldGedvHGW5CEZJn2dzgfnTgb6smPMtXcsloXAMUDYvmiGi677OHkfBjpocKwSCdn3jcqrgNgkR29kk8GUUPLake+lYJIwlUMrmqe1O/JH8h3+JiIwvqZcKfUnA+/ftsP75O84HV3T+qP4EgVhYswatEHs5Dr6ra0FqNmbsbDaMLaHU1GyIFrikxrYsq5R60svBFNpmLJi6JprcStcEn7NxUHwIIpE1nHkXuWnszhVNNWpjpLBiK+7nODEQHu8YMc7aYQBTwoVlGlAcsH2fCiHMjFOHVkOJzqCwUeJJ/HcxxDoti1+xz3HZpN6BQeDcjBo+0PeE2NU+m8nYsMbCtCdU9e+prbMAYjWIcr800nkZJtyamzQ/kqE4Gih1zsDnPF4xR0RIgwfTo8wl6DWZHkrAe0JJVQAMeK4K8YXjwH+fQJEOa4gyKZ9Qvv1suP1/z2YdZ07K4D2l5FjphvSGThwUA4ZAtIdU9mJBQVG512NMXMhhHz8VIQ49oBs6goim7uHVKyKg0iijpfw1H8K/V+WPbA6a+uSvgK1ltTSZ2woh1g02+6rVvxks2ChxwHyuLT92KrbP3Az1eSWMhczryerHyz8PucnVcNLeH/qlr8hVBEvyrN3T3ruSICgUIhQEcYYpYMf1cvERwtF8bDhXUb2Nu0OnhS+wwHwNqVlvEElUxbt+EXCQ0VgeX2lE3fJDGDxgaoLRRvwZDioPixkiJb1Xpc1MB+9k1ieMQOCfyp6v8CTmDGUbfOpSg43WXRdo+iCHOA3JY9njLdNZpeuNsLxqfJpQnGFISZOX4c8ZAA4GjVcvXqeJ2TbQdvMpn/DFNF3NFEji3fb4WJAaBNsFxH7o4/aYAikbe93961D0Qtn7hlC1uLaOdciZaXJ7hUkXoKQ/54296CN/Sec8YIrO5J364WVovwD3s2CKSieduo2v9zHnmSttULgaf58Fx64ijU1JUhHW+FYqtc0FkF6iIZCIGJVWr7kwzilKelGi5luLjtvfFlMk8X40mqfjN8FyWd6KodO6d9J93VSztwHHmTTwFKa1zhhmmWpRpLA6RlM16GjBNBFzv2UvjfqR1G35cZ1rG2V0w30wVUlAcnE0mZVtrsp8lteXGMgTsHhMloXDH7D3vhoj7xlgRkAy6G4EEm0yUKtNjMZt6nosmhW5BTVOh86UJQTmxhjR4TYGGSGbjS+QOJCKZRwomMULJgQLoKvBbNR8ygOXhRvJ8q7aiX6d13TyL5HueikVjSBetyIkh7nElbmRneAR5zk4Vk2BEitBaFy74Re1LGHn7EtMdUm1n5diIMD4LSieGOVNJg4GGEMcnC0B0ZpHukKF5KZzkQsMBZ3TkohL1MyoDd4NrSHIj2Quveoal2HuemScmnkQMV28nEoF8+Jp4AQvWz0425BGCucp2V1mDbmQBwEagBB6Q19jYl8ER7ayU1KdDYyPtsTtMrA7zZ2xEK8SMsLVHSYKzUK/', 'active', 1796495074361, NULL);


--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('JU39E41OnPBec_a-2gxTLVH7BaEZ3FsjUDY8k_-SzBw', 'amcCoFfCSZKJJCufi7aJRw', 1796495087478);


--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24773-11f9-7592-a89d-b6840a6c0d64', 'user');
INSERT INTO public.user_roles VALUES ('01a24773-11f9-7592-a89d-b6840a6c0d64', 'admin');
INSERT INTO public.user_roles VALUES ('01a24773-27b7-78ab-aa0d-af43ec4633a5', 'user');
INSERT INTO public.user_roles VALUES ('01a24773-4815-79f6-a983-29bab110154e', 'user');
INSERT INTO public.user_roles VALUES ('01a24773-4815-79f6-a983-29bab110154e', 'auditor');
INSERT INTO public.user_roles VALUES ('01a24773-a528-7bdb-892f-010cbbcd71b4', 'user');
INSERT INTO public.user_roles VALUES ('01a24773-a6a1-7ad8-b9db-19cbc776ebd2', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24773-11f9-7592-a89d-b6840a6c0d64', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$blD5365YMDp0p7skLspUeg$rKywTt3XecHRwLEyVnorz4aamt+zKEM+BnDYDz2lszU', false, 1796495053305, 1796495053305);
INSERT INTO public.users VALUES ('01a24773-27b7-78ab-aa0d-af43ec4633a5', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$7j3EQN3xhRkcSW+PCG8G7g$BnZ8NiTXvTIyJ0GBT6PDECbazClnvmaqEqH9v42++Qw', false, 1796495058870, 1796495058870);
INSERT INTO public.users VALUES ('01a24773-4815-79f6-a983-29bab110154e', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$29esQ5RH7WBo4ji1jNomqA$7AIcMKh6U/A5UoOKNwBJqPE8tuuYAz2IppZDiySS7PU', false, 1796495067157, 1796495067157);
INSERT INTO public.users VALUES ('01a24773-a528-7bdb-892f-010cbbcd71b4', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$fpAUz+di0QlOk0v1NMnHnA$aIyfI4nYxMuv9u+leB3UOssD3D5zwmfHLa7F0XHRiJE', false, 1796495090984, 1796495090984);
INSERT INTO public.users VALUES ('01a24773-a6a1-7ad8-b9db-19cbc776ebd2', 'frank', 'frank', 'frank', 'frank@example.com', 'frank@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$cuTVxGke7ad6bxf/PgIPMw$wsDE0vqeVhzLsB8VTVyUBJTMcZqsUD92MlHIREqEm7A', false, 1796495091361, 1796495091361);


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
-- PostgreSQL database dump complete
--


