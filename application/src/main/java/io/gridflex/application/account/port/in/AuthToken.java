package io.gridflex.application.account.port.in;

import io.gridflex.domain.account.UserId;
import java.time.Instant;

public record AuthToken(String token, UserId userId, Instant expiresAt) {
}
