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

INSERT INTO public.account_tokens VALUES ('LRnRY0016q0kDFqIvbrALJWgn1oA60z-ykXvnNE2-Dw', '01a24784-a024-7917-a908-56ea3343cfa3', 'email_verify', 'frank@example.com', 1796496203844, 4950096203844, NULL);
INSERT INTO public.account_tokens VALUES ('5RjMPFFyHfZmXxkXYr-SBDU37wirAnqo_77tC0ztxzc', '01a24784-a024-7917-a908-56ea3343cfa3', 'password_reset', NULL, 1796496203912, 4950096203912, NULL);


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events VALUES ('01a24784-82ff-79a0-899f-15b9d6e17af4', 'user_create', 'success', '01a24784-82e0-73d7-95f4-d76300a0dbf7', 'cli', NULL, NULL, 'roles=[user, admin]', 1796496196351);
INSERT INTO public.audit_events VALUES ('01a24784-8b6a-738f-b5cd-352245faedfc', 'user_create', 'success', '01a24784-8b30-7cf4-a459-c9587b155e2d', 'cli', NULL, NULL, 'roles=[user]', 1796496198506);
INSERT INTO public.audit_events VALUES ('01a24784-9634-70e6-b98b-7d7b6acec062', 'login', 'success', '01a24784-8b30-7cf4-a459-c9587b155e2d', '01a24784-8b30-7cf4-a459-c9587b155e2d', NULL, '127.0.0.1', 'session=g-d-EX493-cV9KaYuFEtQA', 1796496201269);
INSERT INTO public.audit_events VALUES ('01a24784-97c6-786f-a4df-a62bb2af70e6', 'login', 'success', '01a24784-8b30-7cf4-a459-c9587b155e2d', '01a24784-8b30-7cf4-a459-c9587b155e2d', NULL, '127.0.0.1', 'session=oNGA6JNS-yOJoi9iPA2CCA', 1796496201670);
INSERT INTO public.audit_events VALUES ('01a24784-9f76-76b4-aff5-6b671f113309', 'user_create', 'success', '01a24784-9f4b-725c-ba99-8bc5f70c2414', 'cli', NULL, NULL, 'roles=[user]', 1796496203638);
INSERT INTO public.audit_events VALUES ('01a24784-9fe4-7b46-85be-8c53661e70b5', 'login', 'success', '01a24784-9f4b-725c-ba99-8bc5f70c2414', '01a24784-9f4b-725c-ba99-8bc5f70c2414', NULL, '127.0.0.1', 'session=P_9M6FmKHPwcjYCpxS5bLA', 1796496203748);
INSERT INTO public.audit_events VALUES ('01a24784-a040-7266-845b-1eac8bd88630', 'signup', 'success', '01a24784-a024-7917-a908-56ea3343cfa3', '01a24784-a024-7917-a908-56ea3343cfa3', NULL, '127.0.0.1', NULL, 1796496203844);
INSERT INTO public.audit_events VALUES ('01a24784-a092-7571-bb55-f1e2d905f4b6', 'password_forgot', 'success', '01a24784-a024-7917-a908-56ea3343cfa3', NULL, 'frank@example.com', '127.0.0.1', NULL, 1796496203922);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history VALUES (1, '1', 'core', 'SQL', 'V1__core.sql', -1669635811, 'gatehouse_fixture', '2026-12-05 18:43:14.25628', 116, true);
INSERT INTO public.flyway_schema_history VALUES (2, '2', 'mail', 'SQL', 'V2__mail.sql', 1994147177, 'gatehouse_fixture', '2026-12-05 18:43:14.442329', 32, true);


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_throttle VALUES ('forgot:frank@example.com', 1, 0, 1796496203891);


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('01a24784-a08f-7f6e-b370-fb3f9343d3b3', 'password_reset', 'frank@example.com', 'Reset your password', 'MXPdsFM7w/iiV3oqkX0uwFJqZYPj3P5kV7qBEw/wDfjolctxV6vA9ilP/Ob3RdoXciMIUfiS7opcK8Zehsypff6iNweFFsxyYTesUCd1NYoIrKMrW64nNwxV5Yl8UQ9J/qWj+jKdGme5yfG/fxas/9IbaetvaXN/cJ28Xs+gaqBSJd1FpEzQ9PRdIX7jbiiM9TA/WOEEWd2rGD2KxqHFqGVV7nGBravDN0OGUjik9amJn0eBNZ6Z/hQcSJT6lvV4zqw+1QWoBBMHizSJg9RbTrKFEwhKEt7b/Jk9WwNjvL1Zt1fYQJoo25sYDqC3KqDgNdFW5rmuY7I0CJOsNRvHAdqLTciTee3R/Y9sc5ifOBxjNWkiuADhaOrqge6cWprBQv889kE5WQISSpbX30GqbTVW69QLKyc/JHKaSrEz91C/txj3BX7rts4A2mdhdHHuJcu+rVmwjgFsTBx15nESg7KBZz5DvY4JEdH365xNHpblzBGy8Oakbo/5sTik0p5szxDS09IyXu8WAfCjzhzcFlaJ1XSiM2RhZ4S6EBF2sd4=', '98FHjmvISsclBi6CGiRzIXH4j4CDwGyHlup3C8QKA75sD8eU4SSKUm/IeWdTw1acVrMHFmBIaJhjdiYBrMVyniCQ2vnCFXh12ITyUS+Ep265uebNx/FRCS9iOmTaEbX7cNaJdpupnE7iau3+VE6g8FiprptqDEviue6lNpkAH08Vpn+DFNJH1kebiLrKB+LFt9Q6VG0/UNunxuxTUKHM/LbRqGbBm/c+o493OjDsQLf3/0AXNIkj7eY/Z99e2gp/0i2SBmuZNA2pz67fyzV9wwSd6P6eNPb9NdtufcWbA2to6qINKR6Zv5T6Ltnpx785jBCG+38AjJxaRcK8ZdIt0DlOoz1Bg4aJbSSWIKXeyEWrlcxhnqGDnHfZBDUkb3hPXMP76nZmRPcJH6Q86oHGNE2PdrIx/F7Iu7I9KMBInFaTo8hF4/oXnNd1D5GcGT5M2ahzZMKDFRiUjfoh80VWwFcp7CrgW+6fxEKJEn4HnX858bKeb6TjHhvGBaFSQttgzGFPhOM8kmCpMAf1xuuAPAa2WH37EjTKzHqP7iNaWmS8Kdhe/zv7G/YgqWmpIXCU93P+/qiaz7wrAxUOdZEIfZxOCnMvpIUHs0crtHqIXkwzlQyJqj840Uk2d+Ue6GzBQ7XWSjClfWBoGEWmTWGUstG+ZwUyYrI2Ub36SwhLuTTaNqXgn80fYIIgVLJdMu9K1Jpgh3kVpWZERxHKtJLQzUsFpDLyqhqd8xW49wlIhNkm2ZS7HSjCzv5Jk8gmj4YXpbhN0iW2X9h33D3XC0rQ04lE883GqYkSXQm5W0wAHVjPowsJOQADyYshNoFamUWHdHOciGCmzsgHDsCRHZLor1lcF2BTt3f0WcIaqpKAgD+G3Ts+aBgXCnvvSDAf+K8O8taDY3MadNQbqOHymQKKQFYvYZCsxmoVz0rnoslNtjDcN0GvMZZCHa4GnppR/wspNisd4snJ49NOkUwpwsZqC918OLo9JdergE4MUhHssXSkzKqUH1Q0DCp2GEX6L8pI/9Z3Ep2BYScBMt/sokA2phqStuFKzp+LDuDMOxaKXThQ0x/Vj3m51Sy/Dwcmogx+mSkDY7C8WGmyjzO4ah2UWMZqoHBYdLuxX1mWlgJmbucITTi2kKkDunnvOCVz958kOUSLMSmx2DmWyitPPg5TFk7bNDjiWlTEidLsAfGqQZli7c2FfmKRSjWFQDDPmpMsegb3r8FtRhjYRvUNLy76E+9/mbJ8+ysg+RPzuhWZG2cQ+T+seo6VJl2g4grolcgWcqDi1wRzvWyhTDdavQsz5eN/d8W4DjFA6s+PlYLPipbJ244Pdxq7vQFpz6VPqihyksLoRtcrXYkTh1HMSNHKxIowQH5n9uKhpC6t6nVnsbUx21xXKqFvwDNcUwDU1avYQ5SLm5ogjBiZA1g4v6/+aVL4z27/tzvGZDi6Can6z8zcEk05w0Lt0EEmUjMDlFZp4PyARf9SjvhHSYwxvLJbv4IZBlBcgJAspDODE22MDgif/YuKLUc0tzC53HrrfH83FBBKrlu7YfGtc0e/IfIOBjr2lQIKq6kVzUCi0uU4KpCDRDCXOu8mbPMcS9QsMHl3YQ323bNAx4dqAg==', 'pending', 0, 1796496203919, NULL, NULL, NULL, 1796496203919, NULL);
INSERT INTO public.mail_outbox VALUES ('01a24784-a057-7062-bb32-11fc5296ec13', 'email_verify', 'frank@example.com', 'Verify your email address', 'b6WhWe0lGZVlVLzrD18kxWURdiVTXx3DK1Bt6N9/BdS7EDA+eJvzndrTm/TyZ4HinMEwBkqSV3JsPfPeuQiPA4o/6NqOKI3HSU/QW2LLJnMyeyKtl9Q+/N5lyi8QEEmJGya7rwbLZAkT+0/MRHjFVxl06GgeSqjgGB4gXvBsNlOT28N5afENGPrY8AUbLOTMzvCt0I+5iGFUG55vctRUFNZsC6FEpdHKlLJOGfmFOo3txcf4PElgb6+XD3bp9vtiAw6JhxtoLAlRZDw8PJw5LTJpdO8jR1F2LX4IQzL8oUuYyzq2Bi3PfLHNqgvmricdu1NQdVfs/Y/XRppZbyJ/7JhCwkbI53rt3mi2CUf0uK8DY5JTyYkpTZsEdBMcT9dlde+Dj40adANzmkYz/DqACewSaQ/liHfFeDJYbP3DGdVXm5/nGnNq+mDkm5Wc3b6mOEDaE5O64rOvpzIikiUccbONUU0yQGpampOyjHw9bAVm4H9GZ5k3pDVrQ9fSCIvjQfDbNxvibdfe1YT9E6I=', '8xMLvBT+Ctp15PqxtxHPxZqw1go9j27sRnvdFI+G5NnDl+XQAki8OD6GN3tgWWpCQRwASW8D47+pCZ8YXbbS5LKvsZYxd9er6CHFtYHg5RlxSa/3IGRkiEkO9Si2qDEuw8a6IRKk+IiTwhbWSbfD+ONB4kscLKomUBjlcBBQZ/UYd8xEKBufGgsIsIzNqt+Zq3786ViYMRioNDGxhqJHba41AgCcpMqmO6HvpDqDhmGom0NB3/Bf91jrPQa0i2xHylfb5lJ5wTV8t7x4CJ60PxpYDXamS1Cpk1T2jqWF3Q3asp3vjYpuHPn81tQYpSv3lb47qcE+uxkUI/bm3bqUYowVVzFQKqDk64ZAbMkxWmZh+IUu2yNPARXPOaRnFACJNdL5rZ4BjJjVFLB2lYBatfEeqci6qiG1Z1FNBQd2al0rBtwe2GmPU2rxoGH9mCClQC8wLFY/SIC1wWatRnnLF5nVXn6pEayDFvQNUrnFra1X/XBBIezq5cBM8Tbx/RBx6CZ/59r2rsHJQd9WAerF8bWZ4w4OSwQie2ZdtmOLjUzy4p1/dyJWgsxf9bVwQV4CNZbCXqUJO4JHIvABypKoEAOy7x+NxpY1prk82ytRvICqKGf1soPY0eErSvh2owgSdlpOvFuzTbdpq+Mdv7rmCbTCJR7fvx3+Jy8DTUC63NdH8CNehwndR22TFtlJp5y6J/ChKFlkTQCvOVKoSdj9Qh1B4O4TcCqzDg6yWBBupnxa1HLhemhfeKZ5RkBj1mZUI5TGOE8lgsQKVDenAV12B93KIBPdzttSIr+IuTNg3oWr63a4NDAUVopJR6mY42ZQiKIT52BMemWyYHaAIz6hgzTl7WWT3NY0ZC/8TVEUB5pisV4neb1320YpX7TqXShBneI00WhSZwyhRt4aPIzKlmzmgE6b9WmCfl7lJGo/MjVWJcVr+3P8oKdHs7GECdJM8jVX5nWadZqM/R/vEQZWli01UBSFtzSUotVvmCb05JSuO4WteOaVOrYsNv3MPQjYGbBHK4XjJ93QDTEw/A8dJSHRTURPGE/Xg/sP1G4LiPVrsu5PxaV0hl8QbXGSJ9NQ2n82rXi81FqsI4sfQ8PEN9YwBEa45r34M2Vs3kJDEgy0bi5BMBTp/dRQJGUruki85eFRzQ1vQGp3cclIpvExHFrga5xRh4Z0Lsz5nOJGwLpeKgXJK9FyvZ40x5LTgDP9FahubYfj/bymhGhD+eNsratjDCPRFkHQWZt5IkBiz68Gzcb4eOS6msMv/un4vqjL43UbK/pqpoovo6YH2LT55vfc4o8sh08UmDHHVyKxJXXXlyJNJxx1jQdNHgRj7DllNo+imw0JX6F9z+/uo0rJcGBHjCUa5sQtFdLvFJA6CORFNsmwpyWf1gmGA7eyMdMdfWnNPfNhbavfHxcrnR/zcHdzbhhfTTkX2xKDjsZSswRK95HWCA39Diy1fi9nXARNTwBNOVb8UjBh4517ZZPsegGwL/q+pzLg+kFu8qx0J7NAjjdevg/M+sZu1Ys0xhNkNS/ccfRjhYmB5WGCSN+GMcV15yYnHWxF99Osd2XM0HDhMk5yK5il3jujuCYdLWullA==', 'pending', 1, 1796496233943, NULL, NULL, 'SMTP delivery failed: Couldn''t connect to host, port: 127.0.0.1, 18464; timeout 10000', 1796496203863, NULL);


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

