// The example single-page app: authorization code + PKCE through Gatehouse's hosted login, tokens
// kept in sessionStorage by oidc-client-ts, refreshed with the rotating refresh token, and the user
// read from /oauth2/userinfo and /api/v1/me. Every call to Gatehouse is cross-origin: the client's
// web_origins (token, revocation, userinfo) and GATEHOUSE_CORS_ALLOWED_ORIGINS (/api/v1) allow it.
"use strict";

const $ = (id) => document.getElementById(id);
let refreshes = 0;

function fail(error) {
  $("error").textContent = String(error && error.message ? error.message : error);
  $("error").hidden = false;
}

/** A GET with the access token; a refusal shows its status and the Bearer challenge (RFC 6750 §3). */
async function getJson(url, user) {
  const response = await fetch(url, { headers: { Authorization: "Bearer " + user.access_token } });
  if (!response.ok) {
    throw new Error(url + ": " + response.status + " " + (response.headers.get("WWW-Authenticate") || (await response.text())));
  }
  return response.json();
}

async function show(manager, config, user) {
  $("status").textContent = "Signed in.";
  $("sign-in").hidden = true;
  $("refresh").hidden = false;
  $("sign-out").hidden = false;
  $("signed-in").hidden = false;
  $("username").textContent = user.profile.preferred_username || user.profile.sub;
  $("expires-in").textContent = String(user.expires_in);
  $("refreshes").textContent = String(refreshes);
  $("id-token").textContent = JSON.stringify(user.profile, null, 2);
  const userinfo = await manager.metadataService.getUserInfoEndpoint();
  $("userinfo").textContent = JSON.stringify(await getJson(userinfo, user), null, 2);
  $("me").textContent = JSON.stringify(await getJson(config.issuer + "/api/v1/me", user), null, 2);
}

async function main() {
  const config = await (await fetch("/config.json")).json();
  const manager = new oidc.UserManager({
    authority: config.issuer,
    client_id: config.client_id,
    redirect_uri: location.origin + "/",
    post_logout_redirect_uri: location.origin + "/",
    response_type: "code", // with PKCE S256, always
    scope: "openid profile email offline_access",
    // Before the access token expires, oidc-client-ts redeems the refresh token (grant_type=refresh_token);
    // Gatehouse answers with a new one each time (rotation) and the old one is spent.
    automaticSilentRenew: true,
    revokeTokensOnSignout: true,
  });
  manager.events.addUserLoaded((user) => {
    show(manager, config, user).catch(fail);
  });
  manager.events.addSilentRenewError(fail);

  $("sign-in").onclick = () => manager.signinRedirect().catch(fail);
  $("sign-out").onclick = () => manager.signoutRedirect().catch(fail);
  $("refresh").onclick = async () => {
    try {
      refreshes++;
      await manager.signinSilent(); // the refresh token grant: no page, no iframe
    } catch (e) {
      refreshes--;
      fail(e);
    }
  };

  const params = new URLSearchParams(location.search);
  if (params.has("state") && (params.has("code") || params.has("error"))) {
    try {
      await manager.signinRedirectCallback(); // checks state, redeems the code with the PKCE verifier
    } finally {
      history.replaceState(null, "", "/"); // the code is spent: keep it out of the address bar
    }
    return; // userLoaded shows the user
  }
  const user = await manager.getUser();
  if (user && !user.expired) {
    await show(manager, config, user);
  } else {
    $("status").textContent = "Signed out.";
    $("sign-in").hidden = false;
  }
}

main().catch(fail);
