package dev.gatehouse.web;

import dev.gatehouse.keys.KeyService;
import dev.gatehouse.oauth.endpoint.OAuthEndpoints;
import dev.gatehouse.web.admin.AdminControllers;
import dev.gatehouse.web.api.ApiControllers;
import dev.gatehouse.web.http.Http;
import dev.gatehouse.web.pages.HostedPages;

/**
 * What the routes call, built once in bootstrap: the controllers, and the HTTP glue whose token
 * checks the one access check of {@link Routes} applies.
 *
 * @param http    the HTTP glue (bodies, client address, admitted caller) shared by routes and controllers
 * @param health  readiness; also told by every layer that answers HTTP when a request failed on the store
 * @param openApi the API description served at {@code /openapi.yaml}
 */
public record Controllers(Http http, Health health, KeyService keys, byte[] openApi, ApiControllers api, AdminControllers admin,
                          HostedPages pages, OAuthEndpoints oauth) {}