INSERT INTO public.sessions VALUES ('g-d-EX493-cV9KaYuFEtQA', '01a24784-8b30-7cf4-a459-c9587b155e2d', 'gatehouse', NULL, 'J0kmxt87P5v3HNYFa5NJBIwVXJhAEcXbZC4oFvK03fo', 1796496201260, 1796496201343, 4950096201260, NULL, 'curl/7.88.1', '127.0.0.1');
INSERT INTO public.sessions VALUES ('oNGA6JNS-yOJoi9iPA2CCA', '01a24784-8b30-7cf4-a459-c9587b155e2d', 'gatehouse', NULL, 'zPmtjZQoZbcFpURWeY_aRv_yLv1sBsyM72Ti--U4gSI', 1796496201669, 1796496201669, 4950096201669, NULL, 'curl/7.88.1', '127.0.0.1');
INSERT INTO public.sessions VALUES ('P_9M6FmKHPwcjYCpxS5bLA', '01a24784-9f4b-725c-ba99-8bc5f70c2414', 'gatehouse', NULL, 'lmraCgLHXWoLDJQHIsjW1vdIUmHQad5m8EvM5ST6e8w', 1796496203744, 1796496203744, 4950096203744, NULL, 'curl/7.88.1', '127.0.0.1');


--
-- Data for Name: signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signing_keys VALUES ('8QmIS2x_wasa-9KfXw2tpg', 'RS256', '{"kty":"RSA","e":"AQAB","use":"sig","kid":"8QmIS2x_wasa-9KfXw2tpg","alg":"RS256","n":"vSfk3ddqiaBqpZ2yhrmLRx55ac4v-Jk2weGEadeVeWa4kPuO6KLaK0kzgp0dylAUoRD1ZncyKkhOtu-4_NjxdDjwJp7pLNalpt6YjUgD-2QIDyJzxr7Z13wptY6nivAth6Pl8IDorkd1nkmuXUW5pH-oExGbp0IgaIB3WnzihMq-cdKCesYkgc89-4u-Ea23dYkjpaOv9UKuKxRgoZxWvKtRja2bQnRz9CVYU4J1GibUw1CbtbVD_R9mHv-IarQmxmIBJAh42sFAJgh50V6bLk4IR98nb0GvCYWQCLcJxCFb4J30x9k6kL_8tFSrW38IZy_voFZMVUF1Z0TLr8U1vw"}', '6D05wnn0Fm7N2LSHQNxFRZzZjcp8oqHBTvN64pnMRYZABcmH1oLQqUGPwpqMIPtaaEZi8FXTdOGFYUWhGsivkt8CNmPtONUSHj6QnB215jyzxafIWenEGcis+n99zyESPV+MuXcxk3XnoqyrLUVb40nNq7CydTAAy44Ms/4IesMz5k6T61BFrT3lvsOvk88CfRtMkpjukIgbohx3TrsbNNcnj1c+ruUilAXOm7XXZWIDWGRpg1XR72VMsidPnhB5bk2s4xxGXkReDdM1No+E7kelHDwRKZOthf8NXsB96cvdH+VPg7kfZaRoq+Fx/YYoykhnwIRYrHjClSryM7t+8nFiZUxI7I8l/OGtWIgZXM+2iWUETM3ksNC15UoaIL604CZmTkx0m7JGmQKhpijig7Y6pFJi6w1u/9xlchuQJSj+0vlefR7ohldZaYcwDIvqmGAQ0zIf8PhfN66NSs3PKK2F3D5ud8tXBRPQCr9YmURpoo7DY0Xmbqmi0kG8jaU82N0GlhSvMww3qYKXcgQ/djRdgqgC3k7xKJq8Bm6SGoBSt0+E+cu06U0o4EYnjydtfckgHfiMrr91Zj+ZJDzBNE/uBou0rTuq4Bja+rrMLyXSmLHpN6ou+BRX3gNdG0Vsjm+bHsYdzJBTnVBF4FrypVpfoyIuV5SmgPMYfNHBWSyEZkziCFENudtTJBNzNbRXckRDrUC9jKZrnEW5nxgj8jBVQzxjCzwfLfkBDhzjbsugaWHwlzquVBabQhAZTzU2miFqHSIq+DKuRwiiJJGcLOP5O2/U/D1yosCtmYmqKzU6KbNsEH43bqJfa6lADKGWsHndwdEb+FuU2OxCyRa+6ulzxCDZL/sA7Y5N1GxeMOwRx1SpThlZR6a+9GwO/VbaZg0azGaDQzW+noStPTgy+U8DBTl5AQox5Jscyv569BeiFOmMcinWpp5hOi6yT5zn39YIOI7fovD2+BBcsJtuMRIFaLQVTRfo5yVTZ2JFitrCD2muNnRFFqsTqEp6C+WSYkrlUMDpMR3EZZDpMIRxXl27CL7qJYWehfFU5YEA54dAKbPFpiBmbRwfegXET/9/IzkXztyJET2r/XgxbxXhWR7Gqc80yGHrCw5q9fRoq1rpbsQCDiRYWNC2MKwnv3CfF9KsMU6jGBu4BGX868EAXKyZHiXV7NMnZSUyUGr3u5hbU9yuG7aSIlXa4M1i6mX5iGmryVSMq4VZ4n9vyVK12PBeHXEjetWAfVWLXd9pvp99g3BawLi33uDsA7FK5fu4Qm01/jj3/SkT6e+FSKOk+uiMa3CpnFd4TSD2AaRI/2Zc+TWIPkV+tIl9z9ZQXzDSTt84DR4oVdPylAOMi6p28DMBhRzh0FY/TgYs47NHNz9cRLN5dvrPl1uAKBS8dyao2y+PCh2imCh5WcbWqBTl5lEZtWzusbpNR+1p98ApYbjfn4AaU8vacGqxmgnPYYSZv2GioKK/jRsgTS3yDFpl1SzJB7lIST+VSRRFOSUmvTOcQEqgoANEu49DMR0WDGe/yAxtqNNlnJNDKdYJIc3xUrCiy9Id7oFCOet5RUU3uvfSEyv7up8GRO/An4MjZszUYQEm6uzdPWWzbCAv7ZLCrG0+zCK0DpIpoYrVejzuiitLvgEfYpHvZgwW7iBC', 'active', 1796496200070, NULL);


