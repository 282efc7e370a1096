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

INSERT INTO public.account_tokens VALUES ('xdH8m4T5STtZuZJZ5kXSPajKFHBLQfEOQVKr-j5yO08', '01a24786-1a6d-7b37-bc68-b48ef06a18ff', 'email_verify', 'frank@example.com', 1796496300661, 4950096300661, NULL);
INSERT INTO public.account_tokens VALUES ('qjq1TTuJgGUWV4dnfFQl9T57EjZ66Jga8RHfQFMSI_k', '01a24786-1a6d-7b37-bc68-b48ef06a18ff', 'password_reset', NULL, 1796496300772, 4950096300772, NULL);


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24785-eece-7e86-aa5b-919d20c1deeb', 'user_create', 'success', '01a24785-ee7d-73c0-b0e0-25b8d514900f', 'cli', NULL, NULL, 'roles=[user, admin]', 1796496289486);
INSERT INTO public.audit_events VALUES ('01a24785-f520-7226-801a-39ef06401508', 'user_create', 'success', '01a24785-f4dd-78c9-82bb-4b419de15766', 'cli', NULL, NULL, 'roles=[user]', 1796496291104);
INSERT INTO public.audit_events VALUES ('01a24785-fc95-7d98-873b-0153030ffeb8', 'client_create', 'success', NULL, 'cli', 'fixture-service', NULL, 'type=confidential', 1796496293013);
INSERT INTO public.audit_events VALUES ('01a24786-0224-72be-9ac1-c2b3913e393c', 'client_create', 'success', NULL, 'cli', 'fixture-app', NULL, 'type=public', 1796496294436);
INSERT INTO public.audit_events VALUES ('01a24786-0dbc-70ae-b5cb-6f8725513086', 'login', 'success', '01a24785-f4dd-78c9-82bb-4b419de15766', '01a24785-f4dd-78c9-82bb-4b419de15766', NULL, '127.0.0.1', 'session=0o3SByKm6HfLNqO-xwiJ9A', 1796496297404);
INSERT INTO public.audit_events VALUES ('01a24786-0fe5-728a-bbc6-9cab01c1d99e', 'client_credentials', 'success', NULL, 'fixture-service', 'fixture-service', '127.0.0.1', NULL, 1796496297957);
INSERT INTO public.audit_events VALUES ('01a24786-108c-7860-8d1f-3e6bf55049ae', 'login', 'success', '01a24785-f4dd-78c9-82bb-4b419de15766', '01a24785-f4dd-78c9-82bb-4b419de15766', NULL, '127.0.0.1', 'session=LXQ-28SgKOElD4sCbrc1Ig', 1796496298124);
INSERT INTO public.audit_events VALUES ('01a24786-1951-7ddc-ba33-44f79d07db35', 'user_create', 'success', '01a24786-1929-7890-8b16-60ec1a53a835', 'cli', NULL, NULL, 'roles=[user]', 1796496300369);
INSERT INTO public.audit_events VALUES ('01a24786-1a24-76e5-b1f5-2a253b30a86e', 'login', 'success', '01a24786-1929-7890-8b16-60ec1a53a835', '01a24786-1929-7890-8b16-60ec1a53a835', NULL, '127.0.0.1', 'session=XIvXpt7XddsU1jvXn21FAQ', 1796496300580);
INSERT INTO public.audit_events VALUES ('01a24786-1a74-7428-a5ec-f4f44a983644', 'signup', 'success', '01a24786-1a6d-7b37-bc68-b48ef06a18ff', '01a24786-1a6d-7b37-bc68-b48ef06a18ff', NULL, '127.0.0.1', NULL, 1796496300661);
INSERT INTO public.audit_events VALUES ('01a24786-1af0-78ae-87f2-bf1205067775', 'password_forgot', 'success', '01a24786-1a6d-7b37-bc68-b48ef06a18ff', NULL, 'frank@example.com', '127.0.0.1', NULL, 1796496300784);


