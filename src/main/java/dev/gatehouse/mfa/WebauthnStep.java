package dev.gatehouse.mfa;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code webauthn} method of {@code POST /api/v1/login/mfa}, implemented by the passkey package:
 * checks an assertion ({@code PublicKeyCredential.toJSON()}) against the challenge it issued for this
 * user at {@code /api/v1/login/mfa/webauthn/options}. {@link #NONE} refuses every assertion and has no options.
 */
public interface WebauthnStep {
    WebauthnStep NONE = new WebauthnStep() {
        @Override
        public Optional<List<String>> verify(String userId, Map<String, Object> credential) {
            return Optional.empty();
        }

        @Override
        public Map<String, Object> options(String userId) {
            throw new DomainException(ErrorCode.NOT_FOUND);
        }
    };

    /** The RFC 8176 methods the assertion proves ({@code hwk} or {@code swk}), or empty when it is not valid for this user. */
    Optional<List<String>> verify(String userId, Map<String, Object> credential);

    /** {@code PublicKeyCredentialRequestOptionsJSON} for the user's passkeys, its challenge bound to the user. */
    Map<String, Object> options(String userId);
}
