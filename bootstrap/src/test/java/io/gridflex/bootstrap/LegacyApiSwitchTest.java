package io.gridflex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the legacy API switched off, every legacy route is gone (410), as FlexMeasures' are since it sunset them. */
class LegacyApiSwitchTest extends ApiTest {

    @Override
    protected Map<String, Object> properties() {
        return Map.of("gridflex.legacy-api", false);
    }

    @Test
    void every_legacy_route_answers_gone_whoever_asks() {
        for (String path : List.of("/api/v1_1/getService", "/api/v1_1/getConnection", "/api/v1/getMeterData", "/api/v1_1/nothing-here")) {
            Answer answer = get(path, null);
            assertThat(answer.status()).as(path).isEqualTo(410);
            assertThat(answer.map()).containsEntry("status", 410);
            assertThat((String) answer.get("message")).contains("has been sunset. Please upgrade to API version 3.0");
        }
        Answer posted = post("/api/v1_1/postMeterData", "{\"type\": \"PostMeterDataRequest\"}", adminToken());
        assertThat(posted.status()).isEqualTo(410);
        assertThat((String) posted.get("message")).startsWith("API version 1.1 has been sunset");
    }

    @Test
    void the_version_listing_names_only_v3() {
        assertThat(get("/api/", null).get("versions")).isEqualTo(List.of("v3_0"));
        assertThat(get("/api/v3_0", null).status()).isEqualTo(200);
    }
}
