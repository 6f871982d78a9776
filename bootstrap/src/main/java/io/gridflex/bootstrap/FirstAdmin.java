package io.gridflex.bootstrap;

import io.gridflex.application.account.port.in.EnsureFirstAdminUseCase;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start (no user at all) creates the admin named by GRIDFLEX_ADMIN_EMAIL and
 * GRIDFLEX_ADMIN_PASSWORD. Without them it creates admin@gridflex.local with a random password
 * and logs that password once, so a fresh server is never left without a way in.
 */
@Singleton
public class FirstAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    static final String DEFAULT_EMAIL = "admin@gridflex.local";

    private final EnsureFirstAdminUseCase ensureFirstAdmin;
    private final DemoData demoData;
    private final Optional<String> email;
    private final Optional<String> password;

    public FirstAdmin(EnsureFirstAdminUseCase ensureFirstAdmin, DemoData demoData,
                      @Value("${gridflex.admin.email:}") String email,
                      @Value("${gridflex.admin.password:}") String password) {
        this.ensureFirstAdmin = ensureFirstAdmin;
        this.demoData = demoData;
        this.email = Optional.of(email).filter(e -> !e.isBlank());
        this.password = Optional.of(password).filter(p -> !p.isBlank());
    }

    @EventListener
    void onStartup(StartupEvent event) {
        String adminEmail = email.orElse(DEFAULT_EMAIL);
        String adminPassword = password.orElseGet(FirstAdmin::randomPassword);
        ensureFirstAdmin.ensureFirstAdmin(adminEmail, adminPassword).ifPresent(admin -> {
            if (password.isPresent()) {
                LOG.info("Created the first admin user {} (id {}).", admin.email(), admin.id());
            } else {
                LOG.warn("Created the first admin user {} with the random password {} — change it, or set "
                        + "GRIDFLEX_ADMIN_EMAIL and GRIDFLEX_ADMIN_PASSWORD before the first start.", admin.email(), adminPassword);
            }
            demoData.seed(admin);
        });
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
