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

INSERT INTO public.audit_events VALUES ('01a24517-70f1-7eb7-91ff-f9ce4ff8ef3e', 'user_create', 'success', '01a24517-707c-76d9-a5f4-582b4c51d1e2', 'cli', NULL, NULL, 'roles=[user, admin]', 1796455493873);
INSERT INTO public.audit_events VALUES ('01a24517-8f4c-741a-b1a3-d79662871571', 'user_create', 'success', '01a24517-8e29-714b-99ef-99c28252e2f8', 'cli', NULL, NULL, 'roles=[user]', 1796455501644);
INSERT INTO public.audit_events VALUES ('01a24517-df2e-7d8f-bc89-3ba28beb7eeb', 'login', 'success', '01a24517-8e29-714b-99ef-99c28252e2f8', '01a24517-8e29-714b-99ef-99c28252e2f8', NULL, '127.0.0.1', 'session=7WaMdtmW-zo6Tr_e3v1hEw', 1796455522094);
INSERT INTO public.audit_events VALUES ('01a24518-0e32-77b7-9484-2c96e63b8300', 'user_create', 'success', '01a24518-0db8-70b1-9ba0-101abf1f125c', 'cli', NULL, NULL, 'roles=[user]', 1796455534130);
INSERT INTO public.audit_events VALUES ('01a24518-0ff0-7303-984d-5e8464d20c4b', 'login', 'success', '01a24518-0db8-70b1-9ba0-101abf1f125c', '01a24518-0db8-70b1-9ba0-101abf1f125c', NULL, '127.0.0.1', 'session=R_Vr2Sp6iREg4kPGzyy_Kg', 1796455534576);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 07:24:42.61891', 582, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 07:24:43.616887', 197, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', 1326330661, 'gatehouse_fixture', '2026-12-05 07:24:43.877841', 173, true);


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


