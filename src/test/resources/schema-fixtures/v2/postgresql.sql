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

INSERT INTO public.audit_events VALUES ('01a24514-3615-76c4-b19b-95e72b03426d', 'user_create', 'success', '01a24514-35a7-773e-b57d-0e369f5a4789', 'cli', NULL, NULL, 'roles=[user, admin]', 1796455282197);
INSERT INTO public.audit_events VALUES ('01a24514-49b1-7140-98ac-93591da0bdf6', 'user_create', 'success', '01a24514-484d-7a67-8d36-2224b21bbbf8', 'cli', NULL, NULL, 'roles=[user]', 1796455287217);
INSERT INTO public.audit_events VALUES ('01a24514-73bb-74e7-9c1c-3d3d4c16bab5', 'login', 'success', '01a24514-484d-7a67-8d36-2224b21bbbf8', '01a24514-484d-7a67-8d36-2224b21bbbf8', NULL, '127.0.0.1', 'session=Wx7O47BmbCuPc_94Mx5ptA', 1796455297979);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 07:21:15.828768', 338, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 07:21:16.516256', 156, true);


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


--
-- Data for Name: roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.roles VALUES ('user', 'Every registered user', true, 0);
INSERT INTO public.roles VALUES ('admin', 'Full administrative access', true, 0);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sessions VALUES ('Wx7O47BmbCuPc_94Mx5ptA', '01a24514-484d-7a67-8d36-2224b21bbbf8', 'gatehouse', NULL, 'jMgwydRQ9x7ZJrrrLyLERRLaWLDFiBYvKl1s1CB6Tkc', 1796455297948, 1796455298333, 4950055297948, NULL, 'curl/7.88.1', '127.0.0.1');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('NVgHu_T990xh76-O8hixQQ', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"NVgHu_T990xh76-O8hixQQ","alg":"RS256","n":"vdYAn-9ojBfUu-GPO2T2pYc5BYZxb5HuUkS7G4RoRqhe1NiS3yd-bn-G_BoidIzSxvunEza5qrz1f3FGS7S-M1Odx94A-DS0qD9wJk56akXjyKjwF4kwYy--KIxh0TcuaNHLyXXqK_D-AEdOnsw2zxQlywPNNto1_0NeAocpCoD_ljwWLysbiBB_XtCXUat-7OG-d34SbxmENEVK-d9-eU-6fTlWNG8jGRyGf68ah8nk3PxxrhX0IB-1JZ1ITjTLUGwxVm_3TU3vGxLuKgJhqINPPc2857927ijMsBxKX4yied207r-o9nnde2rNdBcfptLzXf_kyQsBn_zj1tdhTQ"}', '209O8fFRmkgBgXA+rOWCOnj3YYhQo3XVcFMJPBzZ6OOSq8L9bTw3TN7Q/Lypt237C3FfYBWG4902YoUNMSieGe6oHXz4drr9gKK78PEKlrqAppy6VLLvhNoh5GMYksDj0GUcehCB3LOyktNHHk3GZ7Va2vLAcZqho4Zf5AaHEkUGpkJ9HwdKXj+KTaemP9dmXn+YvqVQC/7SSxX9TE1IiwWu9g7x/qO1e6itEUBEAfEHbnJ8frKQ7s+f8mrAfFWUn3VAGDIS+ogZagDLUG/01KaCG2duATm1ebApfpbctthW/lFW2rt9atPpK/LXiMqq4DxVZRWoPsdv3Xk+ViOsaVv2JPpzAMRCH4SBKOUrUYNnnUOnl/kvYgcyYszz1o3I7uDBpAkX6QHvRrXAEpDjCjHjt1uZQQKHzGHvP9YaIkJ5YcRLnFPV0vH849FkhGy+AXrlAAMy81/rSFpWR7ypRIYYKvxmhTvoxyAoiY783T5e4qHQ7vqBqMdPIkPJ2QVKtw6Cjqxs7BPLirNPIie9Fs8+1lE7dkQnmxMr9iZCaVk3W2+Z1VFgrPT6cfwQX7GWnxjeQD1HBkU6SPsslR752oqUn6A73LbvB72Pv/XS4LUrm/MBZl+Wx6irzJlTTg9EkSnkAjkWdHRy4I5+yNUcjIhfcvZGKxOAeieIomb7xmfBfj8FY/sLqLWW2782FydgakwXf0ER7RAE6XaFkSUk6G98MgPaRhTEE5bzQuNqlU+8YPq9r5TBiSMuVWP5QI511H6LRPKQIFicwolbVMfBhdYD5VI0cjC3qOlZ3vOOJbpQsoArkaAvYZ4LZ4oZeFupe66TF4Bd/S+6hDskMXu4iY/L6MlsaRWBUJ61i9K0wXGyme1EpUdFqSTcDtCJiOGqiSPm52kLswqpNdCsuJMrHMN4u8Z0KADZMnjEn7BGfMxfaQVZMwfXdE6dGFeY2q7cxMt5ni0Ro2h6MvmC2NK7RhsqnIrafe+7aA2hdS8mnquWQvn4FcaOdKTwgGQjxwey6ypy5SYzyoZLSNDSUscIni5PVMFJKCxHG5UsyhDnwYrIx2Jc+tYoTfqhxcMoF/aiHm5UNZknnoFNaRpq32Dg1ntMQkB6WxDzmkOiSQZtU0CqZZHVsW/utASwP83RspUN6f8EyvZkmWDsGpGNKB0azy2uYnXECiYV/Pv/4Gxtdztrp9RjxCLxmQdOE10irrGZHiaDSxHGwW1KLQMvVp+Y/ZHK6h9uo9Nk2fdeUKboKX4NOIv5Wb9KHJboLZne1T6eZsj/v87ELYbT59IAiHg5bcatuDrT59eFOqFWVnFilew38SnxGy43EI/p918bstqxAVOyxN3SIyZ+sHe0yPIz8h/VZhoPQ8kskl6SSoM+384F6NSbmwZm77Bxbxes4yGD3ZfA/Anm2vbdH1Izi9JZwwL/G6f/uOi5RNdmc6g09MUHObBbg2Dyqcf0YYkjhBUbWm2gBzura+5uRxzQ1eg0iod1eDU/mgstPy7MmN0lAHmu2pF2JKnM5uDqY5zFO7UGneeTwHI7HzFmC03LLPP/B+Os84e3r+52vBcBvtb9AS0oSCbG3/RnYGNKzm5tA5D83pDW09XO8FY0z1L3VR/buLTLs/GOzBxt8SCXRurRmq5AFMtWQveTeeHPIaZ0', 'active', 1796455291847, NULL);


--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('Q_FlR1lfbg3FTNdpcn_2kWmYwsk_wpMjm1sekehpj6Y', 'Wx7O47BmbCuPc_94Mx5ptA', 1796455298333);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24514-35a7-773e-b57d-0e369f5a4789', 'user');
INSERT INTO public.user_roles VALUES ('01a24514-35a7-773e-b57d-0e369f5a4789', 'admin');
INSERT INTO public.user_roles VALUES ('01a24514-484d-7a67-8d36-2224b21bbbf8', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24514-35a7-773e-b57d-0e369f5a4789', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$fZ6RPuIOC6VztTd6tcPTug$z95e0Vjt0Z7BJiyi5mTd1EuvCvZd8xEgnPlq00uuVsc', false, 1796455282086, 1796455282086);
INSERT INTO public.users VALUES ('01a24514-484d-7a67-8d36-2224b21bbbf8', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$/U0ElkCwSAv/yosYTuG+Sw$SH3X84aUGjnwTFi5vfNteNchZg8dRSBRBLVcst/ewk0', false, 1796455286861, 1796455286861);


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


