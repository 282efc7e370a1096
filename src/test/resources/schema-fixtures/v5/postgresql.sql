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
    ip character varying(64)
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

INSERT INTO public.account_tokens VALUES ('onKt9aaIDMEX_sB4OIwbpeGY8xrWD-UHAqmp_KDS0vQ', '01a24778-ea50-7a85-8f3b-e36a99105928', 'email_verify', 'frank@example.com', 1796495436379, 4950095436379, NULL);
INSERT INTO public.account_tokens VALUES ('pp47RzA7SlohvKRTR3HcjPO3Zrf-_5pMyDd502U5Yfo', '01a24778-ea50-7a85-8f3b-e36a99105928', 'password_reset', NULL, 1796495436557, 4950095436557, NULL);


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24778-7a3c-728f-91b3-22e0bd1c26ee', 'user_create', 'success', '01a24778-79a3-7fbf-b2f0-3f05475de11a', 'cli', NULL, NULL, 'roles=[user, admin]', 1796495407676);
INSERT INTO public.audit_events VALUES ('01a24778-8615-74b1-a475-889734c4825f', 'user_create', 'success', '01a24778-85c5-7b66-b8cf-3777fe9866b6', 'cli', NULL, NULL, 'roles=[user]', 1796495410710);
INSERT INTO public.audit_events VALUES ('01a24778-91a1-774a-9d25-ef40bec24081', 'admin_role_create', 'success', NULL, 'cli', 'auditor', NULL, 'permissions=[notes:read]', 1796495413665);
INSERT INTO public.audit_events VALUES ('01a24778-9f18-742b-9e54-29e28292f166', 'user_create', 'success', '01a24778-9ef5-7d3d-8a10-6a5dfd0cf758', 'cli', NULL, NULL, 'roles=[user]', 1796495417112);
INSERT INTO public.audit_events VALUES ('01a24778-a965-7b5d-af90-377fef7b9c96', 'admin_user_roles', 'success', '01a24778-9ef5-7d3d-8a10-6a5dfd0cf758', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796495419750);
INSERT INTO public.audit_events VALUES ('01a24778-b3c0-728d-a324-18d2796efd03', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796495422401);
INSERT INTO public.audit_events VALUES ('01a24778-be69-77f7-b691-3449b3b730a4', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796495425129);
INSERT INTO public.audit_events VALUES ('01a24778-cee0-7b6c-9c37-60d9aad9f5e8', 'login', 'success', '01a24778-85c5-7b66-b8cf-3777fe9866b6', '01a24778-85c5-7b66-b8cf-3777fe9866b6', NULL, '127.0.0.1', 'session=-pr-v0K4vT-1kAdGodsn7Q', 1796495429344);
INSERT INTO public.audit_events VALUES ('01a24778-d128-7bd7-8749-13635a1def89', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796495429928);
INSERT INTO public.audit_events VALUES ('01a24778-d3d0-7ac9-b266-1f5d91aaa6e3', 'login', 'success', '01a24778-85c5-7b66-b8cf-3777fe9866b6', '01a24778-85c5-7b66-b8cf-3777fe9866b6', NULL, '127.0.0.1', 'login_session=01a24778-d3c0-78f7-ad5e-b79ad9ac5058', 1796495430608);
INSERT INTO public.audit_events VALUES ('01a24778-d416-7659-966a-b8e3eddb1b0b', 'login', 'success', '01a24778-85c5-7b66-b8cf-3777fe9866b6', '01a24778-85c5-7b66-b8cf-3777fe9866b6', NULL, '127.0.0.1', 'session=6NuWtQKPBI-xn7armgSJLw', 1796495430678);
INSERT INTO public.audit_events VALUES ('01a24778-e8f8-78e1-befe-6fefb8214401', 'user_create', 'success', '01a24778-e866-778d-b39d-e72fcd539b59', 'cli', NULL, NULL, 'roles=[user]', 1796495436024);
INSERT INTO public.audit_events VALUES ('01a24778-e9d8-7831-830c-b52e1e6ce363', 'login', 'success', '01a24778-e866-778d-b39d-e72fcd539b59', '01a24778-e866-778d-b39d-e72fcd539b59', NULL, '127.0.0.1', 'session=xjipNncgPkHsK4tCXkc63g', 1796495436248);
INSERT INTO public.audit_events VALUES ('01a24778-ea5b-7790-9046-2bb6c6b3d9b0', 'signup', 'success', '01a24778-ea50-7a85-8f3b-e36a99105928', '01a24778-ea50-7a85-8f3b-e36a99105928', NULL, '127.0.0.1', NULL, 1796495436379);
INSERT INTO public.audit_events VALUES ('01a24778-eb21-712a-9488-234b9ae26844', 'password_forgot', 'success', '01a24778-ea50-7a85-8f3b-e36a99105928', NULL, 'frank@example.com', '127.0.0.1', NULL, 1796495436577);