--
-- Data for Name: roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.roles VALUES ('user', 'Every registered user', true, 0);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('7WaMdtmW-zo6Tr_e3v1hEw', '01a24517-8e29-714b-99ef-99c28252e2f8', 'gatehouse', NULL, 'JBNXq4OEFu8ROR9HbRJtVgg_njWPpIW6NFBIBaiZ0vg', 1796455522028, 1796455522763, 4950055522028, NULL, 'curl/7.88.1', '127.0.0.1');
INSERT INTO public.sessions VALUES ('R_Vr2Sp6iREg4kPGzyy_Kg', '01a24518-0db8-70b1-9ba0-101abf1f125c', 'gatehouse', NULL, 'ibxkOwCrK2sGjDn1jTfX9yDa_vDc7LjIDz0dax69md4', 1796455534569, 1796455534569, 4950055534569, NULL, 'curl/7.88.1', '127.0.0.1');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('GDHv4PxQqx5lYiZqWMhT0A', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"GDHv4PxQqx5lYiZqWMhT0A","alg":"RS256","n":"lL-urWKsPDstWNo9cY8Aguqs_EjyDTdaCxLupt_XeZBL-F6xOKDhn1mIySmYDdKgWOh_R0ALx9bAKXhrvTma9ElEReNBnTNN3G3yt3DmhcP6ZRK8JCjF9hhutr3uHaLybng73zWSBjtYwzlc50ZZjFySTINGF_XpxkJdtj-l9YubDwmtPCW3t8B21ShOzP_5yaKZer6grg0Ro9wOnsQScE8QhUb8y5JJTXVjGGKKOD6murxEPx9-8re4QB7WypkxHsjOgMG5AaRdPD398UOpuNx_g8DK2xvqYpn_eNBI-1_U5_Y26Mpp0kABZKw8adadfvC2WF8uu51fhMQmhM8EaQ"}', '1aDtJmsfCTKlm6WX9VJjj6yeohpc7ne/XGjAO9v4mtudVaK7cdD9eXsx7mhCrgiCm7UfMwmLf0D6PWlhkBRll/chyGHaiqx8d6Fn5tcsPzH6Avuql1+l+6i1DSZ0kR2F7y37DEzPlliNKSIZkvOr9qebAfQe7h50LxvIZoF6qIbQvU+iczQBIoQyJk9v84X6BswslHUkmoHH4DYWeZxaOWHJROdyaq+P18IQh/m6j18U/7WsQcpkLVm1JzBw37PHb36uRsTvUdC/+iF2DAJD9FSqIox+2DcmQGqrrC0/oHN6gtw2Za0a/9FGDp1ByhTl/79OPiDPReUFh2Y2NzVd1yE0d+FxdaOY0T4J8NddJNTYAKlGKunkul5zNDFCya6aUrHmMNCDW+9EqHbeZvfrYRPMXV1xPa382fdaJiTjTzXL0ji9MTvYwhnY9vuA5uZIA4MdTKjzl/TfqUd1tFFUFZzs2CXsPjX9IFc+j91p7jdk3j2UlM4sjuiOsggdH6WLhoX68N2+FCFrQpqD8OyzCcpuK5ltnJFFpoBR1mBf8YIhTbxcV/GzK4OInd+kGj6i1b6cFg77vQaBB1BfhfjQo7gGIzjdweYz6pv3hRA/oB/2Pv/nFKjJf6Bq7MjR2SLwBNTECKum53Nl2IF9LFU869nOjl9cgqSkoG5g9XQd5EDd2KelbfRi3RE2PDqyPr+F0wwCJy2xI8cMUcAmpSM5tpQw4F/xVNNgNSkCB8YgVIbxXJqFNj4W/HsO4fdiaAM+rG2cw01V9/Y5gZpYTbFkyocH5IkXc91H+Y5AsPAs471AXW0f0FincwsiVv31BWUSPaxHxU20CJXr9e2pfv656kFIx1KdFdX7txyV/8VA2k63fTQtBwSFk7kqjEsCSPAeyYO3ESF3aSeMvyoNVeKP9mIg/lH5q+gaFTMXLOvQwns6jJs9vDoc6b2m7zbjG5Fm5m4DUcbfuvmzLlHqc1h/2AiKOaUrry7+OzlQiJ2MxNmMjrw30asCEUC6aJzYdmkhqLrax1iUVuZ+kPILZg/XkaH4l9u9gz5Iwq55I3EVQ1eSBjs1oke8SQ0tZok7Xj++d8puw1sD9HF2yjjqvCjDrM9tjAtZ1D0B5iVa92trOy4wg+mn11yMGnTXuBUV0vXYHcCEGkZClfgPk1ZhgOlwiUxOmqqCxz0TmIehgWZgfMtONL5cxcViUmVQ+IDZNYFl20LtpTxELh9S2KoOtTKMtwrYoH2nXMSBqT/7bwEIIGszL1kPaRgcqxD5LKNKArKSTWRNetTpBfUhZTEfoChvJUfrSvWL+5IVUeacppgeWmBzQIDkunHrlxVRepzk+ts2MLBDNOj38FgoNQ8Rdr54KsWqIMkkF1TY8I97Y5SQIym7CgtRHEgmuMhto6z1/VlcB2h2/Z0fqfKnBsRm+/l0hKXxKrjwjsv1w1oCUReB1nRWVYUZdVfdnCU6Sw19yT0mQPelIoEcnEUZXTFCSfEjxqjE8tegLfgrXjGVVoie2FBI451sKCPtDi7oEuDeuvJ5jVwUYrTlo/lRZ41aU/5uwxhn17SyfEogcs4dnz8LIHStwWozLwAvZxLHf04OjqDMHg3Z7bUnRcxeKLimDQnskedlX8AoBmcnO5zhwu7fY9WKu7+Kqo2w2wq0BO9ub24=', 'active', 1796455512224, NULL);


--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('YY6VTc4CNd0RgYjHVW8XjVqzQ-tNZyApcuclRPjvVck', '7WaMdtmW-zo6Tr_e3v1hEw', 1796455522763);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24517-707c-76d9-a5f4-582b4c51d1e2', 'user');
INSERT INTO public.user_roles VALUES ('01a24517-707c-76d9-a5f4-582b4c51d1e2', 'admin');
INSERT INTO public.user_roles VALUES ('01a24517-8e29-714b-99ef-99c28252e2f8', 'user');
INSERT INTO public.user_roles VALUES ('01a24518-0db8-70b1-9ba0-101abf1f125c', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24517-707c-76d9-a5f4-582b4c51d1e2', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$S9fTeRiPkUFcD0cYi696wg$Q+ZSFAdtD3CdvzZ+I9daQEm1pTHfDjFh4lpZYfgOpVw', false, 1796455493752, 1796455493752);
INSERT INTO public.users VALUES ('01a24517-8e29-714b-99ef-99c28252e2f8', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$uj+HKRBDAJem/jIiK1OgiQ$EQyoW/ojLL3E/HNKXCxOQEyc8VrMsV6OOAXNHcZaLW4', false, 1796455501352, 1796455501352);
INSERT INTO public.users VALUES ('01a24518-0db8-70b1-9ba0-101abf1f125c', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$JwB4vcXlMd4ZKxW5mKMc9A$KXvp37s5QzRGoO6lE6KnvkkiWZsj00zLxJqBenBFJrM', false, 1796455534008, 1796455534008);


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


