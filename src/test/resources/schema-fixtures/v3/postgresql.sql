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

INSERT INTO public.account_tokens VALUES ('TRUC8naTRoBsmzk8ije4QQmeei2dUpLfKNSXHPza6u4', '01a24785-2adb-71b7-85d8-82c2325723e4', 'email_verify', 'frank@example.com', 1796496239335, 4950096239335, NULL);
INSERT INTO public.account_tokens VALUES ('99hstmVadg2XOYLKXNpKFZX9ZnA9bVtcdrfojfjPJeo', '01a24785-2adb-71b7-85d8-82c2325723e4', 'password_reset', NULL, 1796496239384, 4950096239384, NULL);


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24785-078f-7ab0-b225-91626bf9df8c', 'user_create', 'success', '01a24785-0756-76b6-89a7-8dabb3e62b17', 'cli', NULL, NULL, 'roles=[user, admin]', 1796496230287);
INSERT INTO public.audit_events VALUES ('01a24785-0ea4-79fb-867c-5af0c4637301', 'user_create', 'success', '01a24785-0e80-78fe-acbd-e73af08ae459', 'cli', NULL, NULL, 'roles=[user]', 1796496232104);
INSERT INTO public.audit_events VALUES ('01a24785-1c17-7257-9db8-2dc7a53600ee', 'login', 'success', '01a24785-0e80-78fe-acbd-e73af08ae459', '01a24785-0e80-78fe-acbd-e73af08ae459', NULL, '127.0.0.1', 'session=O9dvdgzxOuRz-l5I88uG5g', 1796496235543);
INSERT INTO public.audit_events VALUES ('01a24785-1f44-7a0a-8b5b-2936c085b52a', 'login', 'success', '01a24785-0e80-78fe-acbd-e73af08ae459', '01a24785-0e80-78fe-acbd-e73af08ae459', NULL, '127.0.0.1', 'session=JGYcr9waiYP-IT_JqijGAQ', 1796496236356);
INSERT INTO public.audit_events VALUES ('01a24785-2a15-79f1-bbfc-f4e95c8e4897', 'user_create', 'success', '01a24785-29f0-7dd6-abd4-ee55a28fffeb', 'cli', NULL, NULL, 'roles=[user]', 1796496239125);
INSERT INTO public.audit_events VALUES ('01a24785-2aa0-7929-ae2d-f9dd62eae985', 'login', 'success', '01a24785-29f0-7dd6-abd4-ee55a28fffeb', '01a24785-29f0-7dd6-abd4-ee55a28fffeb', NULL, '127.0.0.1', 'session=ABKSRlNpXGVJS3r8wuWahw', 1796496239264);
INSERT INTO public.audit_events VALUES ('01a24785-2ae4-70ee-8b86-1843bdb07df6', 'signup', 'success', '01a24785-2adb-71b7-85d8-82c2325723e4', '01a24785-2adb-71b7-85d8-82c2325723e4', NULL, '127.0.0.1', NULL, 1796496239332);
INSERT INTO public.audit_events VALUES ('01a24785-2b20-787f-94ff-0ea4d39cec29', 'password_forgot', 'success', '01a24785-2adb-71b7-85d8-82c2325723e4', NULL, 'frank@example.com', '127.0.0.1', NULL, 1796496239392);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 18:43:48.064774', 74, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 18:43:48.196898', 16, true);
INSERT INTO public.flyway_schema_history VALUES (3, '3', 'rbac', 'SQL', 'V3__rbac.sql', 1326330661, 'gatehouse_fixture', '2026-12-05 18:43:48.225303', 12, true);


