package io.modelintake.approval.ui;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF tokens bound to a login session: an HMAC of the session's key (the username and Keycloak's session id).
 * Another site can make the browser post a form with the session cookie, but it cannot read a page to learn the
 * token; tokens need no server-side state, so every replica checks them alike. (quarkus-rest-csrf does not
 * resolve at Quarkus 3.34.1.)
 */
public final class FormTokens {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public FormTokens(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the form token secret needs at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String tokenFor(String sessionKey) {
        Objects.requireNonNull(sessionKey, "sessionKey");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(sessionKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }

    /** Compares in constant time, so the token cannot be guessed byte by byte. */
    public boolean matches(String sessionKey, String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(sessionKey).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
