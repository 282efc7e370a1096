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
    username_norm character varying(256) NOT NULL,
    username_skeleton character varying(256) NOT NULL,
    email character varying(320),
    email_norm character varying(320),
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



--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24543-592a-74d9-93a9-c18a5e4b41dc', 'user_create', 'success', '01a24543-5877-7406-b88b-529c39414174', 'cli', NULL, NULL, 'roles=[user, admin]', 1796458371370);
INSERT INTO public.audit_events VALUES ('01a24543-7547-79ff-ade7-7ae036403bbb', 'user_create', 'success', '01a24543-742c-75a7-b443-c0c26e18b4a3', 'cli', NULL, NULL, 'roles=[user]', 1796458378567);
INSERT INTO public.audit_events VALUES ('01a24543-9180-750b-bcf2-f97ea195392b', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796458385792);
INSERT INTO public.audit_events VALUES ('01a24543-bebc-703f-8ab4-0e56c62e5021', 'login', 'success', '01a24543-742c-75a7-b443-c0c26e18b4a3', '01a24543-742c-75a7-b443-c0c26e18b4a3', NULL, '127.0.0.1', 'session=KTHUOmvcKyj0f6mVFFu2TA', 1796458397372);
INSERT INTO public.audit_events VALUES ('01a24543-c3dc-7bcd-9681-ae7f23be90f9', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796458398684);
INSERT INTO public.audit_events VALUES ('01a24543-db68-7161-971b-6d34d466d372', 'user_create', 'success', '01a24543-daad-7bdf-8d73-27816869f5a6', 'cli', NULL, NULL, 'roles=[user]', 1796458404712);
INSERT INTO public.audit_events VALUES ('01a24543-dca0-7287-b579-ebacf1c98b39', 'login', 'success', '01a24543-daad-7bdf-8d73-27816869f5a6', '01a24543-daad-7bdf-8d73-27816869f5a6', NULL, '127.0.0.1', 'session=vuT2CIE8npP9XfJqGeoFOw', 1796458405024);


--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 08:12:42.873047', 441, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 08:12:43.798114', 182, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', 1326330661, 'gatehouse_fixture', '2026-12-05 08:12:44.148228', 116, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 08:12:44.330681', 58, true);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', 'pvhG2MhvVKGbuqKNBvKohTyNRYXc5B6q_o0gOMd3Hl4', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796458385085, 1796458385085);


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


