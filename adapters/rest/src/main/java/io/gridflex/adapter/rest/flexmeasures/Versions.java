package io.gridflex.adapter.rest.flexmeasures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions the FlexMeasures API reports: the FlexMeasures release whose v3 API gridflex follows
 * (docs/api-flexmeasures-v3.md says why this one), the API version, and gridflex's own version, which
 * the build writes into {@code gridflex-version.properties} (the Maven project version).
 */
public final class Versions {

    /** The FlexMeasures release whose v3 behaviour gridflex matches (its docs are seed 001). */
    public static final String FLEXMEASURES_RELEASE = "0.29.1";

    /** The API version of /api/v3_0. */
    public static final String API_VERSION = "3.0";

    public static final String FLEXMEASURES_VERSION_HEADER = "FlexMeasures-Version";
    public static final String API_VERSION_HEADER = "API-Version";
    public static final String GRIDFLEX_VERSION_HEADER = "X-Gridflex-Version";

    private static final String GRIDFLEX = load();

    private Versions() {
    }

    /** gridflex's version, as Maven built it (e.g. 0.1.0-SNAPSHOT). */
    public static String gridflex() {
        return GRIDFLEX;
    }

    private static String load() {
        try (InputStream in = Versions.class.getResourceAsStream("gridflex-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("gridflex-version.properties is missing from the REST adapter's jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("gridflex.version", "").strip();
            if (version.isEmpty() || version.startsWith("${")) {
                throw new IllegalStateException("gridflex-version.properties was not filtered by the build: " + version);
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