--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 18:30:04.116711', 173, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 18:30:04.468197', 44, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 18:30:04.603191', 133, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 18:30:04.760975', 35, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 18:30:04.838786', 44, true);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a24778-d3c0-78f7-ad5e-b79ad9ac5058', '01a24778-85c5-7b66-b8cf-3777fe9866b6', 'BOX7uO0RSmM85ZPxxsQ92rmTaPKNdu_VbrESiDtRkWw', 'pvj8cI0MZ_9l2PKXuhuNn2l1mItiBcjPgPqLAt8VdTM', 1796495430590, 'pwd', 1796495430590, 1796538630590, 1796495430590, NULL, '127.0.0.1', 'Python-urllib/3.11');


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_throttle VALUES ('forgot:frank@example.com', 1, 0, 1796495436503);


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('01a24778-eb1f-7902-b87d-61cbec60ce6f', 'password_reset', 'frank@example.com', 'Reset your password', 'iK9e2BM5OfROovJadHjydfJD1gn6SR6ZVAMOlAZaNwxsDGVH1jVoKonBX+9VF231MsiGMu5L9OXoQqXtASQ7I0QHm9vhVr3ysRIBXPrrM0O15wtrD3KZg0MVjaG0GMcuCnEQQxcRQU9WnLEsd08nQc9HB8kvYajYQcC0RXKIAFdbrTZVUwgXIVTFtuFUJvpCGdAYzS5VvjjwFsYkA4OV7pD4RKC3x1i2n+bed5H/9cMZcXShel4l+0bMlNGr3etiu5bDbsB4qJlGt8Iy1GN+gCtPd2QsJEZUMf86ZgvGBEdvbt0+4YI1nIp23S76Vnamb01ODz1qlpTlUouuOg9O7cW4d4Mjre99yK/Y8CFz31k1wAYfCps2v2dxogXv+tZStGvAF5nPUKpg8MRu+i5w1CWSVJUZl6H3w9tYncYuvjGWW7hVP3sVB4HFdfwDUnK61lJtn9TRu1+F4htxXRPDha0bV54DKzs/mSx4fUjNX9pQk/wIyW+LDezGhQCzYrlKYUhXFqXb0JJ9ArSoRMkji12bvicJT/GNe41RSShOlWE=', '3WK0heqyuvFo5X5Vq5Q0aBgvYQm5W0DlXNXnsZI1rcsDo4hebuBpbQIaT46vS0nET3OUMDDNdnaxU/wf/l94CAxYJ8bd+mYZxskEeParWxmr6bd+ncuj4HhKc+fYS0IfxR3pLOr3HDseU+oY/hTepYTrQS4ziDPSye9RcWcZyqLFlPRB0aKw/ijt+euZnC2Tfp+R22JlWcdoIIeoQKJ9gQA56p6iqTO+sOAccTyzSlAG0Py8fdoo+R3I6Zz3jPNrbgFSLWjno16yVwaNT3TAhJnhecepSCvkJnKHerwGW/V1o6vuFE1loQQkLhuRiQP7h3yemKJs9L1JXuip8WsfMGZ4ZesRPhfAenN8BvWIovx7GTh+N4isbHkZmoNMC0fn2HZYF1+Fhiw/sGTyVSVIbwl+4uYUx3EljpYCwIcMeubS8bzXn9dTCPgietvBFsAS5lSz+TLfuvyGg609tDWXku+nYGs6fvMtIElxhgL/lfrl06EWQtE24N0pJzh+lM+b7gxkrfRPiGjaPkuepyF24s8AEr1dtpezqoZr3LVOgP+O8TA4EALm6hgPwIEN1rgkQkF0NmpnNnWomlx97/I/qkTX6VJE6zc+0zqlkYY8UVgg67Du4/FBxvFk/tjgQCy8/MYmjc/9lP362HoXlNEw29GPc+YoOz2/mF3/p39/XQSrGq8iE/jdLBj12ATjgwZRT/iWw7DiB/WQVs48Ws6Hyhe1FVsOtbEfLTPhI8213R9LZBfHlfQ1GypIregF0VXLsdXtYnOGtXHr+WzY/NnFxlhX2ZnFfgvKEkwV+LHcazIRoz+y3IM7taHxQEC5QwkEN0nXSi+ilaHTr7VRLU6aEvwVM8sA1/Ei+exp7GKRBpaxF2DC4y1nFSXsiidQNgH68jJNJyreHTE15kI17ubEUfQRi1bnsEu/L9/URWeWac+nSPssL76uxyXQ6EUmihRxqinNCe/xrhfVjjmU6eAo34eqjm4V5K1csvRNatplAmh+DiOSLYVryVWI8NCKUzf2I9WKBAjT97M9AOSeYFkK1MWCECVnbmW81AY6Js4TJvEGd5nZ2nRruVTkSGD/qCKtLu4AwW/dinPzEoMtk2G4c2avVrTDqzgiKIQddExGepsuB1jjm182V6t+J2Ug0tefccybk6yqcH3mKBpZH00fBLZGVQIs/1cHXT88c2Fx5+2S+G7v6ZdTtpKt13xbkr+UQjRsNwBglkfNsUv5yXQvOx9mZXe+F0NvBFTdTc6iDkIUy+SQhLC8WFb1uiIHsmKS4JPVC2YEyJLXmxp8PgvuT4TpiZd9RnVWpVfDMTEb/1V7nP7Aw/2krvU/UrQI3tJx0r9yWdKzBr9Jc+AR5X/G4y47hGdR3bAqyAoKRjq4y3fUVIJ8yJ+IU6evFjdlENC0wJ11FtdMMQquQm6lnniZrC2Gd0//PidpkqNrWUEZy4zG39WfHz23nIqvV8Uowf30rVIVbv5MP5yD3FK+OydHofWFqviG8REIWBPZdNUGEtL57C5AfJ0BIiF2Gud9odn8ILc2l3Kw3BhdJMMS5azbJUv32qHEBxeOsUF+LwXkb29Ae3bx92ZTJvDlALAUHGDIqPiC2yHC2MYOeg==', 'pending', 0, 1796495436576, NULL, NULL, NULL, 1796495436576, NULL);
INSERT INTO public.mail_outbox VALUES ('01a24778-ea6d-7c9e-a996-8835baf32877', 'email_verify', 'frank@example.com', 'Verify your email address', 'YGuazvf3HU9M1LoU2rHUtHHuoCw1KqbElSUk7oUb4Adl/bpKb3WCs5GRiCdodZw+szsCPXlL/rhmagFjQ7ewgaK0B4FPYSGKalNWtlodo1KtDg418JO6O16BVJ51YQCSjIVWBio6m1GqjoaAwXRPnmAhOKYbyaK6Wawj2v+d1b7k6h2UhHip4eXmqLVCjvbdzHs2lDZQceWeb+VG/v6Ecukc6FyJbVSzQ6CHvdnAGty5aELaXuqaZG2pHyrnNl4AM/9ZP1iqERkftYFVtvWQCK1LNfaG/Et2wh+zkCKQFEEikoX7sVqVAF4Tfvw+deU1azfHD6Tuc0pE1Q7zL/3eiAKOny80dZePO7oHe+t3IacCB3UTrsbPdmzPNif9y63pm9YmEyArlGwDtRjabsPcb2K1fhjjBPd+AFqXHaE9AP5E5QgObIfEZeAISp/hDBF+4QDV2lit6wK+n0e9DfCV7zK3WMU+8qITp/CjP/IgmbsMi26mYtFKbm9Sazna2fMRNgem5goF+kZqBaFd5ok=', 'a3Xa0epHMhzzwR6eLuj35Mrxv3XHGanSis4USc1vgN8T+OiSHWCj6SErhr+cYC58BY84WFRWM63rfr9KyQ0LI17Jw6A3vVFhO6On9ioGBbuY5YwA5UNP2bN4ZSTRgJC9Pvvib+fK2UdLi9oKoMIaIhYCa0iN0k5x0Z9GlCprJ8PjkD6wPsHISYXmfc5N3PsYl9jGSvyO6Ev5EOF9jNFZDdfaAUTORjX4fT3qqwSkUqKXKyturW/czWxi+SiaMH9Zm4PKPhhwXqZLW4MpMB97KpgtkTvqeTkia3V7o7Fb9oBoSs4lPWmVmwBBFJfA6cXGBtUVO9+qa7176lcohbWI50u29CP1pVkG88tMezQifUeWiEm0RtQfjK6a9ytHz71aw4qOmCV5YCTgZx4Cqv3STERKFZb+3yIzTVyLxgVKKRwgXkFPi1TdSgD+Oq2BDexGHhZvwjJQrn7HmJnfBEhvle5xbKUeA+D5v+Bdo/CBHDWw4l+0Cy8p4410UyvQ/XY0Zdqfq/5LoWl36xeB2xKoNEmpKztX1b5SvGZN6+G4nsW4lFPfU0CFaJ2hjCGoMSee3n1kih90vMB6pvhGuuOuIyNM7+2TZMi+w3Jy3a56W3LygJXpeZptaSf8J7e6J/MBzBS7wBr3DmQDOwT9Bd7JWFmZI9Hdm3Ka/PorzDsY4zDdxL1eKXqALTMcKQsJzJr+W7OsbxH7fbOZo9yMXRyg6uH9NQCFl7YJjzo/RSH1ep4L1KFyIdIo8Dz2UcyVwFGV4iFes3qPeEag0I6yuXb/AY92P1nU+GAoT4ZFQO7p9Yt7NhnuVjeNvwtkJbByHP1TfpUY9Tr/xtPMv7ab+Yxma9m7fsBZ32UBAY0jKlLpRB0KVDD39JvTZZ+fcddG+nm/zxq4veojVVJirkzWIq7uECl6hNDP9Effgp8XsxhFE1ViKlaPJaekyEJuRrUAm+dISF2GwM1h7xjNUcNMKA5pZQ493r8osl91nV8xXm6dLanwLMQLJ6/AgJbkIkD+u/o3Xyb3Ve2aRC1Y7o8oHHjqcO8FN65G6W5ctztS1qPrh9SmqhUo9YM0IKvVo2EjDTW44KSLyDTSnVdpGUy7POOL0yEcUx28MVb04uAde8SIp04HYKn32POVshRQRphSzWWv3sVRlkjivmE75JrYiMX+LApLsQfrFEJmj4yOQHx3rfRKaFAyUDGvALyjfsGlIqtDpQahO+30579+/YXRLYNIWMlrNOsqwGHRv32apx3qPBpLo5C5ouwq2cEKGDRysSp+KGBx+SUdAWylHruiZJECgPyd0CYg17VyyefMV8D8ICk02+Jsc8pBKk+zeOoHPfHH6mujKkgclDl2ShgmHTrets0Sg+LUroEXK3umyKHE6dRBIjb7kTk0Fv7CQNQ3ZL4tD9Rh3F1QjsscMy+AP+PlpfWiOymX4SOnV62s3Q1ijtEhgBW/fzAyPSsgV6bXOpBz0Cn/AltJxCqjU4TARrC/L8O67z7+ACMwd476s/k+KbBW7ghWDk9eZi9CtXl8o7I1l93DEaBjic9n5BwjHiI9EK0cLV7k3MA0OFQiHKs/ntKHKmzqrnp9CM83pYGuppM9rA==', 'pending', 1, 1796495466561, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796495436397, NULL);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', 'MtaHykbx9hLesruUIeFsCClHuBl6RuhWpmryALvsqKw', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796495421831, 1796495421831);
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796495424280, 1796495424280);


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
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796495413363);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('-pr-v0K4vT-1kAdGodsn7Q', '01a24778-85c5-7b66-b8cf-3777fe9866b6', 'gatehouse', '', 'yMzW1XkHlasihkDvHCMvYasgiaUTpgcuQ95uvCCdZ_E', 1796495429329, 1796495429426, 4950095429329, NULL, 'curl/7.88.1', '127.0.0.1');
INSERT INTO public.sessions VALUES ('6NuWtQKPBI-xn7armgSJLw', '01a24778-85c5-7b66-b8cf-3777fe9866b6', 'gatehouse', '', 'y6og-HzpMQrEGPmGXWhzibIh4nkUt04CQ6FePJagsWo', 1796495430674, 1796495430674, 4950095430674, NULL, 'curl/7.88.1', '127.0.0.1');
INSERT INTO public.sessions VALUES ('xjipNncgPkHsK4tCXkc63g', '01a24778-e866-778d-b39d-e72fcd539b59', 'gatehouse', '', 'KIhuMxDc6vuTjgtkCwXwlJHlMRn1SSgHPlAVd_NlBqc', 1796495436244, 1796495436244, 4950095436244, NULL, 'curl/7.88.1', '127.0.0.1');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('X_q_zKSq_HE7F0d1pNP62w', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"X_q_zKSq_HE7F0d1pNP62w","alg":"RS256","n":"xbqoEOkVY_vWt6RhrqhPauLlhOq_eJaTyl62QO5XrcWLdAGr3KrKYLR9y-zPqgtUPs2WdlRa6-9JO8RSasVGeMejyUEg7l6ss0f2CMCo-zUMPkZ3Z4Scq5_JAlm1PUBljLwqdpkqomQBFssN75tCphQwPK7AVwGRKE_YAN6KdXWHjLmb9fc3bSNAoatFmVMZwuISmpaktNDlSPg-mZ4YPWzRYUQ1FBxlmla--LEMJLteCmCpiMJ9_LCmW1fDRHV-SJV45yan55MhHb_kijgIM4oHDL-GyVU1RTIkqikS3GFDqgQW3PEHtpTckirtMRcs0wf1W8LfzZGBTPTPoAOUMw"}', 'wG3tERZf0IgTblG1qlMdzJHZR374Y2Zg6R0zrhAj/sLtmKyvlNokLSHrRRth6Y4S4NJuX8lqAfkqABrBXaTRXb13htSHZqnJgF1CXoUFDc7V7Sa4rEaxDwt8gh+/t0oEOM8MLFRBy9ufcqN+uf2G7I+v5a7fUUyQ1H2vkKM7TnvUZWaLhx/zp2LnTZqzlqaan4uGKWw7ii7+ilzTbHcroyW3OcCyuhKfFiArqlXAsOjJrLbh0U9jtvKKbOy6pd5HFAiVRg5m124figEb9/quee5/+4JcfVcWP0JBBq3qoP7w1HpwD7cMW1HwxjjfFpzJzu3xX+vWYanmK5Y8ZRHZjc+Wnk4Cr/dSq0jVdVRLm0MuWw9ToU5d6NYaX76QJB54BiBLs1+u3Hj7XkFHL7B/ALjD62gEfDg7sIRtFDsOljbg2Ad3M5AxuPlKf+cBGt8DYbKD9XbF3Lz4rhl4Op0mgE3u9KARTAdJRpihyso4oo90V+9aNIAkQ0NKCYAIt8aZ6rmWsJGCV2RrOAdPfsyX9zu5dV8cI4efwHmTwW2D1NJoGEY5Q+/PGBPsi+WPLbXrlzrFzY1Sthtt+iPg2xX1Ws31j0eBGX+OV23jV9HpMFKrUUHVpFFIEi1KUIZvBQrmMPza/LN24gByUAVS9U6w2Ejrps0qxw/nk/BpMwASVt+tImijmmYLVEO4Tp20jKukfBJW6XTEONzRfEc566YCeLPnQB5wuSeiAtwC6T+VVkHb5LHsfCUoSayStD7b8JczHcXfP48luAwJHs4rfApFYmbvgWjc3ndbYU46k7Td6P8LD9+e5W4H2zBO8rZa4KZBAhaUDOttZCSPg8PduKmbUBb5lVwcTMF4u7lHwgqRe/SQDvJmvLWdxo44jFCdKyCkCxTQDvO25QwuO7r52lPjuQaD6wCNvFaUNy5u8Wh2/dQS0t2M8cMctsfBzIfaQxx7J6aAs6nLPTNFA3fwcdOxQcXrwVHkIhjyVm4htHMvPXGHiaQDOxly1337sCJKyzSPwUUMuQJU4NmRd2ebdVf/BgzwgWnVhPaKQ6WHn8IBuRVPDshihgmMUo+kHifXEtH/zNxMwqsJrmsgo5y5H0R0sHpPqW48hGERx1k7EONcLGnGNVHVOS/7VcwmhQvM/UZaUPSDJKTtvW5cr65fzFtnJ7SCNYzATcloex0Yd3PCKJZ0RhgSXvVt1+NqBmWovzXDyz98PmOcrggAG8tc6SZH1P3lEkiu4EkKh6ms1+QL23aqu2cf6a04t4VBPGRH/kKLTtxo/WXLOujg6rZ3LCUTDeQ6Whsk7JVWwZN3bS3he+oDBHJloOvxM18MMF7jSELbbSoQ3vEkJFeXi9XqAK0P/BkH0AshOXWpyqqwNifim9CNqzPELLH0xe2vVU9SFT1syUQJsAiLeU6M0V1yU69dLD22eBRqreXuyEnee1jWhKV63VxCM7hQOn/jedJRNBWX0M6yveNf43UCQdDwlSzvv7Oo6ks2ZC03RURQ2S7tIWC9AcNl/dfPyOxpSREf2J/ML+562uFv8quC2I88qMpK8dMpN2U3LONFJT+MvNmU9FPGaVCPO8CFp6p+g4C6bBOUoh+uWv+rHUtyW0R/U6s1opc2bUGDDYEUl0h+/KgIKvyG/9zyJgHUYMCnjSGIJg==', 'active', 1796495427895, NULL);


