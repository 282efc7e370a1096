package dev.gatehouse.web;

import dev.gatehouse.keys.AccessTokenVerifier;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.oauth.endpoint.OAuthEndpoints;
import dev.gatehouse.rbac.Authorizer;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.web.admin.AdminHandlers;
import dev.gatehouse.web.admin.ClientController;
import dev.gatehouse.web.api.ApiHandlers;
import dev.gatehouse.web.pages.HostedPages;

/**
 * What the routes call, built once in bootstrap: the web-facing handlers, plus what the one access
 * check of {@link Routes} needs to admit a caller (token verification, session liveness, permissions).
 *
 * @param http    the HTTP glue (bodies, client address, admitted caller) shared by routes and controllers
 * @param health  readiness; also told by every layer that answers HTTP when a request failed on the store
 * @param openApi the API description served at {@code /openapi.yaml}
 */
public record Controllers(Http http, Health health, KeyService keys, byte[] openApi, ApiHandlers api, AdminHandlers admin,
                          ClientController clients, HostedPages pages, OAuthEndpoints oauth, AccessTokenVerifier verifier,
                          SessionService sessions, Authorizer authorizer) {}
