package io.gridflex.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token signing secret when none is configured. With the embedded database it is generated
 * once and kept beside the data, so tokens survive a restart; with an external database it lives
 * only as long as the process, because several instances must share one configured secret.
 */
final class TokenSecret {

    private static final Logger LOG = LoggerFactory.getLogger(TokenSecret.class);

    private TokenSecret() {
    }

    static String kept(Path dataDir, boolean keepInDataDir) {
        if (!keepInDataDir) {
            LOG.warn("GRIDFLEX_AUTH_TOKEN_SECRET is not set: tokens will not survive a restart, and instances "
                    + "will not accept each other's tokens. Set it (at least 32 characters) in production.");
            return random();
        }
        Path file = dataDir.resolve("token-secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(dataDir);
            String secret = random();
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the token secret in " + file, e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