--
-- Data for Name: used_refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.used_refresh_tokens VALUES ('3bB4GvH0DbUZlci66-ygwNpri2IXxM88rCofphdLk8k', 'g-d-EX493-cV9KaYuFEtQA', 1796496201343);


--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES ('01a24784-82e0-73d7-95f4-d76300a0dbf7', 'user');
INSERT INTO public.user_roles VALUES ('01a24784-82e0-73d7-95f4-d76300a0dbf7', 'admin');
INSERT INTO public.user_roles VALUES ('01a24784-8b30-7cf4-a459-c9587b155e2d', 'user');
INSERT INTO public.user_roles VALUES ('01a24784-9f4b-725c-ba99-8bc5f70c2414', 'user');
INSERT INTO public.user_roles VALUES ('01a24784-a024-7917-a908-56ea3343cfa3', 'user');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('01a24784-82e0-73d7-95f4-d76300a0dbf7', 'alice', 'alice', 'alice', 'alice@example.com', 'alice@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$/xJLipn5eagKq+PgFT2Bfw$n1wqibAC4Kn5bYmvVvi9dLVqv+f4KFp758fxxdc3qyo', false, 1796496196320, 1796496196320);
INSERT INTO public.users VALUES ('01a24784-8b30-7cf4-a459-c9587b155e2d', 'bob', 'bob', 'bob', 'bob@example.com', 'bob@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$zedcjn73r9bI3c0Qd/4+QQ$E7FZdLVORTD266Il3w5FHmurSqWjtDWwd3GPdGz4kUU', false, 1796496198448, 1796496198448);
INSERT INTO public.users VALUES ('01a24784-9f4b-725c-ba99-8bc5f70c2414', 'dave', 'dave', 'dave', 'dave@example.com', 'dave@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$MYdLn9sWQtMATeq4g9Dssw$bXVu8tpa2yxoiOGMpCi1Kd4GABdc2N5DsYTuIDUqqWA', false, 1796496203594, 1796496203594);
INSERT INTO public.users VALUES ('01a24784-a024-7917-a908-56ea3343cfa3', 'frank', 'frank', 'frank', 'frank@example.com', 'frank@example.com', false, NULL, '$argon2id$v=19$m=2048,t=2,p=1$Jv1rvPu7V4h044LGahMOUQ$euhwqHD6FvxLpZrwvZf3NruZg9Bh867ECtxjayXKGF4', false, 1796496203812, 1796496203812);


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