--
-- Data for Name: job_leases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.job_leases VALUES ('audit_purge', '', 0);


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_throttle VALUES ('forgot:frank@example.com', 1, 0, 1796496239377);


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('01a24785-2b1e-7d4a-a5ca-5c87ac1f26b5', 'password_reset', 'frank@example.com', 'Reset your password', '8MS/eiAcwObNeimq6vKHlyfDxKA2WSGMqlNNMH7hhPsIsrRO2Z6Fa4Ma8J3f1ipzQHZWbCzvZbc9ZQmdhLXpT5Ssrx/BxvQwfEz7ZKu1oYevaogYQHLBF8hzSyWNHsyzCWTJX2i5Czy/mvNm4M59n0N2ZYZ4lCKZG3EMSHvifSP9THqiSkCxZg2lVFJBH7skBh2rTnGMGi0wHKVfFZCqhBQv6zFEbfg0BN0B/ziZqCFG8LjaYcbJ+AQL7kaWd8/7xL3ccgETzbC/rDiaJp3QaS/SXBODJ6oVqYs++cjPat/vp2VXnnDxQSfL2+7QGK1xAQdzxLpYbPyvtUtX1+yXjdgXia4vRz3yxl7zy+E7mwy80TXdvSNHr0XxNkcaNrXbjxgkzCpl16mDA5SbjV9GMOYMtDejQOhhWGBBBiiVl/yqG7Zu64hOyelgPlSbKCWeu1sIeaYY9P6lg99qirOUEuenqz0ctCgsd+XX2ojxSQLJWjqeUiW5P2HhpfQZxU8FpecPfJK2U/VouXf3yiU4snYnL7OjOlyfZzzQUhDHK4I=', 'UaAGSaJjPF5jG+ap1d7WQVDK0dX702RusTj+m6s11D78SxhmbHo3YuV3YNeGr9miZEYzrPZSHhfYRIvzU5Ap0Sxxcsy0rAot6BONpqhjKnoxfIxwvmJzB90iCb4BT3JnIDLlVKYY3Aw601uU6Wb5RGHWrdJhvlWWcN9o9IyAVXMJqr9mgmwjOT9RR1xnG59xhLUOXKzWY99eQwirusIZGbB1FuILs1oW170Iejy0+fifEMQ47BRKXFD4SHEAb7Hi+nKApuoMzunDruAcZgZL7JJoNFlaA1EODIxu5ssjexFh+Ik43+EdLjyTNPqw7F96AZIAR6VA2A5YV6QBcXNzHdyJPTFETQMTyC+TWW60QzmwKTeOmGcVSbmMmQmeHkOzr7FH5gzkMpLu5qF9QuB74mK3P/f2RKQ+N5nxxGOBUtLWj0r8SBo21BXfwglCPnp3JoCW70KX4GnYPuPpIZeGi4p4Hq+Eo2rOvVJZj6DVCHYJkC1mQKW8qTgRzxig+XCQIzK1ViwyzOx8auvVIuwTXSUiYO/7wbx9FXcCDC9ZZCsmayaqIun9vf9nofHdG9Lx284Q+qP/JovarlXIqpYt1YzqUU86hA8BXtj5ankCaeHhLYXnkzq8kKeyDy5ylZMSlRrE6OxCk2NvydBfVXIVSHPBVDx6vpoFPf7+5lUREUpauUBiPquctRNUYfpY4jsTR/O3ijwndKtbePBlkINbY7QAi6tYdVZZoRPPvnMqNXh1tw3NISAJ8PrjRhBC4TTKwe+ks5awkU8RQ4w4BLxR/cqe2KQ+QU7jUVX2B4lNj4HuthdFKt0FEvyb911Aps4C6knlHxQjAIchMfQnU6enOcvDo7DZAwkjso/G4jTklhhsE96lV0CfsrvZG63j4jncdTRgDQE/148ZPKdKIdqcpR8SBkx7UqsB9LIxWbE0Jd4BujXLhq9hpohL1No3WZfITSV+1z0eAKsaJjypTjDnpTBeEsQF3HpjLDmrOjH21T7wJYNO9oym2P4xdJIdmADX5mrnMa+D6EpP4CwBTFI3HIrobqr/lbrGgg6n0A3OQd2v/8WcfKG20AZ7fbqsjhfJGrEiBCbnmNpKKHIUqql6IjqE07mSwKSK+NOux80kkkFzplavR7GqwHTozNP9eN02IHgg5OKHoeCKNj24CidJy6UcV881/0zsx+LRYD6oDuCxQh8kBcbDIGl/yJP9JCtmmHS0/mS77mTU7H6qy64GHXfg6UFMidJvtpopSw2iQClwEzllfiaF0dDPhxtI3DP/aC/ez0ziyBHIEbWuwxbr21xog9x9gHbagAZO+Pm7N5TVzDxTd75YsdF1AX6NZdyK/u3PP4fKh6CWSjlPVOEqlHmC3CkcIMWgU3MAeqrbBDjHUGzrMP5Xj86rBQ5O7TlBnSXzQLD4Myj1Q7T6mlaIpVObjF2TmuzYHDkMRyT5zHy02OiYqK08IBo5C1kzx3djsaqmSd9SdpduB/OE2sKPbANdlyfpgOM++E8+d+w7nS+TGiXHuiA8GtfP/N2M5L9dD7W8FEbUInTanLrKtrV1+1R+sGYonrEbi7gPucNRDP1D28KhjaZSxdojoSvA+cTRlEe7/WGn1FoChw==', 'pending', 0, 1796496239390, NULL, NULL, NULL, 1796496239390, NULL);
INSERT INTO public.mail_outbox VALUES ('01a24785-2aed-7ad0-b424-ff744731dc1c', 'email_verify', 'frank@example.com', 'Verify your email address', 'h9FhyXpHwAUXSA0Y948Gs+pxkU++Hbvow3ZAD6UUwsXOy1DFVSOzj2kO6nF3oluk9EN4D1WqDyAxnNxGbBkTeg1Dv63dGJAo30knOswJ9LOpN13opidcyzM0kuaZZWne7o4fKE0rmQNrJx/PaWqHMp8hSZrUtXZy10K83h1qZH0Jgz1CxWJk+eKW2tl9AbeoT0Y2Idnf5CtOrHGrJmdGJneL+wCSTyEHhs58GvmhFrCZ8XRu0oORLjWCBOmH612LWSjfkuUN3zfTzYKKUv+CfSdaY952UDI9YfrOsvd4+rd/VtruAKNB5RZ+hIYj4y4ySWhZwI8C8SaLi1fyKziTFAcDfyWLVjROs1C+IzAFBO/G+954Rayp8y5ekCDTCcucAB7CHkJ1J3dwng+LVwi+wcUQfm1yKAm567WLYqmOMh3YpUv65jh/qx9t9sf26UH1UU2ff4d14pmVNzS+dvhKOw60FY9BY3OGc8GmQXxY27Jf3FC8duxR99lFxrkwqOGlA26m4G5VAb4yeJG1w1c=', 'qtvXWQMpCt1FThOKZ/z7q9HUr9OJoEsPhmjaHfrWWHgy4uWgs4AQlzZaeqAavPm2Il7fsdqDJnANqtE48dzIYHOfjbCgUSaocHzJj4oHFfqOemx8PCqtFwl/WxLu/1PmdTGMCxPh3TD9i3WFq7TfWh/MsJDg5N3rnVsrsjiPYabMti78ji6Y0UykVFnhaOeR+Us7y5MHzzEFjyfxh8Q7G7ptHIP6Y/ZcoIcX0lcVF4P6TQjQrMPKJpy0BC0llIE62VuN44kXjZCC9LaobcZWiil8XV3RVbj45nfEF8DSf8PDE16Cy3ut4vlLmcyz+KiATbvTJVDCAAPZsV/33Eslgp5D2eKeC6yhDadO/SAT+JbIYF7REatKB1NZEuN5xnHIcAFS2kDwe/+ePHd2te6wWdUHYZMLB7K460Tri8mzvI3HTV5AU41/Ep9MdjY3R4A4LZus2/do6JI/5saPAohQiJ6+VDbUS54DXJYkwcSdqjZwYG9zPIWclh+JA00hDx8NYeWlbj+wOaZTpM+c9GWKua4i+tKJtta2y6ZbB/uFqae54laW5GT+y4qOXjFOUWUHsSxzabuFNgvZj0pm/u7lcY34KXsP1vneZ7Z7GcLfu+6JRSsMBuni+is/sGNiTkfVS39fGauy+L1z4dY6Ww4+SZ9rCtYPLf1PFG4u/TqQhbmSdU9jin/uirOmGw1aY80+z+B870Q8koLZ87EZ36e93IKewJbg4GbCDry5bKFiG1zAjZx5nVo4t66t3Xf1J2zpWmDWdM0Uj+qnue2p3qLQrk9UR46x60/u0+tmzPVxMzZOV9mxHg6cyB9oTu631rhbFHmjfx2HVX3MpJ65b4jEOUqYtvDhZ7YHAd3FVVfL+JvWlWAYQptEjhlTse55znBpIVOlq2hKzynEFpHmbUqlQLFcpGAHNk/hni3rA5f/p5sQCL9LW8GB3WpSQJwxm//3nabkGtnFQn78as4Nh2MqLeyLvvisMUZCTuK0B9cSITlg2U4ugfRqTo5UQXU/97jRz86DrTxUQWY6atIBLiqAPHUJhZkEJh3APmYSRpSSSYULUF1+DNBfiOjztHdhURyS2p0diGrQdah3soqpeR0xRTHEVdK0KHQYDKfRy2hUGJocrLlXjrR6pLC9j5u+yIX7S7ka/4LhUWJSmeEsYX32Iw+Y6BC7inZRX/lqmPFbdb5l2jLXpeTkjIEZLppYEIgU3KgpDWLxfw9mqn20HDZzLhChUZGG1bVbW5VctnX+Z5YdrF544RKVNjIFkFTfcHGwcWuIuhdVoWAkuvJi0kK5P+zBvD3DF3J2WmyW5zcvjzvhbELe9aHdJJ3FiODWyXtE6ZB70QxHzhhE/oZoO+aEdwQR2C/jdwyYVcPMVFqAoTtpa+Usr01kxqVahgSAoXKc/2gieJBoNnyR+zeSTJPx2XfQMJe+GME9RnUnVFzC9Z8XUaU1cpiramr3J9Rv7Q+v8OMJTFVb8DbCHy0QPXEzwN82ZPrjadiNHmBTUKWEMzfLfavIDFxOM6WUFmfxe/TJOC8Zfo8+xF+ULJLbIzZX6/NixGQ13xkcaZSYGJZ+IQhXDug9n6PLXl+XRmEtsCKLuw==', 'pending', 1, 1796496269421, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796496239341, NULL);


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

