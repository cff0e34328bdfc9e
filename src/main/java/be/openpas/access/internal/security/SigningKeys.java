package be.openpas.access.internal.security;

import be.openpas.access.internal.persistence.SigningKeyStore;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key pair that signs access tokens. It is generated on the first start and stored in the database (never
 * in the repository), so tokens survive a restart and every instance behind a load balancer signs and verifies
 * with the same key. If two instances start at once and both generate one, both keys verify and the oldest signs.
 */
class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final JWKSet signing;
    private final JWKSet verification;

    SigningKeys(SigningKeyStore store) {
        List<RSAKey> keys = load(store);
        if (keys.isEmpty()) {
            RSAKey generated = generate();
            store.add(generated.getKeyID(), generated.toPublicJWK().toJSONString(), generated.toJSONString());
            log.info("Generated a new token signing key {}", generated.getKeyID());
            keys = load(store);
        }
        this.signing = new JWKSet(keys.getFirst());
        this.verification = new JWKSet(keys.stream()
                .map(key -> (com.nimbusds.jose.jwk.JWK) key.toPublicJWK())
                .toList());
    }

    /** The one key that signs new tokens. */
    JWKSet signing() {
        return signing;
    }

    /** The public keys that verify tokens (also published at {@code /oauth2/jwks}). */
    JWKSet verification() {
        return verification;
    }

    private static List<RSAKey> load(SigningKeyStore store) {
        return store.all().stream().map(SigningKeys::parse).toList();
    }

    private static RSAKey parse(SigningKeyStore.StoredKey stored) {
        try {
            return RSAKey.parse(stored.privateJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("Stored signing key " + stored.keyId() + " cannot be read", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }
}
