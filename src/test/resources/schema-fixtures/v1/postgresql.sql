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
-- Name: login_throttle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_throttle (
    throttle_key character varying(512) NOT NULL,
    failures integer NOT NULL,
    locked_until bigint NOT NULL,
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
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24548-c970-7adc-8f79-7ee72fac1c7c', 'user_create', 'success', '01a24548-c8f2-781d-be3a-706e88037545', 'cli', NULL, NULL, 'roles=[user, admin]', 1796458727793);
INSERT INTO public.audit_events VALUES ('01a24548-dfcd-703a-861f-74d0fb282f13', 'user_create', 'success', '01a24548-df52-709f-9a21-95f4b53408df', 'cli', NULL, NULL, 'roles=[user]', 1796458733517);
INSERT INTO public.audit_events VALUES ('01a24549-0691-702e-9825-38e0dc41b8e2', 'login', 'success', '01a24548-df52-709f-9a21-95f4b53408df', '01a24548-df52-709f-9a21-95f4b53408df', NULL, '127.0.0.1', 'session=LgI5OHqKkjh-5hiVP9wDBw', 1796458743449);
INSERT INTO public.audit_events VALUES ('01a24549-1d03-7e2c-9108-390fa79d9d8f', 'user_create', 'success', '01a24549-1c57-7cca-b33c-c242f8a1723b', 'cli', NULL, NULL, 'roles=[user]', 1796458749187);
INSERT INTO public.audit_events VALUES ('01a24549-1df9-7a17-9e63-3bad9ab831de', 'login', 'success', '01a24549-1c57-7cca-b33c-c242f8a1723b', '01a24549-1c57-7cca-b33c-c242f8a1723b', NULL, '127.0.0.1', 'session=iyCPag8rdKIQ3DqVSSV_bQ', 1796458749433);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 08:18:42.513805', 103, true);


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
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


--
-- Data for Name: roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.roles VALUES ('user', 'Every registered user', true, 0);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('LgI5OHqKkjh-5hiVP9wDBw', '01a24548-df52-709f-9a21-95f4b53408df', 'gatehouse', NULL, 'mLUThNAwA0vEcKrOmLB1V7UsQq1sLBnJ-aTG9TwUgfA', 1796458743411, 1796458743593, 4950058743411, NULL, 'curl/7.88.1', '127.0.0.1');
INSERT INTO public.sessions VALUES ('iyCPag8rdKIQ3DqVSSV_bQ', '01a24549-1c57-7cca-b33c-c242f8a1723b', 'gatehouse', NULL, 'UgK8ObgYVS4mZv-iM2eS0IzaH83na2gldcaL2Pn6_8w', 1796458749415, 1796458749415, 4950058749415, NULL, 'curl/7.88.1', '127.0.0.1');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('sXwA1t0IuOeDuiZpl7h-Dg', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"sXwA1t0IuOeDuiZpl7h-Dg","alg":"RS256","n":"uzoDy_g5yZPpLuFiSf__V2zJrYGQhBlcschS8IK0EL34diqzdxGdg5alpCHG4BrWKKXmb9W4PmwerVCecxGw3hGW-hgilQlVBkTf--j7sQif0Fl5Md02r3tX5srqJqGjKUT8qZnQgQlbGu2b_JY4L_sbZTLCJmWe3koVYOkp7pPvs9bFzavyzHxzZeW2mkLdCR076Wc15Xx8k160jl7CBxKkCUsaJAKaISRcL4J2qt4m_SD9OJuwDwEMIvpVMmJ-_Aq5ncSfkAubYQtexD4QUaS4oSCiQU81fTa9Rp4FpGxemTg2JcckVtgDVaHxi11oXRK5j_uovXdH-LJr368lYQ"}', 'Gif7yQf5Bj+LRXPGud0xjCtVe838FWHstGAzHJQR1h+sLI9QxdsFVXVDoIcD9NlH74+I+kg/g2UhGlr+bR/CVtkAAWhv87j4CigbJjBRo1A7fxTdtcA6WamdLqJ6RpLNh8ceGGTh49mN19KwFORppsWA+fDEo4b8vvpvFx8bRfka5fz81XKwWZlzQl/cNDOxJ2K8KJh9V2JVP+EGTk+/nGI7GYaYPapeGXSNJnf9wCYcSMBOCUt9DUbr/h70SM1PozCHfj+R/BFqh7zali5c5YTV9TaktgpBJYeDyJST6XvE/eTXsjN2JV+FJrcNCfitIMrKjK8TRF13XChF/i1kyu1Uq43X+NjyXtf8isGnhm+0jycXHsGF2OtoKwpB5FNhkFP5iHFZZT0MrLEyeb5RqyjQS8vs5bKzKuB3gOFZQ1Mb83j/FvcDy+WiMYl2nepILjz0Q8M3X0Pxt9sM1xRAP1ER23Zs34/+agmfuA21hNwWxMn4N/Wbt/SlPnIZSbYMjBMOEpCeinl11yxNtxvQAX/LDCDbDSFl/ln1CcmgV/Fnsa4d7hX/kdClMf0Po7t2dOJCLfp9IfntC/UgnWSNfu6zYHgAePGnztqBIbf+yTQ4yUpXENcbJLKb5bXDc6WN324R2PcO/RKgKpPyZu5J/lKDOEkNbmR/QD09o+YY0dFhy1HTAtSeOfz7Umhi+yFX2lr848V5+zUaNDsrM/XaQ6qDrbiySRIg2Wxplv7caKTGTC6gHGzyusUi9nkHX8vMPk+w4sjlUyWhQXItzv6LITdTcJAzyEUaS05HD6hQKgIVEstDwtK3BB4ZpAp4md3L63jA9YG8KhcGyancpWRDrpPGnpvGD5gGVVGBiuEsse3U/Zef76m5fg9XE6IPhiU4zvW3XYu6bExi2OTwpZNingvs9JMJSiKYs2E51ySqAn1cS3hYiP3nev+SLXJXXkJ0Rexgn6hLdhPCRFfPE8pJBNmmrdD4oxgjocA8jWFrXHqdoms9SayMgsGgvEieMuqtoYJw1Lud9PQXi6knK+Bht3quOqTCWBDBMM9ynZay35mThN+CVJV0aJlFGubR9964MCJ0CNh0Qf0NlcwTuvbtmtp+2ZV0HKOlLoeeizph82whyTRP3+ILKwl5ni/FvJUaG0eXLT1oHeBtoAyB4EH+hctPFo9MM2h2/YJO+z8+OMhXKIUGEbyCA/sIEGaIT37OwIcCiCq3kCtQD1o12qaL2otd+Dvyep0FMzvVrzxY8xmGAr6XyRyLl1JmSEKeZUMHZujMN88kduVRSW7CrqZg33Pv4PWNPNftfde3FNsb+xdb6yHwgnMChIEqGsqtuoUwUoiY8yd+D2FT0oHZx4cc5DHvwtgZqj0CyO8//ttkv673lez6FJh2JAG2IrXzIVi/N/Q+mk2OSWs13HhbWf/l+pJaO52fhEQkQkHSKxKPAdBmvH7yRdZ5le6TJXZfjN8WabQN3tSIZOISMR1ZnJGgHmLt1cYzXVVeoC0YXAj3P3nMF0J4Wug5jt+F7nG6egVcr/suFqz6oRxr33uOTuKBqFpzyOp4AwOsDb1zjufj/GWLsSK52wv6mCzQg/ain99aAFGHkeH5cvY/Fc4RWUhmRQc89o5HVfJGI6CLDm+U1mFkeINbm+TlqtBb7oIqGw==', 'active', 1796458740432, NULL);


--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('VHLumbrk6qzWAgKzptbgIjK2WTktJarEUWhbrDcLnGc', 'LgI5OHqKkjh-5hiVP9wDBw', 1796458743593);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24548-c8f2-781d-be3a-706e88037545', 'user');
INSERT INTO public.user_roles VALUES ('01a24548-c8f2-781d-be3a-706e88037545', 'admin');
INSERT INTO public.user_roles VALUES ('01a24548-df52-709f-9a21-95f4b53408df', 'user');
INSERT INTO public.user_roles VALUES ('01a24549-1c57-7cca-b33c-c242f8a1723b', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24548-c8f2-781d-be3a-706e88037545', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$exdGg05rsymZCy5Er0TBDg$5mpKk016hlv97iGz/aA/Ohy1Ixr6aKGY7R43KbF8wqQ', false, 1796458727666, 1796458727666);
INSERT INTO public.users VALUES ('01a24548-df52-709f-9a21-95f4b53408df', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$ieg0+dj9A4Uz8MYHdVH78w$iUMZv9BXfXyZINq1DW6UwK4R0YQpqqh65ybQ/yzt9NE', false, 1796458733394, 1796458733394);
INSERT INTO public.users VALUES ('01a24549-1c57-7cca-b33c-c242f8a1723b', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$zKydiBZvJe0ezk4CwxyySQ$iWKEyD8ejWDXxFtxfLJ+FPnFuRkFBIcO2EadvmdQLXo', false, 1796458749015, 1796458749015);


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
-- Name: login_throttle login_throttle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_throttle
    ADD CONSTRAINT login_throttle_pkey PRIMARY KEY (throttle_key);


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