INSERT INTO public.sessions VALUES ('O9dvdgzxOuRz-l5I88uG5g', '01a24785-0e80-78fe-acbd-e73af08ae459', 'gatehouse', NULL, 'mVhrCfbU5Y84WFD7c-iFnM2JBEKoWFpmX4pGnrEUwuA', 1796496235534, 1796496235740, 4950096235534, NULL, 'curl/7.88.1', '127.0.0.1');
INSERT INTO public.sessions VALUES ('JGYcr9waiYP-IT_JqijGAQ', '01a24785-0e80-78fe-acbd-e73af08ae459', 'gatehouse', NULL, 'WTNNYDkowExM1pGHdLxAmLWIRyMSqSn0lAM9R11TpgM', 1796496236352, 1796496236352, 4950096236352, NULL, 'curl/7.88.1', '127.0.0.1');
INSERT INTO public.sessions VALUES ('ABKSRlNpXGVJS3r8wuWahw', '01a24785-29f0-7dd6-abd4-ee55a28fffeb', 'gatehouse', NULL, 'Fj8mdh08xohp8yeARr_GDSZgcAQHzSk7MgB4Hm7_7JQ', 1796496239260, 1796496239260, 4950096239260, NULL, 'curl/7.88.1', '127.0.0.1');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('3JisW9IJQ456WZWk_lYRHg', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"3JisW9IJQ456WZWk_lYRHg","alg":"RS256","n":"wQ9gZy7eaAC_XXoB61JT_EiHw1tzdfByxfBEY3Frm-cVsAU4CUw1Xvkl3YWHqpAzXLyA7CfkxLjbj5pazJET2mAyKuJ3B5VHtfmgwGP8RKnItckC2uz1DJmEyW2YbQVKzGmoW9-1b2MAfUrWMFf8zxR3gnH_kskR91EgLRuO8uX5usV9qA0DoJvUZXcD9o_EvU4DDRdzQrOF3naTL72A6x2guCler5un7DGUkyhZpuU3ySfY3L9ZCaBR3jggsX7WnHzFmEUGQDwSScSWfxbVPAK7fkX4jtESgxVHLt81MdEGiYRKPVcsqgcyUNIXghp_I6d797CRRO4eJrQCvvMuRw"}', 'Hcmp4rnfKjboMfttg8LK9WN+KR+L9kGV0ljJg+/Ts1ZUepcqjsa1nKA4acGTrlRXNhft/2Qg2ACChXuCew4S2TDKvM96nUtxx2GN9d9etSEaVYIr7c/luZ1rPlbYv0L3552bac3a221ggZhFMH9jEN5XsZ/FoNZwhqMyFmpiO4jWEHnFSIfjUfTdoS7uNzOHNnNWQR1loLsjYPoTbcsIwsaG/4kJ6PuE9N8ke3COlbx+OpnO6Z48ykOTlF8JzN6gncaIfds2z2r2gfIXs/shN5bxF5RBMz3D0CjyVJWB2h/K7iaTtkC/dlg91+lP/ACyfxhZAsalxgSXIE+2cW/j0PbPE7pcgqXh+eEXqFOViZrB5w42o2Q5BZ8eU+F2/ZmFpf5UlAfOtTRVpvEbx3CKkqRLmVbZE9+Wvz76IoMe21e3NaPrjluKjqh4sLw5YhedcMn9uqbstfZGLLMIJeuEpHp2Vig0Sa/6cEMtXKFHiz2ouKoeGm47RqtztlD4wbkEe6Ab7XSRxuH6zM+pQqmcLrB9AIXhx2CpItJkEhi/jLE3fVOeKIi9NCShhfbjtSFKtVCI6xSmqqC/8tVaIfhs67BZ+7239Gjzh0dYWt8AmFMBF21lmXqbkooFzvxZ21EX9cKsTv+jOUxvQxLNAM8cvMhIJ1lULN+9XOcq1xKrahNv2W6mXAHupeJSa4MdZAE5min6rclyRjVQPmsraHoNSYPhe1aJbAkDj2wkrzrEpv9fkIvtwSCB+J5kNvteMSA8K/v3kecIXlgojN7UIcNUisTY5hWOF9h/amKsmz5y/M7OorqTUdDdomeGbX7s/mhTYN95gcQqnUN2OOOhYp6eeFAouUnHUcWplk8tToolQ/rosQw4Kp3qq2NnZb/bDshy+10hd+7OScTmcQS2yDNSDJZ30g4xIwkun4NdtcHW0/vBg8CLJgSFBGyYV8Kngh7MUSWlBiltPjsmdVPz/iHEfs7vGiUti17/bOMEuZtvMkpWCquyGYG/Hma/SdHovBYIqud/XcaXSd4gtomsGX1YK0RoOfv6ovdTCrMiOuDmvbCHwPRr2PlZOvBd5kz9U0/u8y7RlBnYXFKIdMZKMPaf5htgKH2xhH6wVDPlP9ELdXp4rWcCc9TNDCLFqvqJRq3aexubz7hijxU/LqXBXeR21h04nDMM9UpGisP2OOziHkaENab65mQE7mcOI2Yteg7ORPM5CuZh9teGmLborLFLx0GTT0e0uXJ3qKpiRuEw+oPwXCfKLFTFFqnBhvAn07uTQUOCQfyNgvDAe0HsDNFpYP0u38VnEUTHhnTA6rcIV4i1PvHUp7NaXSFb0Z8vQace9qVc4Tx6ckoIXg2vHXhkjYfFUZcNntNykRQ4KVhQXNjvAG9Fl3XRsfs4HMW7DiRAPV05AGI94RsGCNbTiNI36K3twPs2wpLhv9V7+xK+5Vcr2KqCEZn+rY3P2fEBHvLlzTCJrc9++z9cGigLfo7+YeydiS6Eqoy7GgA6u1Nd1gLS6r7LWBC2mtsFRwjd6ABNxdVOZzyuAeuo69Bfhc1PVn8JSKivyFUhKRRfnHMgOk2IQG9zrl3fPLhvgW770QJn9sAtCopFPZN6NZYC5NK5ifB25cd/tmKQd/JPLzQmYjpCDAVSwqfdLw5HcflY', 'active', 1796496233730, NULL);


