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

INSERT INTO public.account_tokens VALUES ('ax3c5t61ylMacUyPmjoZIPxmSFp8_ltzWvE4k1t6hK0', '01a24777-9c7c-7d38-89b9-a28878cb578e', 'email_verify', 'frank@example.com', 1796495350924, 4950095350924, NULL);
INSERT INTO public.account_tokens VALUES ('LBu6McKgnVbXzeY5Musmi2kG8jLud58D3UCqGSrKqPc', '01a24777-9c7c-7d38-89b9-a28878cb578e', 'password_reset', NULL, 1796495351003, 4950095351003, NULL);


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24777-16e8-7de8-8c3c-e9af92e9391d', 'user_create', 'success', '01a24777-16bb-7e09-8835-7dbf8a25757e', 'cli', NULL, NULL, 'roles=[user, admin]', 1796495316712);
INSERT INTO public.audit_events VALUES ('01a24777-29f8-7ba4-b9f9-1169b0c4e9e0', 'user_create', 'success', '01a24777-28a4-70c5-b876-121f0ee34d25', 'cli', NULL, NULL, 'roles=[user]', 1796495321592);
INSERT INTO public.audit_events VALUES ('01a24777-4521-7965-a23f-6c21d4c8fbc2', 'user_create', 'success', '01a24777-4503-7605-b8dc-57e310386285', 'cli', NULL, NULL, 'roles=[user]', 1796495328545);
INSERT INTO public.audit_events VALUES ('01a24777-52ca-7765-b98c-3f95221b45b2', 'admin_user_roles', 'success', '01a24777-4503-7605-b8dc-57e310386285', 'cli', NULL, NULL, 'roles=[user, auditor]', 1796495332042);
INSERT INTO public.audit_events VALUES ('01a24777-6325-7728-884b-810938ee72e3', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796495336229);
INSERT INTO public.audit_events VALUES ('01a24777-795e-798a-ab4b-c0e8c8ae88c7', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796495341918);
INSERT INTO public.audit_events VALUES ('01a24777-8a76-75d7-9db5-88bceb0c2850', 'login', 'success', '01a24777-28a4-70c5-b876-121f0ee34d25', '01a24777-28a4-70c5-b876-121f0ee34d25', NULL, '127.0.0.1', 'session=KFXemu5PsE3Ym-idfNqVOg', 1796495346294);
INSERT INTO public.audit_events VALUES ('01a24777-8c75-7471-bba1-7706c216a2e8', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796495346805);
INSERT INTO public.audit_events VALUES ('01a24777-8dc3-7671-8471-50f30b77f0ae', 'login', 'success', '01a24777-28a4-70c5-b876-121f0ee34d25', '01a24777-28a4-70c5-b876-121f0ee34d25', NULL, '127.0.0.1', 'login_session=01a24777-8db7-768d-927b-8fa7bd7bd6da', 1796495347139);
INSERT INTO public.audit_events VALUES ('01a24777-8deb-76b0-abab-edcb7c4b678d', 'consent_grant', 'success', '01a24777-28a4-70c5-b876-121f0ee34d25', '01a24777-28a4-70c5-b876-121f0ee34d25', NULL, NULL, 'client=fixture-app scope=openid', 1796495347179);
INSERT INTO public.audit_events VALUES ('01a24777-8df7-75d4-b1b2-1ca961065ee3', 'authorize', 'success', '01a24777-28a4-70c5-b876-121f0ee34d25', '01a24777-28a4-70c5-b876-121f0ee34d25', 'fixture-app', NULL, 'scope=openid', 1796495347192);
INSERT INTO public.audit_events VALUES ('01a24777-8e8a-7b60-9bff-d874686e67d9', 'login', 'success', '01a24777-28a4-70c5-b876-121f0ee34d25', '01a24777-28a4-70c5-b876-121f0ee34d25', NULL, '127.0.0.1', 'session=98FuI4KOj3qkFmRyz70adw', 1796495347338);
INSERT INTO public.audit_events VALUES ('01a24777-9b84-7b43-8839-ca3f364a2855', 'user_create', 'success', '01a24777-9b35-75ef-bdf9-bdc629fa4961', 'cli', NULL, NULL, 'roles=[user]', 1796495350660);
INSERT INTO public.audit_events VALUES ('01a24777-9c27-77a4-bf91-99ef0d5e7ad5', 'login', 'success', '01a24777-9b35-75ef-bdf9-bdc629fa4961', '01a24777-9b35-75ef-bdf9-bdc629fa4961', NULL, '127.0.0.1', 'session=msVfRst0tNpxR6kJ9ga9Ng', 1796495350823);
INSERT INTO public.audit_events VALUES ('01a24777-9c8b-7d81-9a3e-d55812a4fca2', 'signup', 'success', '01a24777-9c7c-7d38-89b9-a28878cb578e', '01a24777-9c7c-7d38-89b9-a28878cb578e', NULL, '127.0.0.1', NULL, 1796495350923);
INSERT INTO public.audit_events VALUES ('01a24777-9d08-7bd2-b46a-bc2ed07a1263', 'password_forgot', 'success', '01a24777-9c7c-7d38-89b9-a28878cb578e', NULL, 'frank@example.com', '127.0.0.1', NULL, 1796495351048);


