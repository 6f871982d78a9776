package io.gridflex.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret kept in a file of the data folder, readable by its owner only (600). It is
 * written whole or not at all, and synced before it is used: a secret lost in a power cut after
 * the database took it (its password) would lock gridflex out of its own data.
 */
final class SecretFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFile() {
    }

    /** The secret in the file, made (48 random bytes, URL-safe Base64: no quoting needed anywhere) if absent. */
    static String kept(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            String secret = random();
            Path temporary = folder.resolve("." + file.getFileName() + ".new");
            Files.deleteIfExists(temporary);
            createOwnerOnly(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(secret.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(folder);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep a secret in " + file, e);
        }
    }

    static String random() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            // created 600, so that the secret is never readable by others, not even for a moment
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file); // Windows: the folder's own permissions apply
        }
    }

    /** Makes the new name durable too (Linux); elsewhere opening a folder may fail, and the rename is left to the OS. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // best effort
        }
    }
}