--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('dqO8CXAur7sbkakKXWIhGTpmHGZNZZqQMl-WDkhxBYE', '-pr-v0K4vT-1kAdGodsn7Q', 1796495429426);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24778-79a3-7fbf-b2f0-3f05475de11a', 'user');
INSERT INTO public.user_roles VALUES ('01a24778-79a3-7fbf-b2f0-3f05475de11a', 'admin');
INSERT INTO public.user_roles VALUES ('01a24778-85c5-7b66-b8cf-3777fe9866b6', 'user');
INSERT INTO public.user_roles VALUES ('01a24778-9ef5-7d3d-8a10-6a5dfd0cf758', 'user');
INSERT INTO public.user_roles VALUES ('01a24778-9ef5-7d3d-8a10-6a5dfd0cf758', 'auditor');
INSERT INTO public.user_roles VALUES ('01a24778-e866-778d-b39d-e72fcd539b59', 'user');
INSERT INTO public.user_roles VALUES ('01a24778-ea50-7a85-8f3b-e36a99105928', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24778-79a3-7fbf-b2f0-3f05475de11a', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$GA4EB5rcBWd/MP9/V3jMbQ$mVI2f7A/ZYNvTOqExMCwGr+4e2gPsXewUqQRVBaFB9g', false, 1796495407522, 1796495407522);
INSERT INTO public.users VALUES ('01a24778-85c5-7b66-b8cf-3777fe9866b6', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$8iuJx8zJqOO1K9JobdB/pQ$2Mredhx0ReslXzJ1IJdtUPy1PnBUG8bY7cERRxYX0fU', false, 1796495410628, 1796495410628);
INSERT INTO public.users VALUES ('01a24778-9ef5-7d3d-8a10-6a5dfd0cf758', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$Qg3+DuiTUPpLDVi/RBXrow$3PqUhSK2d+Y/8yI9vGy781lhcn6hcsmSYAtYaMNISbQ', false, 1796495417077, 1796495417077);
INSERT INTO public.users VALUES ('01a24778-e866-778d-b39d-e72fcd539b59', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$WgdkHlrfwrtj53KRX9JziQ$Ak+SI8ucoi9HFivOoBlIsvoiZlwXT+dnEyA7WsirF10', false, 1796495435878, 1796495435878);
INSERT INTO public.users VALUES ('01a24778-ea50-7a85-8f3b-e36a99105928', 'frank', 'frank', 'frank', 'frank@example.com', 'frank@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$kwRsxOVPzzCfm/ovRcqiDg$1AxGm/5+uC+KkWC0PHT4rPRMPwNydSvCrrsKELJ+Nag', false, 1796495436368, 1796495436368);


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
-- Name: sessions_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_user ON public.sessions USING btree (user_id);


--
-- Name: signing_keys_one_active; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX signing_keys_one_active ON public.signing_keys USING btree (status) WHERE ((status)::text = 'active'::text);


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


