package io.gridflex.bootstrap;

import java.nio.file.Path;
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
            return SecretFile.random();
        }
        return SecretFile.kept(dataDir.resolve("token-secret"));
    }
}