--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('MjjcJlbRuutj-CCYhppvvrnzKmgeHeCm-APYXxxyrD0', 'O9dvdgzxOuRz-l5I88uG5g', 1796496235740);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24785-0756-76b6-89a7-8dabb3e62b17', 'user');
INSERT INTO public.user_roles VALUES ('01a24785-0756-76b6-89a7-8dabb3e62b17', 'admin');
INSERT INTO public.user_roles VALUES ('01a24785-0e80-78fe-acbd-e73af08ae459', 'user');
INSERT INTO public.user_roles VALUES ('01a24785-29f0-7dd6-abd4-ee55a28fffeb', 'user');
INSERT INTO public.user_roles VALUES ('01a24785-2adb-71b7-85d8-82c2325723e4', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24785-0756-76b6-89a7-8dabb3e62b17', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$v4EgQc6rWFqJ4MKiSzGlQw$lHCvwLXj3HsiwyxDfmJ4EpbHFjw5wKdYuLxpqRV9088', false, 1796496230230, 1796496230230);
INSERT INTO public.users VALUES ('01a24785-0e80-78fe-acbd-e73af08ae459', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$GMlMYO+QtApIJ0HTS5ZvBQ$bx7PEjEW885SsOeJ11wlrsoItgyUH/TsblAhKBaIxw0', false, 1796496232064, 1796496232064);
INSERT INTO public.users VALUES ('01a24785-29f0-7dd6-abd4-ee55a28fffeb', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$YWVI9tB31mteyRP4udo69w$8YSm7cHhBNtrEGmZHQIyGjl/WAep0i6M2haTZHkuJ+s', false, 1796496239088, 1796496239088);
INSERT INTO public.users VALUES ('01a24785-2adb-71b7-85d8-82c2325723e4', 'frank', 'frank', 'frank', 'frank@example.com', 'frank@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$Meoj+4/I8zm7O+N2AZSkjQ$8dTjjm9DMz66ajJo/vQioPD0c4tiwRHsGT11jXsZgwE', false, 1796496239323, 1796496239323);


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