--
-- Data for Name: client_assertion_jtis; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 18:44:46.122004', 275, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 18:44:46.544651', 27, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', 1326330661, 'gatehouse_fixture', '2026-12-05 18:44:46.595895', 15, true);
INSERT INTO public.flyway_schema_history VALUES (4, '4', 'oauth clients', 'SQL', 'V4__oauth_clients.sql', -1107396503, 'gatehouse_fixture', '2026-12-05 18:44:46.642017', 15, true);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_throttle VALUES ('forgot:frank@example.com', 1, 0, 1796496300762);


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('01a24786-1a7c-79c8-a0fb-42e636d46d7f', 'email_verify', 'frank@example.com', 'Verify your email address', 'vBk9DRz654L4+x8RKJ8Pgx9z+0oHYVmNmV1VK9wepIrsrby8Q/kwPPwk/HtM2LRK3rQf4z3ZzuYpxKfdHDJFO5i5/g1rajik5JkRG4c1WMy2wYIodQulYBKJ3M4IoTMHwBv9riBEnCRS2TWg017SVKVMWalbL6kOMDbEho7gwWg+K/PmfeYluZTYLD+B4+xuNBWrR4GIfS3MUpO+63sLaK1PTHwEg41f+Qgw6xqh5JHKk9jmOCe80gkSykx5xM64jPEkBf6mjrscTHex3AEuOmQA7tsp+gC8vM4eoQ+np5jSnMnZI/yMRM9q3WOnTdosU9HqQ3sdl9GsuFuc6DGxwxCCe9APCIgSeGz7mL4nd4dwiFneYLr5WyzYS3tuXBfGBUcrtsuTpk1F9gM0Cqm9L9bCsskIbPTA5sTndj4Q1WDpAGOHjmT6/CZPJTQTd8laRdbfxJBl3jYzL93aTrlJcc27hmDqgccLidGPBytnc6qm2TXyZAhOrUVAXf/gl8d+stvVt1e3PT5mHuiLNkQ=', '0hH4ICQgzO31LDRCoX42+N9W0yU6Yaqi/9U6ECas7ZANLJwyr8vPMheaUluvNnYQXtHB1cg3k7nzrc94tdo44jbvboQoPKLcQ6WN76orwTOM/o4q/B29KErnGlmpBzm3s+fh1N2g+aI9jQnOdYPtiRk9wrkqKHIVnZ9H0jVsBTQhzYvPXC6OF2Kjruvfi+75fkSTSusKpuSfrz14EySbi/Q/hc3koQxxgvs+aSatlz9k0UdLsNyiEC6xH1952x9whQTvcFLPpDXV8wEovoSd4Ta6pMV97g8C9cnnWbmMdtkuMkYuonyj+93o5Lj/tINcacHMRqsxfmJTSUxVy5zpqOiXwpvjUgXAELzI8dCYDUrtfIuqdjEAJeRdhxSgFLT2h+OlMFPD62usi/WlGb3Pl60eivuzu8dPYgrRjQINejtDSiLOtxDSoWQ1nMNBUK0FjoS5g92KyJT+6jpPHgfk/A/EWGL3fUmBBOSE6Pzmdqu5HaeHHf21is05fKDqasJGeNPXJo41pCDMZ3rRp/wwDtuEIkhKyP7uPqQUjwJU6NDoU7sXQsWphsHP4IwtZY6RwVQH3xEg5jumoG5IQKpjIXKhjlrAVV7iZpy+sUjn5iai0I8aRg3hGA4Zdi3jVRjYnr2r9pzTjGRuRu9VhZpMcWnfn7RKmQQu78hJn1+j/vCcRAxmhYC3JqdJoy2TqkPyGSViTrOOM9FngGoYbjcP6lhpGlfNvHJjUmJlxRO+5Z28qhZ6wgWFy66al/4hN3+nQRsHjMYhhd0uobUoBnPaFt7wkyPi7nyHyqtTI9nYcWG8aobzhJXZQheTevb4rMoytuPdSKiEuLjKbg5ipihQlYPtrFKLbT1EdqbxljcV3I0UOIWClfYDZqe7ga7nnH7OEwrO/o3iT5iHS2PqZ3c4fUGvnwhNFsPBAM48fcPzqkYmzkUWYXn1x+j1EKXjCVaazt8otl3H80Uvrzh7417GsJhxAIj6sXlMEw6ZHHgrHzAzUWAxfPuwd3+Bftx3UdMbt15Wo8Z0MIvhhqElIGswT+Ku/2dKDgG89cyjO5JmiXf6L+jgVOsyrXFf1veO6RK8cO+1x1/i7zGXFHALyco5LCD/05OF4SyiVCdtNbohRKPCOcM4s5nJO+JJ40JrUhims8t58vzqLiuSyI6EDMMhbgrN4pSj+oWGCimreck5dmtbH4ztu62yolZolIPy68ZAqPha+gH/NKikWq7UsA+ktMozvAS6MftRPz6/x3igp60JVfTjdbNVyMpjxK49YGMeGCwBFMTwg0qHDzObbr7otOIEO0lZr3fnndsEyyYHPeRn2KAyTb7DYG+EED0NnZ4N/120a5eDSVI/lPwn7xYN5SzE6GOTMIoESR3etTFi76rzMAwuqOXZ8kiAG+ixGKKjYKeuu4k7+BL2jh7W9x4fZbLsra7UF34tLX29LfOMyDRgiQg//c2W+F5G/ldKBJgCX65xtWtHx2oGZkMhjV1bY25H+tOzbINHeL/ASuA538FjFQk24hIDzvhsKqLTEuCPWHEiVot0h91+ZEAyMdxFtmKGI9VekHKOPz3ZcAbEZ7TkqTFqgqeGMRV75lTH4WMeyg==', 'pending', 1, 1796496330729, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796496300668, NULL);
INSERT INTO public.mail_outbox VALUES ('01a24786-1aef-7c49-a6a6-f5fe400570cc', 'password_reset', 'frank@example.com', 'Reset your password', 'CRhLMyKbvsJl8g5cLOfScVGwnq+A1EIKVnJK6ISQcEEbUEwXBsBScOXXrJYiBq0xaMCzWYVQPvoUuYdz4SYf52F98A5CnsDAWbInCAAp7U/mVh1Sh9UpIsUhiTAJRtuNwo+adGVyOPLtR86iU9+/1vIM1qBpT3S5i6fe/LVTywMwdKPtMT+QXFuGDoPMKA71ECjOKZi/QrF0xVH2ckWIRRppzZSxEmBfPdjZHK2yl5/xxItdkm86LKIiY4Pbkrit4KrlisDTc34k7jftgU2ASH1COdm1K5hplD7Pi2XblthkNJ+9lJYuXDs8Ta1QaTbVHkpdceuMA4ASekDHKzd1yYZ/239jFgY3/VuqU/i4OyuE2uJSqIpgVWvbzhCdAdk+Lco1jU8VpMDlAOpj+YZLyFHaCHIpoPcUYF+oqoJU7AY9ehFPtv4V2PyffedtCizx2XCESVBDNRCgXhE6EYqJCTlS/Zr9C7ZrI+kXYq3zmLj2Q5kvNMyxoFNUwwn3w/Y3vQP5m0EO4P6cpEdScUMUgL5C/pVu0pmrC/44zgtQpJA=', 'ajOGuEGXO1kMbkZbikuA36hfFdOHOzMNwc6zwegHWb0mknPa34XZUV5iRRWFeIZ9PY6W5NzR8v6xyKsc2voc66ZjUFTqOLEsCrYYqejU/zU/hm6x/rdKtBdRBMYoju63geOAIjL2GTNMQNJQ2Ci3Vx7+q8R39d2Mq4WuV+preVXf+SieMAP5V/bjV8LmQ+yXXHvIU+nkmtH+w0G4onte6ikwYAKf2govGzvmpdcdS39c+5SLMDvQZl8IB29osbK/A5akkb+GMGevWEPNdyhpOx4bS3uu1J80ALvD8xUSdpE7Er4cjYH4AwUt9j/qR+U9/lvoa3w6Z8x23w2e4hCABQT645eaRtB2DdOHhqr68jTALWFsqrCfCRZEnvm1IEJOFVF5ntmOCgRTIx+GQoyysUHR0oiUwpVSpsFjxbu9BhuYbUhySGnsk0iKt8tEM0ANav7j4aNsxeX5DpnIlOB/Kqc6A9CLnV33DMhL19pWlBFF3JzbfgsGmjvRcmq+8tQPlcI/bfuBDTNA2mQW8XsufsMN6OLOZ/2c0X3tSUM0Hj5LSyuI8eQW3e3lAP8h/5awIyd4wcP9M35mhDZT/4Jj9lfWjniluG0cw0965QnCKFImMIzTUWpIyZhAtcwxOosLgdubXXqYE7wbJP4tkWRFaOxUBviMrXTrneKs56+92Y02wPUpVzxQBtQ/aDWij/tDVHL8NXTZ0+O+/nZbP1cfb973anx0U0CUlsu1BqA6/9zyMV0lUbUQffo60jxE2zgnUujVfF1MKfW3paqLW3bFDhb3OCjNHqFlDhopk3agQOwl4SF/GDma+kR/JwnKhnUJxaIyalZ4ZjuGn/8thPNhibmWLvEzol4zMjRZXrCzjwpvQ1gGxARYMigx6UKpB2zAdP/Ux4L1UwQ02EjSxXewhlloUaanXvEcHdHaILUr2teknwqmBaLOyK6f0PHGBQJTIwleY9gs6uvA5ajQoL1DluQpZUxNjAghrwPVv0Z5dJYS25xj/ZeG7mSJLUEDO7zWiwUIqqMkGLu8FFrJPyRsBc6DQxcdtLbRngeVkx90OzVGVL7M4ZxPFj75mNoGDWZ5/BE+clCkcaBex8pbiD0rfp9N0NCJRFPnPUxbgobOHaWDQBmdw3RytXnr9Ja/0fIAWhSy45VMcPO4c5UBfa9KyAAQm6GfY0G37gp/K+6L2StgnlvOTHZfrMjydS7vjXfDPT6vYU6BEsrfWfguGwqsd3or6chFjrfDdzNFwiliG84Xc8pjN4wSFvut1XFKziZ+gomMjriOhcsfuiX4ThK8v6tiiOmaXZ3+Pj5U6jNytKlKCOU7rDenSJ1u5EEUZ7b0Rx68X4L0hg9H2hd9SiSiyVtr5EMUHUy/dGF+s0HIsFQWZDvl5TQgZosgIUihMWjyNwixM9aGJSb5eE+MU2EHQfHTXcXwLSGTYp6OYQzbvBRZD378EHfmWsbiHDbQvRVRyPg8p6U8Of3VmQ89WFH6nDJ5sBqBG+Irz7do3lTFMSuKxSmPU9gP5EJROBx21Knm6H5ngfdsXtw6Idxz9NSiWzPwOyN3uoYpmMS5G+MIryzpBlz3HI+dtiRYNfqnN+rpEL+P510bKTVv8g==', 'pending', 1, 1796496330787, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796496300783, NULL);