--
-- Data for Name: authorization_codes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.authorization_codes VALUES ('wXY1wf15ZItLDYlaXxs7dxIZ1YBNYn2M8T8I_8cJBtE', 'fixture-app', '01a24777-28a4-70c5-b876-121f0ee34d25', 'http://127.0.0.1:9/callback', 'openid', NULL, 'mgc1LGcG6YGcvqd1WTKsAge887nzam9kmBDZ6gRv2Zc', 1796495347127, 'pwd', '01a24777-8db7-768d-927b-8fa7bd7bd6da', 1796495347179, 1796495407179, NULL, NULL, NULL);


--
-- Data for Name: authorization_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: consents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.consents VALUES ('01a24777-28a4-70c5-b876-121f0ee34d25', 'fixture-app', 'openid', 1796495347177);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 18:28:28.380208', 526, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 18:28:29.545092', 135, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', -247316707, 'gatehouse_fixture', '2026-12-05 18:28:29.870624', 104, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 18:28:30.227183', 71, true);
INSERT INTO public.flyway_schema_history VALUES (5, '5', 'login sessions', 'SQL', 'V5__login_sessions.sql', -222682747, 'gatehouse_fixture', '2026-12-05 18:28:30.337217', 185, true);
INSERT INTO public.flyway_schema_history VALUES (6, '6', 'authorization', 'SQL', 'V6__authorization.sql', -1011304854, 'gatehouse_fixture', '2026-12-05 18:28:30.5682', 49, true);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_sessions VALUES ('01a24777-8db7-768d-927b-8fa7bd7bd6da', '01a24777-28a4-70c5-b876-121f0ee34d25', 'TPC9VVeehGWrZmypnXCatOAqbvPEmbR0ztqXCZ-cfNg', 'HCT5SoQPK4VzGxcWnF2BrAL-JpnjI7oxpqiP9HHYaWw', 1796495347127, 'pwd', 1796495347127, 1796538547127, 1796495347127, NULL, '127.0.0.1', 'Python-urllib/3.11');


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_throttle VALUES ('forgot:frank@example.com', 1, 0, 1796495350982);


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('01a24777-9cfd-76ce-b95f-dfa7cc01b7dd', 'password_reset', 'frank@example.com', 'Reset your password', 'U0jld/iwmY+o3D2IPlg+bB3U3waw97o7hoMf7+XsRGLCF8Gl+raBu/4LdkxUh74Q9zLde6Ya8ipQiCg+cykgCbOWUAEyEisBaKqEo2hk0eDtqmtzDIYiqRGh4Xhs/xSU5OO6zlTIi5CmuRVL2zYkC009A+T5fn2d5OT1ZC39Y+YJFj3o7jYqJmA4wai9Dzb1xHTMu+8OEKHl8Res55u7DEiVQZT/CzFz1baep6lkn2NXUkxF9a6ELIp2A3YqRKaQWuCvnd1NjUdFU8sTC3j/z2Pmj/Aytd1YP2jLvP19eOayROkoQYVD3MmDn943APQIBaD/ZVaNAV9ESgShALieZ0TAMnh4nsNAfXZvyaO/lkQLY7gxUTJKG/q4xPdenAewsQb2kJn9fll2wUYn14A0PtWSBRpIjwWHtnCScayRSJfHuWzn9VkZaAeIwrskebwnckV1wolhl8bSJ2kx/xBOvZgEZmT+LtjQpWHfGmzBpQIxgJyzK+KHXJhIUo/XqKxEhGpMy/jjpZwOU1uH0A0lyP7rSEtDkwEboyxKzamEYTk=', 'vlpRVzqf6H5cCvhsqtGu5ys9P+GCvdom4QB6PJzSgvlFWQuucn/CG/lJnslpiL86FmNJzRoKUwTKO41mpAvG8uF4KZlGXcyieIbdtUGmuutSo1eaILZ1jsHiMYky+O7Fv9xkuCTl0cDMjMZ3vzjuNPrC5mJadoh+stwp/cgKkYLkNhtavxnHRDOK62oqYIhFoal6qUfuIcNPr3R6itPP+1nJDZfwKn2+1FSOrGiEJCNCkADcMnS3ozG7gUjDAD4d606eZbYMxT5HQda22AZqbfDBzwOXUe2FEmljpS6nMNSVx2mv6urrR+gzqQxTY8PQLOHvdaNomCKFW4RT7fIfvStyq7GbaGrbX8ncn7+BmwQ4m6rhNnxaBXxOXnr4+JLx5CLdmotClqbA0noedbz6uiQ+AuPvPZxCnMuJt6yvXuK1Ab6AK5w7Ix7Yrvb8Zi5yAZhYV+J6V8+rT/CwdMzD0d1MFjouxj5GZPkTqAo4+Yh1h9WG08zk+RgC517EZCGiDO/gL1IelRZrJxC1vGl23ptQQptshyn92dLwIKzphHIylEAjB5VcR/hMsUmyDnjzRJ9J7VrWPv6Cb1P99kdM9hLEbRarEDeGLwrW0jMnA1b5aoMmy/T7PXpAES2wJG2KnfYABgr7Ww6DalVsy1XbUmK0s2cv/c9Zp8HaRKEJh8f3yl1pzkdFL79Gy9Dgs1hdbpknKNUVE5nqQ/sgRyKcJWFG0+MptUZYqGLakpuN6qlYuXKk/iuZxBfJyC72Rb6biel6SLMtgd43GfzHDzGUrzKP+bQL+5lxj/GoN+yEw2LHwADBgRdm2u3UECFUCNtHDr6JraVFELJcbrx8Y9wSKS9XpBuuCuO5KKXNsES711l4FDmY3MULtbVpCrSqXJFZNxN5ivdfmfQuGrJdAJAk2Pu0O5NX5RNBNzc3FFRZaBBb1bG9YNBB3mJHCERx8M6UwGbFj+Kfs7zClRHrsEOGIKQ51TRnhNmHgxNAEuCrDqEfSY0DY4iT8Tn4B/u42Bi/JgzpcmzibDUkmFQgmsqXK+qC+F13FeH+cYSnXt8sXoENNDbOdIZh8DPUU9Es02JcTi4W9VPP491to4GQUzLHpyOVCDMqTWGxVFkfWu54cRyclnmXdLncIaSjriTTI4dca4ivk7wX+k6ktB4jHIMPLgjMQfVm/1liG9aY5Vh7X25EiQgNpC0sPY6JcwRXuJYfk4nf/VbpjxCYfqwujtiTxTvQUUfqMAJC/PIPiJARiheUxJVzQPinRc6mZQWhuDR4aXn0FdKr1WK9yXq/UJ/cK9pkPCp6pFELpG9niq9HjuvD7X0h/Se7NUac68yFR/j3p3+f2CoMObnr8lyfOTUQOu4C6Orb9EHQ/QOGxCeqwDsApkIGrJPTW4obvgj+OsvpM3j1Mn6/bQpBY4j6IjutDu0mMoUIcLUhaXqBMyiKX2DFvsku3P1FIo6Xt5ENkolQ5ODM/V1V9aLcV2rYfeP/oLeQR4+7jz6QuqEKKcVDBFy820HMobSpozYxBcB0wU+CrUFUyJZUJ3oWJl8jbgXNZFr+Z0bMvht0zZYJpkHgyIgkK7YCYIfEJB2ZpgPjiS643euTyVCUQbAQ2Q==', 'pending', 0, 1796495351037, NULL, NULL, NULL, 1796495351037, NULL);
INSERT INTO public.mail_outbox VALUES ('01a24777-9c9d-7bbb-8ebf-08ac05065594', 'email_verify', 'frank@example.com', 'Verify your email address', '1QKjSezrpmH2p4L9oBvMDD3z12k8nhZzUKB6w4Zmfbp190cJ4aFVE5kBP+GETlNqLtnq2d5icbBx7LpbOUMQz+WXVLg6I69cpfDJuYNFHxvG/PyKlI1iZCOrl6VHIhtJTEn6+J8kMJUJyAi8RUhp+qzEqyNFJLj8mWjHKYTuvk7Fi2MtcjdRLutESBZYESHenk53CFJ/h4k2sLhRMln5MG9wj08OAEOZcE9Ma0+0CH7SKFOGpLy/rOVAbEczy1mtTSApRNRos7I5t1TW7R0IQupJWacWSvsETZwLnIYLgupH8C3BqUSz577V5dgO5dK1bV3S7q2XWV5XuURHKANVcrlL1ASiTVY/+CkGPUIshrX+KUqYkDyi3MQpvTEmGVuRAzzSTSa6pGeMf/Y6BrYvCwT1zXpHHObMkLnoQW23LFGw8yFPZWR/KFAH4ywrlv5bLL3Oe0rt1ygTkGO9+7FMtb+OEtlyBxFNjxTPsr4DgmoeHJwNb4fYcwENLlT1FZZpwfFkt+Dq0YlJDaYJAXI=', 'bfHWXYQee90hbMr2Nol3CIz3u5JKzYmtYmsCs8Do+DqbbnWt1xrplYfYn6a4bu8UJyPGfOG+H+1xkFCYc+IkFzANtAayUIRmLlbRFlwnNUg6JX+nePDbQFgJINFK2ams75s4+fbsaZBs5hRetBgWoDacwUtfKkSMFrQZ1zBQRJuOz/5HUu84p+64/8jKqkCqK4ADuR31loOia4HPufix4gQBqveWl5jLIzyDeoLIpfYUyk7Fs/pHUhvMwJDaJPlqS1lUhyay40TgQ8waSOOzT3xZ2fK0V9ZmEbpxFBlFsHQHcjugEVI+3FSmEcnk6IfGXf+1VMzMhqG/jfvnVePYJppy1RqPiudxPCrG+STrOAVHkNu2maOvkef288lFQKEnz0MGKvJFTDdsZNGQa1JMHZRS+x5nXg6SWbXgC3Jj5sLw22qhIVoLGKQGbLkgwr5IGQU6DCvM/R1CZWM2bm6+J4/iwqiUkt6G+wmwBwuAPfQLj2UvmlphYmNEAeiCOvzlciwDLNz9zrruFGVVn+RtveOAryojhk5kHcMF6q1r34/mbpoZsX/fOeWNEo2T1LWZlfAabiE7Mdn9eADJaby2cijgcrKOd4cZnLkDDRkS2KBotlYFx5FtmOC46sqosqnNZAOkcn/d0bKMl5R3ZiC/+KcyZ8DjzjPtj4QW7+JJWbQDCjPLfvm6q5gdhq/XuBhmnlbIAyaS1XiE/haSAMiEJIxPnZMIZV8nu9FN/XCl0a2zIa0htnXCVvdXot3/VWZ7LaAfohEuP6vQLAh/xJigo8Ke8VjFtGXxeLG00b3F1zrY/p4GrtQ/nXoAkbT7/IxJIhkeYV4sbenpK2J0T5FGur2vP+pNm+UkIQ61/l0v2UkE2fh5FSNgSmcgO8EosGE3zVT7DCjS0sziDt+20qEgOT2+fN0dnNJKjMvA5gbMtXtvYY1l6oNN7BwU/Pr27/UXnRJcPpQzYoP6uCAztvXIK+Kb5IO2h/pXdbBBV2ssgyaPX0awkqs7ciX3E4WDyTQGFPlpfqKsQeweTlhQ433R2Ja7vFhOmLhjfxd/DlrbQpo6d7EW9gh7aq7aaXDZv12mwkMZPEPYG19Y7fJ3j7mKxIcUeSkZSbQ7Dm0mqcIVPL8qideE1cOw3aYEaCv8qkFkUvfmC7FiF3nGTt9/KqoPZXbXV8xqnMWi7mUBCOYEMrdeZF677IM2DcemwAxsepL5HkA33mZfzaWmfom2BuYW4gOsJaoFzaI7pnX8ZnTTFWzq3IX0D8OIy8DZXdysjeRDSUUNEJai0tdiFp60Qx+ynXXKS2NzjVjXbiQeffmp1YS0n+EiA4vFnEapRDqKZK6IL7NH2XHRdMrglUMCa2wKzfsx6gkVM6rB1k0ktVWhEGVjwzeFjpQxXoe3xsr3aSMaeRZ8N6eurST0eLMudGaqiU9xezCjKg3pOrb9fuYfxiKG1lfi8eu3RV6ldwdVVrhn429YK03o8W+tZYeKfi9J/aaKK1xkafywpUIpoC5YJl1dqSnsp3qtL872m86gp+wzcWeqfGn+LrjyfAnX4uwRLjpL26IvGbfE06PyaTRU54ScvIUGZ6KEgo5ou3q0kjhR+w==', 'pending', 1, 1796495350941, NULL, NULL, NULL, 1796495350941, NULL);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', 'XtQ-ogdiBlepEE3Tu-chhFOl1wZV6ESaGVaF3JO6mJY', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796495334989, 1796495334989);
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796495341458, 1796495341458);


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
INSERT INTO public.roles VALUES ('auditor', 'reads the audit log', false, 1796495324632);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('KFXemu5PsE3Ym-idfNqVOg', '01a24777-28a4-70c5-b876-121f0ee34d25', 'gatehouse', '', 'H9Tu_VFAMqscjjqQrkFx-jN_Q1iuYDc3Ne9r4FxVXeg', 1796495346280, 1796495346353, 4950095346280, NULL, 'curl/7.88.1', '127.0.0.1', NULL);
INSERT INTO public.sessions VALUES ('98FuI4KOj3qkFmRyz70adw', '01a24777-28a4-70c5-b876-121f0ee34d25', 'gatehouse', '', 'wtgk7CK6EA9ndwwSOpkbFD4t_iXnZN3SX5I7u2oQw68', 1796495347333, 1796495347333, 4950095347333, NULL, 'curl/7.88.1', '127.0.0.1', NULL);
INSERT INTO public.sessions VALUES ('msVfRst0tNpxR6kJ9ga9Ng', '01a24777-9b35-75ef-bdf9-bdc629fa4961', 'gatehouse', '', 'C5ALAj-MnH2HK2jIf3jHgu9eumPVdO2bn2AwDh_RYyk', 1796495350816, 1796495350816, 4950095350816, NULL, 'curl/7.88.1', '127.0.0.1', NULL);


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('Jl0N4-e5AtdnPNrtP1o31w', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"Jl0N4-e5AtdnPNrtP1o31w","alg":"RS256","n":"4b15HuJqgh48cFDJCGqL58J6kWD_JmaPfWzkJwiZ9pxy8ZaC0-YaWfvhRy_fOY2fu9-F2lC96L9NDRIFzqLGImOKi3vA44TchDEIiO9i5CMqALx3vSaRpfVmA9neJfMKcv2wZG8yT_zwoZeXICVWyB5d9T4dXVpKmxJRLjGxW5gNHBbOu-ajvQp7od_AB3zuDGatnLZkSYtu5hRtNGfY5PPUdX-ScbvAgj6RRcUoKfkQLFeI_yNB7YqOB8FcoLJFpQlWEVLjlsRApNfiGIjkBrjXKFbepRHxci1aowmOF9xMCTDIXBvk2FASttldTIJgLeTp_03tQf033TyuBgud5Q"}', 'gXGwqHrZp1fMR/UNBdH7WfvJBjbWXxKlwnhTKtLCS7Ec+9wW/VMBjw7/jzZhyE2NBZgcKhFi3YSm0rNT2R3DJL9ci9dn8H6o+HvAsV6Y0jCV4vBnOzDLAFZneUyl2t2mF+3MF7N44nHMgGG4euD9IRXOeVTJUpyxCBepUnZ9QWBmP332nyDJi+LA/sfSyeiz5F8PSXd8PTGZhVGAvRQFt+aWyK9Kq0Sh/7/vW//ufpWbpNjHzenLdXhT1mw49R9TmoFOlb8Al5vVN6deJbXyqUDqF6x+0OCN0qSmhSPkP0F2RMD8bhC0qB/1ombOrJaDQ3A5DqkanvZ07RnKCPBIsuN7YL+9YiQjsgZ3fi6HREFsMbKWQZsnX+Qw9oNBfIVl8yQmyP/MK0D+R0hioDyVt4AQI1kzAj/01babJSO3Pci+J0K+yAqhEo6TdYr/6HdH0Ic9cqayHTWHzfTflYmxWcUZsGLVDIUe+tJcMPPLhcE8YwmFOW6QRIoQVfyaVWQA+G4/GzhzuxFpGk8LgRq8DGi1TvP7/xmcYt4EOcjyA+KAN+SeJGqyx6AmPRlXxdV3doaoilrRnPkj0mDdvQTzG9hEAEkjPl6XPbhs6TlrQBb21fqWXO09iY8uR+3PgzdyI8Sxjmb/lcV9pV4p/AUhGnXNO0yF/bmPgc2E3CSsH6jJislf5MaC+uEaw/SISOqX4+20TdaxIIKY2Zffg4AmjX2HKd9GkVCmxcOvbaarEjsOAonpxhr7uR62bRD0bkvl+VgXTx0eu3J4CiICw9txJs0y9Enx/WJLweav+MT5VFwUc9Mj8KhqmGa9gDHNC0CasJ31g9NEQ8JRW/buGWIzM1Jk6hR6HPQzBDR3vcKBwFmd9uRQmanJrjSFywcY3T58ebiZ2jzRScGizMjLNe48okIXq5hhgU6Ey6N80ZBfnH5YroE8QnI48+e0km/Ku7Awp57nWZDpBsW2M++/nRCbgNHMdHAZZK8EzCm0OYUcL05EQwNW0NgVDmqkxvXp4PWlLInkQrxj6PKQltPxuRs3qjCjD2UcIRIV7Ummz5smZn2KlnKpJjLzxqaEyFGX+/jUitAOr2lT+6LApqXBLZqy1Q837dSHuseK/J0icFBzAly/EWG7fP8S78L2xikpS6dQ+NKReKkTB6mIsooCO0KAt61TeiTbo7mPQS7O3Ithqzr6O/CbszGHPncBlPAYx2TVEYMS3MPq/8CvzYCmp8nXJruWCOQbsfaOiLptzXEzho0ZddHFvSpKNixQ2i0X3R9szHY1PEXYvEZGlSgBXVIiD8p6UfZD2uu0gXgC0WT1tCNeQdDdMvC2C3knZS01SmY679c/0B2mC0BiXzBpwJs6niG1iIHVb4ksMyU83J4b6vMFhgFYMsRLUcl8EmHxpKwmXnk86apTHU7MWPnBtktiWMIiCmLXPS4Jfh2rMO46XLB8e+lnUsGvMLe4Vs630rIdeUXWo3qm7tYAWQtelBVD4AgDJLzkoynyahDepcqdYJ6+uA7+WqdiaIQiFiQ2ZevWlsUBnR9JWXbEmYHJshPAeuhZg1d2w644fhv/NmFlTz/pS5rAhW+laBbCCNm8KKunr4ji2naMmu69nPZnFXjYxLHbcq9BBOT8QL+JSPJYwI9SXJSKTby1sJbAeve9', 'active', 1796495344841, NULL);


