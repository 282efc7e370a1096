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

INSERT INTO public.audit_events VALUES ('01a24504-1d92-79c6-b204-dbcabae5b252', 'user_create', 'success', '01a24504-1d6d-741e-859e-cae94d4fdbcb', 'cli', NULL, NULL, 'roles=[user, admin]', 1796454227346);
INSERT INTO public.audit_events VALUES ('01a24504-25a1-7f5b-8021-c9bc4621eecc', 'user_create', 'success', '01a24504-255f-7181-8060-bc09c0b1f0bb', 'cli', NULL, NULL, 'roles=[user]', 1796454229409);
INSERT INTO public.audit_events VALUES ('01a24504-31b3-7574-9e50-75d30678e479', 'login', 'success', '01a24504-255f-7181-8060-bc09c0b1f0bb', '01a24504-255f-7181-8060-bc09c0b1f0bb', NULL, '127.0.0.1', 'session=kYQcdsRqtENmqd0nGq1d9A', 1796454232499);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 07:03:46.294806', 28, true);


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

INSERT INTO public.sessions VALUES ('kYQcdsRqtENmqd0nGq1d9A', '01a24504-255f-7181-8060-bc09c0b1f0bb', 'gatehouse', NULL, '495hZoLEVjrJlnSwi3GFCOnBv-TIBaY6gYn54FtFK2w', 1796454232494, 1796454232602, 4950054232494, NULL, 'curl/7.88.1', '127.0.0.1');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('z7FMYP7cIDwWXMKMCKwBZA', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"z7FMYP7cIDwWXMKMCKwBZA","alg":"RS256","n":"zuFu7jkLxEp0gZMX91uUHPUeBnoXwjiVPxSoIbvOZEh4PgCVikmELccXBizZZxy8aVQWIrKYM8Sf0HP40yGX52G25LkV-n6tnmFZszxqHCQ_W2kdalZrc3qDtAWGOZKuuLj6yZuisOlUXVf97hJ-t3Th1P1yExi8Km4-_FYgrgiMYPDuOYV5xnPpmBrsD3QFtmRL8z3uGfQVDdoViqprBPZbBEQ5YZ_7rGuoskPia6nrf8pEoxeZoQJQ2f0KWbCRvxWrB6DGOilgxD1jhvELulUUOnnebZAzwgAQRWjE8UFQfiUwLhMZPrIOGHLA7Cy4jNcnK_3BmPkH-P31Sj5NYw"}', 'ibTP9BGcaAPQcL6M4KZ/QdBSVtc4c7ueGclMb/J7LgXIQjT6ZCvigqNKsNDzzTtH8WKYL5lLiA84X+XG1HwyDfAJZXdg4/tgdMQ8s5cf4ZyHzm5IYs8j4VJpiCeRhlN1GVo1auHiju5EOwFUmvj1MQZ9vG00YA/39f553e/2J3ena7vsmTbxzR2hcIo7d+B/gktUIen9ANN20565cYXlQp06VAZ0Hl9zplNqnrxNwSGOHa9eKUJYPxnYWlJgSbUcT8yKUdlopCkZmzFDRKEpL51WbQ7DFyVbpRv6XYyHrbGCohEi1ZKXIJFnDDpcnOtNrQqg5Sge3L5lKhhZXpifql3Y8BDG4LXAfnyPsWN9uKqsOegzbrsxf69mrWqhBUzA8+RQutV08f/FwXaKALsKuJ8OVK3LWObBL29o5AdfYjWMT6KXbQJV9obQ3h2cztQNEDvLY5bkeyFhad17wR3fh6Zm73YCX38tQT8PiuoSCkIp1HRMD93tEgj8o+QEFXMbfE7oDgkF3BsZqLCQ/B7W6IEsnUStI96tqN2KWFb8Mi+7GUDrhrHKXacHRSaC0njwmNO2xj8fSFxdY8YwxVR+pCUAWFrh7q2AUdkLS0eS4tp4d3H5VblXVIB8mDALetT+u4/uOleKkw/Ykuhpnq8r9v/uqqPiQpeguzXbB1+Kx8bTI/7QaHbCANXSoZxuw12uxrlC7xrszLW7HvhIFBBhi2EWJ02p8ExaNr1crg+IkuqNPmqXMxqnYJuXQUd8FHEho2tcCckqO0vEP7amXZA1U2l12J7eOKnJZ9Yv1va42/KPXW8hmLyjuq82qCZ+t8z1F2nclLn3PG1VkjXoGO4TZ8DmQxpTOjkmkizNCT5M0BDZL+LUDDktU6ovH4sP9MzLCt4MuD3dUzIq8O3BLRujs2HT+Wu0vsGO1QzaOEDACA/BEgeILtaRNibUMsfiXYqcY9v5YSq6/vkRwLccfJytiWJJ6hv900DCON1Hm6WJz8Y03LxCJL2PeYoxAxAUuHnYMQeQi+9qT7YunNVNeE66nymbKSvufVxfjkj5aNlF54ZoAu7W4rICk2NalfmcxJS/kWT/8xhN/g9i9tuK8mxhCZC31EN8VC0Ot1h4p+77dOfekhIvJqV6bvnb0uyGg9iZQKzDxefHPZV0PwiAWvp3fMqK0W26pc34RnWHsycTAT3RG58jFg+Gxm/jBTHGevQtQCOeeTPezbBSIZ4NlFtwdeqnAdl5L+IooYISoRiGAPJ+MGP6fo8GDE/wKiCEQF7CDPHje2x/h7jviAr04Jxtt41c1pNFP6q1+1JXcCt+BkYj+dH3L4qMRkiIewsYS7oPImaif5MSdyoY3WftFbcUQp79djgoLv1CDgEsjRku/yWzNn6JBm8Hu9JvZc/thrTUAfddpUOd6WOudE3HI2PZ8EeJNYD1TkAJku4njiOxtOiY4k1BJ8e+PsRqeItSn+iWamsH4EP8QJqFIJ5BumBuyTJg/ZBz6tZeBeQRd+LB8beHpEWBk79ceVaSOxBCPrn4A2LjeISysEWrPcQkxjlRQ/EDWtU/pPvesmybjqX7w1ugP1BP7KeCWgwCTEFF9sVzBx/8G4gg/pWxH+lGesKUgtMkbWbay82ZFGb1W8zx+WX28TPX+L447pQnI6fx', 'active', 1796454230990, NULL);


--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('f3K8Aip6XhMXHhQ3bWixpclq1HJXKvENWoxwX82K2bM', 'kYQcdsRqtENmqd0nGq1d9A', 1796454232602);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24504-1d6d-741e-859e-cae94d4fdbcb', 'user');
INSERT INTO public.user_roles VALUES ('01a24504-1d6d-741e-859e-cae94d4fdbcb', 'admin');
INSERT INTO public.user_roles VALUES ('01a24504-255f-7181-8060-bc09c0b1f0bb', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24504-1d6d-741e-859e-cae94d4fdbcb', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$97klaLGLNLfPvUA8NsKG5A$PudXtEoHlvoiBV1iq5J6CiXvwsJhMa2RVImPkDFEqck', false, 1796454227309, 1796454227309);
INSERT INTO public.users VALUES ('01a24504-255f-7181-8060-bc09c0b1f0bb', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$lNCGkYj1zdVKsKllTwDuJA$jVrIo9yRj44UD/Kj/rDNe6k0q8mbWEGs1Vzmsa3xN/Q', false, 1796454229343, 1796454229343);


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


