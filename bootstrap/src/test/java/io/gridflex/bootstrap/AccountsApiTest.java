package io.gridflex.bootstrap;

import static io.gridflex.bootstrap.PublicApiTest.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts can be made and changed through the API, as FlexMeasures users expect, under its policy. */
class AccountsApiTest extends ApiTest {

    private String admin;
    private long consultancy;

    @BeforeAll
    void consultancyWithConsultant() {
        admin = adminToken();
        consultancy = id(post("/api/v3_0/accounts", "{\"name\": \"Consult\", \"account_roles\": [\"Consultancy\"]}", admin));
        post("/api/v3_0/users", "{\"email\": \"carl@consult.org\", \"password\": \"carl-password\", \"account_id\": "
                + consultancy + ", \"flexmeasures_roles\": [\"consultant\"]}", admin);
    }

    @Test
    void admins_create_read_and_patch_accounts() {
        Answer created = post("/api/v3_0/accounts", "{\"name\": \"Solar Co\", \"consultancy_account_id\": " + consultancy + "}", admin);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.map()).containsEntry("name", "Solar Co").containsEntry("consultancy_account_id", (int) consultancy)
                .containsEntry("account_roles", List.of());
        Answer patched = patch("/api/v3_0/accounts/" + id(created), "{\"name\": \"Solar Company\", \"consultancy_account_id\": null}", admin);
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.map()).containsEntry("name", "Solar Company").containsEntry("consultancy_account_id", null);
        assertThat(get("/api/v3_0/accounts/" + id(created), admin).map()).containsEntry("name", "Solar Company");
        assertThat(get("/api/v3_0/accounts", admin).list()).extracting(a -> a.get("name")).contains("Solar Company", "Consult");
    }

    @Test
    void refuses_a_duplicate_name_with_409() {
        post("/api/v3_0/accounts", "{\"name\": \"Twin\"}", admin);

        Answer twin = post("/api/v3_0/accounts", "{\"name\": \"Twin\"}", admin);

        assertThat(twin.status()).isEqualTo(409);
        assertThat(twin.map()).containsEntry("result", "Rejected");
    }

    @Test
    void refuses_bad_account_fields() {
        Answer bad = post("/api/v3_0/accounts", "{\"name\": \"\", \"consultancy_account_id\": \"x\", \"account_roles\": [1]}", admin);
        Answer unknownConsultancy = post("/api/v3_0/accounts", "{\"name\": \"Orphan\", \"consultancy_account_id\": 99999}", admin);
        Answer tooLong = post("/api/v3_0/accounts", "{\"name\": \"" + "x".repeat(101) + "\"}", admin);

        assertThat(bad.status()).isEqualTo(422);
        assertThat(fieldErrors(bad)).containsKeys("consultancy_account_id", "account_roles");
        assertThat(unknownConsultancy.status()).isEqualTo(422);
        assertThat(fieldErrors(unknownConsultancy)).containsOnlyKeys("consultancy_account_id");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(get("/api/v3_0/accounts", admin).list()).extracting(a -> a.get("name")).doesNotContain("Orphan");
    }

    @Test
    void consultants_of_a_consultancy_create_client_accounts_and_see_them() {
        String carl = tokenFor("carl@consult.org", "carl-password");

        Answer client = post("/api/v3_0/accounts", "{\"name\": \"Client\", \"consultancy_account_id\": " + consultancy + "}", carl);
        // as FlexMeasures' AccountCreateSchema: without a consultancy, the consultant's own account becomes it
        Answer defaulted = post("/api/v3_0/accounts", "{\"name\": \"Second client\"}", carl);
        long elsewhere = id(post("/api/v3_0/accounts", "{\"name\": \"Elsewhere\"}", admin));
        Answer unrelated = post("/api/v3_0/accounts", "{\"name\": \"Unrelated\", \"consultancy_account_id\": " + elsewhere + "}", carl);

        assertThat(client.status()).isEqualTo(201);
        assertThat(defaulted.status()).as(defaulted.raw()).isEqualTo(201);
        assertThat(defaulted.map()).containsEntry("consultancy_account_id", (int) consultancy);
        assertThat(unrelated.status()).isEqualTo(403);
        assertThat(get("/api/v3_0/accounts", carl).list()).extracting(a -> a.get("name"))
                .containsExactly("Consult", "Client", "Second client");
        assertThat(get("/api/v3_0/accounts/" + id(client), carl).status()).isEqualTo(200);
    }

    @Test
    void members_see_and_rename_only_their_own_account() {
        long own = id(post("/api/v3_0/accounts", "{\"name\": \"Own\"}", admin));
        long foreign = id(post("/api/v3_0/accounts", "{\"name\": \"Foreign\"}", admin));
        post("/api/v3_0/users", "{\"email\": \"mia@own.org\", \"password\": \"mia-password\", \"account_id\": " + own + "}", admin);
        String mia = tokenFor("mia@own.org", "mia-password");

        assertThat(get("/api/v3_0/accounts", mia).list()).extracting(a -> a.get("name")).containsExactly("Own");
        assertThat(get("/api/v3_0/accounts/" + foreign, mia).status()).isEqualTo(403);
        assertThat(patch("/api/v3_0/accounts/" + own, "{\"name\": \"Own Energy\"}", mia).status()).isEqualTo(200);
        assertThat(patch("/api/v3_0/accounts/" + own, "{\"account_roles\": [\"Consultancy\"]}", mia).status()).isEqualTo(403);
        assertThat(patch("/api/v3_0/accounts/" + foreign, "{\"name\": \"Mine now\"}", mia).status()).isEqualTo(403);
        assertThat(post("/api/v3_0/accounts", "{\"name\": \"Mia's\"}", mia).status()).isEqualTo(403);
        assertThat(get("/api/v3_0/accounts/" + foreign, admin).map()).containsEntry("name", "Foreign");
    }
}
