package io.gridflex.application.account.service;

import java.security.SecureRandom;
import java.util.Base64;

/** Random, unguessable strings for token stamps and reset passwords. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String randomToken(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    static String newTokenStamp() {
        return randomToken(24);
    }
}
