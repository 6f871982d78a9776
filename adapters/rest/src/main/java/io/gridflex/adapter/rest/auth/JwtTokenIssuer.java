package io.gridflex.adapter.rest.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.gridflex.application.account.port.out.TokenClaims;
import io.gridflex.application.account.port.out.TokenIssuer;
import io.gridflex.domain.account.UserId;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * HMAC-SHA256 signed JWTs (Nimbus, as micronaut-security-jwt ships it). Stateless: every server
 * instance that shares the secret accepts every other's tokens; revocation happens through the
 * user's token stamp, which the application checks on each request.
 */
@Singleton
public class JwtTokenIssuer implements TokenIssuer {

    static final String STAMP_CLAIM = "stamp";
    private static final int MIN_SECRET_BYTES = 32;

    private final byte[] secret;

    public JwtTokenIssuer(@Value("${gridflex.auth.token-secret}") String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("gridflex.auth.token-secret must have at least 256 bits (32 bytes)");
        }
        this.secret = bytes;
    }

    @Override
    public String issue(TokenClaims claims) {
        JWTClaimsSet set = new JWTClaimsSet.Builder()
                .subject(Long.toString(claims.userId().value()))
                .claim(STAMP_CLAIM, claims.tokenStamp())
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), set);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
        return jwt.serialize();
    }

    @Override
    public Optional<TokenClaims> verify(String token, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            // Only our own algorithm: a token that names another (or "none") is refused outright.
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date issued = claims.getIssueTime();
            Date expires = claims.getExpirationTime();
            String stamp = claims.getStringClaim(STAMP_CLAIM);
            if (issued == null || expires == null || stamp == null || claims.getSubject() == null
                    || !now.isBefore(expires.toInstant())) {
                return Optional.empty();
            }
            return Optional.of(new TokenClaims(UserId.of(Long.parseLong(claims.getSubject())), stamp,
                    issued.toInstant(), expires.toInstant()));
        } catch (ParseException | JOSEException | IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
