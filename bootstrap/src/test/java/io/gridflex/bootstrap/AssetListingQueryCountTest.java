package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A listing costs the same number of SQL statements whatever the page size and however many assets exist. */
class AssetListingQueryCountTest extends ApiTest {

    private String admin;

    @Override
    protected Map<String, Object> properties() {
        // no scheduling workers: their polling of the job queue would be counted too
        return Map.of("datasources.default.driver-class-name", StatementCounter.class.getName(),
                "gridflex.scheduling.workers", 0);
    }

    @Override
    protected String databaseUrl(String url) {
        return StatementCounter.counting(url);
    }

    @BeforeAll
    void manyAssets() {
        admin = adminToken();
        for (int i = 0; i < 120; i++) {
            post("/api/v3_0/assets", "{\"name\": \"solar " + i + "\", \"generic_asset_type_id\": 2, \"account_id\": 1}", admin);
        }
    }

    private long statementsFor(String path) {
        get(path, admin); // warm: the first call also loads the user behind the token
        long before = StatementCounter.STATEMENTS.get();
        Answer answer = get(path, admin);
        assertThat(answer.status()).isEqualTo(200);
        return StatementCounter.STATEMENTS.get() - before;
    }

    @Test
    void listing_assets_does_not_grow_with_the_page_size() {
        long small = statementsFor("/api/v3_0/assets?page=1&per_page=5&filter=solar");
        long large = statementsFor("/api/v3_0/assets?page=1&per_page=100&filter=solar");
        long all = statementsFor("/api/v3_0/assets");

        assertThat(small).isPositive();
        assertThat(large).isEqualTo(small);
        assertThat(all).isEqualTo(small);
    }

    @Test
    void listing_sensors_does_not_grow_with_the_page_size() {
        long small = statementsFor("/api/v3_0/sensors?page=1&per_page=5");
        long large = statementsFor("/api/v3_0/sensors?page=1&per_page=100");

        assertThat(small).isPositive();
        assertThat(large).isEqualTo(small);
    }
}