--
-- Data for Name: oauth_clients; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.oauth_clients VALUES ('fixture-service', 'Fixture service', 'confidential', 'agN7RwPoMEewcGB7xeDzMIwlt0ATnmC6HVKUY77MDI8', 'client_secret_basic', '', '', 'client_credentials', 'notes:read', NULL, NULL, false, NULL, NULL, 'RS256', 1796496292600, 1796496292600);
INSERT INTO public.oauth_clients VALUES ('fixture-app', 'Fixture app', 'public', NULL, 'none', 'http://127.0.0.1:9/callback', '', 'authorization_code', 'openid', NULL, NULL, false, NULL, NULL, 'RS256', 1796496294283, 1796496294283);


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

INSERT INTO public.sessions VALUES ('0o3SByKm6HfLNqO-xwiJ9A', '01a24785-f4dd-78c9-82bb-4b419de15766', 'gatehouse', NULL, 'msGhWUtV_bbTSYnS-zFt9qrvlqvOUAIua2LGhwOYQWw', 1796496297394, 1796496297631, 4950096297394, NULL, 'curl/7.88.1', '127.0.0.1');
INSERT INTO public.sessions VALUES ('LXQ-28SgKOElD4sCbrc1Ig', '01a24785-f4dd-78c9-82bb-4b419de15766', 'gatehouse', NULL, 'IZSw22eIx8hFiN6fRiSBjUhR06-8GgQK-wwvFpVQVSA', 1796496298122, 1796496298122, 4950096298122, NULL, 'curl/7.88.1', '127.0.0.1');
INSERT INTO public.sessions VALUES ('XIvXpt7XddsU1jvXn21FAQ', '01a24786-1929-7890-8b16-60ec1a53a835', 'gatehouse', NULL, 'UD1LlGj8-On0vR2yaZ5NlJAiBk7NsDMqeqi8AJ2A_g8', 1796496300579, 1796496300579, 4950096300579, NULL, 'curl/7.88.1', '127.0.0.1');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('SJEkzDzgBXOwEoo3lOuG2A', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"SJEkzDzgBXOwEoo3lOuG2A","alg":"RS256","n":"9i5yqHImapoGXsMCPDKmVhXKKRHmE84GZpT-OckhhPQ5JSVhE4HvnQMhOw2tSoSsYiKb4Ydc4adVgS5q5z1EVTKOUb7KfDnzaZbojc8GJKdxPza-6mKSZ9CGmLHY6uwt6IUZ-rITkh4ei_8cCDY20eqld-t93jf6MVBd_-4xxJMYEVyTiriDJGG71DQt6b5eTUksnl3ong-9Rnu0qkkdn9dgV7KAT6afr2aZp6vy7CuMMihHUCxCYraNp-gvGfKVETTXSdAojDof1cCCFrWRwoJn8bPiVPZ6YWjsGVIyUoPczO0n87GPXHCdQJeRikNjIwALdILt7H-aTH-lfH9grQ"}', 'mBRsmRgZWX4ZxP3hozpG/a4SHMmDCqMfydcnip2OKrZvEAQcRTkbfBakri7PSSs3h6/s/kp27PxZTJ5n47RolDZMOLfLSrHhaXff4K+2TpswG/8RI09ALjzNH3Kxsi7yEeiEQpMw2YX5wZTBVJU4djar7Xay344wKshJ2+6BuvgB4SMIT0z7+MOvRAI/qoIwHhAN76ToB4hbgVVXC03zqy9flk3sEFI2PEuVKQLrNgaHRNBRdRpAa7B56m4/xcb/QIN08MSbeaY1y1BWg2BeylzSTbUs23hp/SgNaXbUH+JrQs1dSYfxxsfevt6k10gR2qlMBL3/Iz0rnVmPAyO0WwRhfy9WvZVHXQdjepMv9gPmD9aVtB1MdbFkQGlq1aR0va6barLb13hIA5b298K+8+tyaKk0j57ACsBQQQqtnJZ7IQ4EKa0mrZ7GTShQXPh+lvaawjHRmqzhSF8FODFT8VeHyoP1+LlP2KHAPTdQp/YYGQwe/Zs1LjY2mv7rpgjIOScCqJoIFpz6QrqVXrZIY6Opt+mw32Ov9DBp5VhPSsjftMiCBdGSJAkYj3uwVTNrVNLbedcfG6kkc+hA8NEWSGvxINhNXniS6fxmdCXAFiBtZBM6e3IMHcAZzc/i/mKqRqmMNa/AqD1PBPGJTqaRFrxrw9kuQxuu0tfQ7wzuqmDkqg4EjzxCD1XD5BbbKWbWBX3z5Uv5ZQ6TW5FLQKZSmJSvNGRr6kSsmntPlSyT2W19ENWBkFNbyc4rAShmIPbEtOnyVfSs8E4YES6GVXxtzVigAOfhwx0mQPGVluIZQlLyWDWSmMK3lnrENpnyXclX5OGpW75++xmI62+PVOiIJUTj/Spbjz3NPZxNe3AWdoIjxtg6NqeJCnsfg9FQh0uo6/iGdwcxbIrIX8nkw9hjlJDQxNCxzKLEFvq1pz4fdNlLP8JI59AY5idI9YjqSN00zF9rdhwZmYl2sLRFvKrlnYafpFXWkCgReVj118ecCPPKQn82AOmphDayBozSj3z5JxF+6n2FvsVJmjATYT0Zr4HnqWMmckvrUykQcx1k+EWj9RymhP+boBfWcw7iQ32DNBlo95OZi/zOSvfv4uts/7hLBS82X/B8+E5zt50iXn5yntUoqORdn9g0D+fM3/76Xz3RY37RdHm9jAQ7rycUG4lG4jhSp8xmMyVN3yT7g+ncRkuA5TRyKzDbQjI+3JyDozSmdfLHzY1qziCzIkoxs+xtxV83EvS7yPftHBiNKqfyJ7kICSezQj0T2TE3osOxpOtiS3MUTjd0+eYka1KudxaNd/hUlVXPYvHOzjvbA8zNNhl52skjhXXmW62tYwLb79Y9g5ql8r5Rxec+gwL1ZraqRp8luKKGKVihS3ffNN1JHs24pBfpy9ASYRz24aqaJcHBWNAbSiOAGqf64F34uHwLLX45pZHObXlzTipPFLybRg2NtXD8BQstn2ZosNO4kRrInzn5dMB6SVTiL65m6p0dREYDP6NrnbjhZEhPvJDXsSSoE1TC5ZqotID5d8MkSIY6ms9dBmvyKa0HBquuCFdA/sVIK67p2sO6BJSTUefdUA/sSd2KO+N2cRGTp2uvAAJdP/921SObKqyVj6P17/uqi/BQZmdqtS5zRNpkK9Zt+Y1Td6MGhAxyGt0=', 'active', 1796496296142, NULL);