--
-- Data for Name: roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.roles VALUES ('user', 'Every registered user', true, 0);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('KTHUOmvcKyj0f6mVFFu2TA', '01a24543-742c-75a7-b443-c0c26e18b4a3', 'gatehouse', NULL, '13zSPOeMP7EvOvfntZQhvnxVWpLRGZcwNptiZlJIEE4', 1796458397332, 1796458397899, 4950058397332, NULL, 'curl/7.88.1', '127.0.0.1');
INSERT INTO public.sessions VALUES ('vuT2CIE8npP9XfJqGeoFOw', '01a24543-daad-7bdf-8d73-27816869f5a6', 'gatehouse', NULL, '5sfq9B_Y0xO_-s6poO7rPtMvE9Oo9ZLrqWIVrJyz6Sg', 1796458405013, 1796458405013, 4950058405013, NULL, 'curl/7.88.1', '127.0.0.1');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('lqJyXVgdX2VCX5X0xPJIvw', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"lqJyXVgdX2VCX5X0xPJIvw","alg":"RS256","n":"lgYcyi5xwG6FbcZ8GdvQKQV_AzoNJhkrSn1yaoqB7iIhqUPiwoNw7GC8p4M45RImzp-77_phrAgh3GffJCwRdmAFP41csbXJbdRVXM2hL00zNENlnGBkqGWwQwDwTnBkrARuCQE62dLSNMemwSTeeZ5sqrHGV6zUiCeT0xb4BWSqsLeiYF1bCyU3umSaDyN4wa5C5xPOmq88C6BUm_uGPIhgWYlNEt2krYhbAXqy42r2kbUgsK0ROZ2EhcYAi3bkysCsIgwJHHgjNUH9uNEsTrjMhLTS1DbUQ6LzGLvEzvZ5GO4MaR7vjXtjkIWulKy7RtBl9_fCpQ9t-aN8wN_OgQ"}', 'zg7I2HxArac6AHMOO4zGHuSu7o1H21z5FfDjaQIzZRGC6Fu3qBoCFaHIJfiLlEzVd/fSmOG6Q1SPncyu72upVC/JECd/7g7VDLMTPVOfxoxK2493bC/wb1I2BGT3Ro5cxKeTU6WgXtpeDnr7J0n66QqssPOyC/HOWwsBtXdpcNVeL2tCRPqxYNUbF+8XyEDhLrm7mKc8qAKG7fYQGh1GsQux92zA1czfv6idCCCdHO3HoK7XFEZg0jE8k3OIcNUgaE4JXP9ipWUbg7l/ZZk9V4ef+lVECznHUdy9f5jWOFKpcrhD6Tdba7guJPZV/zVa3RhKvi5T8lICp07B3VvIxZncw9dBoQCKWqnA9Z9L5/DrCJc7WHaji8y6N/142Nvr+Yy8lIHbNHGun3hf2ou4iwgGK5YWHYjcNY9EWqgy7LuvKn+97rvzKV5zx/rH3JmcYFZ8Bs5dq//7YkiCA/a+L+8x1xmkBono3//oQe5x+OeR7pFIlQe2gLmWzF70R5Q9zSLQes/CNig3NPiORdrAVQtrgg2q53ioNHNYBNn1gYk6h3JbskpryMZO4+O1Bgao+WXd4zGyRsp4lvM5xbvo+4FDNEU9DGv1DCOlHQeNnjT1ZG7VIX3Lnh922ZDmskMs9GLtN7iN9BLhG4vfU6/zmjgEELAD9bjj09hWEx5Gs8ped+1I5OAZ8UZVqtxeIzYEPs3NLQl4ozyepdG1i3LZDuAjQIQ4yThq6y23+cSRiiaw6n+E95ffOT/1ryM/s3K1Hjdl4kCixAJaWBo9bD7/K62fJ4i8fdFCURrYJAuBphiZKv6vQfijzJEKAj7QayEHR8bZu+HK5EyYjKWlAdMlwj61syf7Fuspqfgo8+mn0NgfYMH1gAgyHba4snR/nELIzYqrei99JWEBmxqc3hmSa05+4P+KEiDGHhT6NecPXVsz0Rmuj2OjkOki89glBsNKI2d6FzjMEEEbLXEj4xJ9s4RcBLdw47g9FTRDhjMDOJmv9xGXVAI0L6BnHJoSojww7BPjImJsmCaPvybCRt4TSzQ5aQpQWUAizKYiV9GwdRVmZyzAc95XrAkjyV+MRMl+BtCgW9R7hezLEqO3YuIZwdfIdJ3TbWbo8eiFJnw2EDMEXSQ9Lugk2INfYPqha8HPTNGaeNdWkY69wQ+rDsbvnpfNbzizw2Tq8Gv9jCVSFemdLh/wIb7Lqq3RfhVb64pgtGwkMGpqS3B5RyyfM0uMe6R5oDVUWx+tHAqFdXuIzjppGjxTFd2fZQtJ7XxMNAJV6cRTYeq8aXdk8kcaPwCVyTN3P6mSKZbaoRmkJ9DU7fkkGWXRi81S3z1D6HSmBcwWi8aaNQZg3cDZG3zNK/h3BsoAqtJR/D+RQcTS358JtFJknwSlhcwAdCEFnxXPr+Dg+aMgYMVBWPXXMItMYUzneBL9pZSxHiXrG59bFeZPGxXy1Ier7Ja5WQn5o0mUL11Iz8KY+aTp7nc+/IyGjru23x5UtKMQ8PxKS5jb2zqKAKgITjsyw16VCZr1EeeCkN9DEXBlsy6Z23AeYCfZHFCrHpoiTeHmcwSPuGavBjy7Q6JgpyQObIZllk2Sc0YOjLzdgIwORoNfkB3fPNrLISP1dtjruHKtRf8C3VTzw4lnYEJHXJcv/Id9yxmTMb4B', 'active', 1796458393386, NULL);


--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('oN-6AaHyhRzXAkJQGKN_039N8OzoeMkvu_sdsQlGAYs', 'KTHUOmvcKyj0f6mVFFu2TA', 1796458397899);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24543-5877-7406-b88b-529c39414174', 'user');
INSERT INTO public.user_roles VALUES ('01a24543-5877-7406-b88b-529c39414174', 'admin');
INSERT INTO public.user_roles VALUES ('01a24543-742c-75a7-b443-c0c26e18b4a3', 'user');
INSERT INTO public.user_roles VALUES ('01a24543-daad-7bdf-8d73-27816869f5a6', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24543-5877-7406-b88b-529c39414174', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$9JnrdYkgiQZA49u5Z+Cbww$+jtAQ4h1arnycf7m9H5clO+4L4V9iwWwedVTq1GIIjg', false, 1796458371190, 1796458371190);
INSERT INTO public.users VALUES ('01a24543-742c-75a7-b443-c0c26e18b4a3', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$qSbjbhmSXrIk64o1zMVb5w$/TXwrwGnlhZ3I+WLq/v+83WBcXTm0QAeyO2J0LFMPOc', false, 1796458378284, 1796458378284);
INSERT INTO public.users VALUES ('01a24543-daad-7bdf-8d73-27816869f5a6', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$UI9YmUzV5+i4tNjp9q9adA$DtNYFiKhltNsxu0DiXV3tINy+LeDzUFUcnxo+kyxaJU', false, 1796458404524, 1796458404524);


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
-- Name: mail_outbox_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mail_outbox_due ON public.mail_outbox USING btree (status, next_attempt_at);


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


