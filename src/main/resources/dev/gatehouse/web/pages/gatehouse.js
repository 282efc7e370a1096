// The passkey buttons of the hosted pages (WebAuthn Level 3 §5.1.4 navigator.credentials.get).
// Progressive enhancement: a passkey form stays hidden unless this script runs in a browser with
// WebAuthn. On submit it fetches the request options from its data-options URL (same origin), asks
// the authenticator, puts the answer (PublicKeyCredential JSON, base64url) into the form's hidden
// fields and posts the form as usual: the server signs the browser in from that POST.
// A form with data-create does the same for a new passkey (§5.1.3 navigator.credentials.create): the
// account page registers the answer from its POST.
(function () {
  'use strict';
  if (!window.PublicKeyCredential || !navigator.credentials || !window.fetch) return;

  function toBuffer(s) {
    var b = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4));
    var a = new Uint8Array(b.length);
    for (var i = 0; i < b.length; i++) a[i] = b.charCodeAt(i);
    return a.buffer;
  }

  function toBase64url(buffer) {
    var a = new Uint8Array(buffer), s = '';
    for (var i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function requestOptions(o) {
    var pk = {challenge: toBuffer(o.challenge), rpId: o.rpId, timeout: o.timeout, userVerification: o.userVerification};
    if (o.allowCredentials) {
      pk.allowCredentials = o.allowCredentials.map(function (c) {
        return {type: c.type, id: toBuffer(c.id), transports: c.transports};
      });
    }
    return pk;
  }

  function credentialJson(c) {
    var r = c.response;
    return {
      id: c.id, rawId: toBase64url(c.rawId), type: c.type, authenticatorAttachment: c.authenticatorAttachment || null,
      clientExtensionResults: c.getClientExtensionResults ? c.getClientExtensionResults() : {},
      response: {
        clientDataJSON: toBase64url(r.clientDataJSON), authenticatorData: toBase64url(r.authenticatorData),
        signature: toBase64url(r.signature), userHandle: r.userHandle ? toBase64url(r.userHandle) : null
      }
    };
  }

  function fail(form, message) {
    var p = form.querySelector('.passkey-error');
    if (p) { p.textContent = message; p.hidden = false; }
  }

  // The form's request options (same origin). The page-side options take the form's CSRF token; the
  // JSON API's take an empty body.
  function fetchOptions(form, signal) {
    var init = {method: 'POST', credentials: 'same-origin', signal: signal};
    if (form.dataset.send === 'csrf') {
      init.body = new URLSearchParams({csrf: form.elements.csrf.value});
    }
    return fetch(form.dataset.options, init).then(function (r) {
      if (!r.ok) throw new Error('options ' + r.status);
      return r.json();
    });
  }

  // One ceremony: its own options (and challenge_id), the authenticator's answer, the form posted with
  // the challenge_id of the options that answer belongs to.
  function ceremony(form, mediation, signal) {
    return fetchOptions(form, signal).then(function (o) {
      var request = {publicKey: requestOptions(o)};
      if (mediation) { request.mediation = mediation; request.signal = signal; }
      return navigator.credentials.get(request).then(function (c) {
        if (!c) throw new Error('no credential');
        if (form.elements.challenge_id) form.elements.challenge_id.value = o.challenge_id || '';
        form.elements.credential.value = JSON.stringify(credentialJson(c));
        form.submit();
      });
    });
  }

  // Conditional mediation (WebAuthn Level 3 §5.1.4, "passkey autofill"): on a form marked
  // data-conditional the browser offers the user's passkeys in the autofill of the input whose
  // autocomplete has "webauthn". Its options are asked for here, by the script, so a page view without
  // JavaScript (or a crawler's) stores no challenge. A browser allows one pending get(): the button
  // aborts this request and waits until it has ended before it starts its own. Its failures (the user
  // looks away, AbortError, NotAllowedError, a throttled options request) say nothing: the page's other
  // ways to sign in are all still there.
  function conditional(form) {
    var state = {controller: null, pending: Promise.resolve()};
    state.start = function () {
      if (!window.AbortController || !PublicKeyCredential.isConditionalMediationAvailable) return;
      PublicKeyCredential.isConditionalMediationAvailable().then(function (available) {
        if (!available || state.controller) return;
        var controller = new AbortController();
        state.controller = controller;
        state.pending = ceremony(form, 'conditional', controller.signal).catch(function () {
        }).then(function () {
          if (state.controller === controller) state.controller = null;
        });
      }).catch(function () {});
    };
    state.stop = function () {
      if (state.controller) state.controller.abort();
      return state.pending;
    };
    return state;
  }

  function creationOptions(o) {
    return {
      rp: o.rp, challenge: toBuffer(o.challenge), pubKeyCredParams: o.pubKeyCredParams, timeout: o.timeout,
      user: {id: toBuffer(o.user.id), name: o.user.name, displayName: o.user.displayName},
      excludeCredentials: (o.excludeCredentials || []).map(function (c) {
        return {type: c.type, id: toBuffer(c.id), transports: c.transports};
      }),
      authenticatorSelection: o.authenticatorSelection, attestation: o.attestation, extensions: o.extensions
    };
  }

  function registrationJson(c) {
    var r = c.response;
    return {
      id: c.id, rawId: toBase64url(c.rawId), type: c.type, authenticatorAttachment: c.authenticatorAttachment || null,
      clientExtensionResults: c.getClientExtensionResults ? c.getClientExtensionResults() : {},
      response: {
        clientDataJSON: toBase64url(r.clientDataJSON), attestationObject: toBase64url(r.attestationObject),
        transports: r.getTransports ? r.getTransports() : []
      }
    };
  }

  // A new passkey. Options refused with 403 (the sign-in is too old to add a factor): the form is posted
  // without a credential, and the server sends the browser through the sign-in again.
  document.querySelectorAll('form[data-create]').forEach(function (form) {
    form.hidden = false;
    document.querySelectorAll('.passkey-unsupported').forEach(function (p) { p.hidden = true; });
    form.addEventListener('submit', function (event) {
      if (form.elements.credential.value) return;
      event.preventDefault();
      fetch(form.dataset.create, {
        method: 'POST', credentials: 'same-origin', body: new URLSearchParams({csrf: form.elements.csrf.value})
      }).then(function (r) {
        if (r.status === 403) { form.submit(); return null; }
        if (!r.ok) throw new Error('options ' + r.status);
        return r.json().then(function (o) {
          return navigator.credentials.create({publicKey: creationOptions(o)}).then(function (c) {
            if (!c) throw new Error('no credential');
            form.elements.credential.value = JSON.stringify(registrationJson(c));
            form.submit();
          });
        });
      }).catch(function () {
        fail(form, form.dataset.error || 'The passkey could not be created.');
      });
    });
  });

  document.querySelectorAll('form[data-options]').forEach(function (form) {
    form.hidden = false;
    var auto = form.hasAttribute('data-conditional') ? conditional(form) : null;
    if (auto) auto.start();
    form.addEventListener('submit', function (event) {
      if (form.elements.credential.value) return;
      event.preventDefault();
      (auto ? auto.stop() : Promise.resolve()).then(function () {
        return ceremony(form, null, undefined);
      }).catch(function () {
        fail(form, 'The passkey could not be used. Try again, or use another way to sign in.');
        if (auto) auto.start();
      });
    });
  });
})();