--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('YvuvVDwBCZn2QF4k_tLXHc1hVBgJNxqOSEXYwOh08zE', '0o3SByKm6HfLNqO-xwiJ9A', 1796496297631);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24785-ee7d-73c0-b0e0-25b8d514900f', 'user');
INSERT INTO public.user_roles VALUES ('01a24785-ee7d-73c0-b0e0-25b8d514900f', 'admin');
INSERT INTO public.user_roles VALUES ('01a24785-f4dd-78c9-82bb-4b419de15766', 'user');
INSERT INTO public.user_roles VALUES ('01a24786-1929-7890-8b16-60ec1a53a835', 'user');
INSERT INTO public.user_roles VALUES ('01a24786-1a6d-7b37-bc68-b48ef06a18ff', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24785-ee7d-73c0-b0e0-25b8d514900f', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$uovY1q8TRZhaTnTu5rFyLQ$L3vTkw6RsNeZpAdgqIuOLh82Tkxh0UxCxPntjtxkJ20', false, 1796496289404, 1796496289404);
INSERT INTO public.users VALUES ('01a24785-f4dd-78c9-82bb-4b419de15766', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$G9WGE4V/FmhCjXHSLsgkEQ$N1JAZLuai3/MKe2iGowf9AfbwfcizIOD+MA1D44J21U', false, 1796496291036, 1796496291036);
INSERT INTO public.users VALUES ('01a24786-1929-7890-8b16-60ec1a53a835', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$xdVHl+ewiA+hkVtQ5MarQQ$FfvAWsSbgCU0J95iGNsJD2Eb3E2ifX0SCj7kH8IJNUY', false, 1796496300329, 1796496300329);
INSERT INTO public.users VALUES ('01a24786-1a6d-7b37-bc68-b48ef06a18ff', 'frank', 'frank', 'frank', 'frank@example.com', 'frank@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$GgApl8ewOtbVkjqIgOJYHQ$/c0fjbbZdUBv/YPZdzIhO0qPVjCqzi2y7SjrFcVk9sg', false, 1796496300653, 1796496300653);


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