--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('H-5oU9623j9V4C4XxLgU7Qsi_QCtO_LB34CIso2v3CY', 'KFXemu5PsE3Ym-idfNqVOg', 1796495346353);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24777-16bb-7e09-8835-7dbf8a25757e', 'user');
INSERT INTO public.user_roles VALUES ('01a24777-16bb-7e09-8835-7dbf8a25757e', 'admin');
INSERT INTO public.user_roles VALUES ('01a24777-28a4-70c5-b876-121f0ee34d25', 'user');
INSERT INTO public.user_roles VALUES ('01a24777-4503-7605-b8dc-57e310386285', 'user');
INSERT INTO public.user_roles VALUES ('01a24777-4503-7605-b8dc-57e310386285', 'auditor');
INSERT INTO public.user_roles VALUES ('01a24777-9b35-75ef-bdf9-bdc629fa4961', 'user');
INSERT INTO public.user_roles VALUES ('01a24777-9c7c-7d38-89b9-a28878cb578e', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24777-16bb-7e09-8835-7dbf8a25757e', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$/co26SIq9wv4OGwT+LcsoA$1chqiZsmLS3n26ynaXg7O7Al/oB/7dr7y5yggg+p6bM', false, 1796495316666, 1796495316666);
INSERT INTO public.users VALUES ('01a24777-28a4-70c5-b876-121f0ee34d25', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$jA/DD4pC2ljeYznE65jUqQ$Qd/RMcNRd9F1OnfAiS548puAnWy8gbsrGVrw7qT0CwA', false, 1796495321252, 1796495321252);
INSERT INTO public.users VALUES ('01a24777-4503-7605-b8dc-57e310386285', 'carol', 'carol', 'carol', 'carol@example.com', 'carol@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$z7ROHnWKnGG00coVNRJiPg$tjSl+wsnCo19UYoV1WFP0UTVLWbtB5veRTrA406t6/A', false, 1796495328514, 1796495328514);
INSERT INTO public.users VALUES ('01a24777-9b35-75ef-bdf9-bdc629fa4961', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$KH+Rx/Jz7huhXZOuH7ynQQ$0uDk1L2DvYthT6jbjKkk+y1q1nzibmcMYKsioBsWllE', false, 1796495350580, 1796495350580);
INSERT INTO public.users VALUES ('01a24777-9c7c-7d38-89b9-a28878cb578e', 'frank', 'frank', 'frank', 'frank@example.com', 'frank@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$tRsqd+FpRfxD+ubSLIvS4A$J9iFlCDCP7PZSwqp0ssEgXthI6OIe4M/Mgdeo2iK6kw', false, 1796495350908, 1796495350908);


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


