package io.gridflex.adapter.rest.flexmeasures;

import java.util.List;
import java.util.Map;

/** What GET /api/v3_0 lists: every endpoint this server serves of the v3 API, with its access. */
final class ServiceListing {

    private ServiceListing() {
    }

    static final List<Map<String, String>> SERVICES = List.of(
            service("GET /api/", "public", "List available API versions"),
            service("POST /api/requestAuthToken", "public", "Obtain an authentication token"),
            service("GET /api/v3_0", "public", "Obtain a service listing for this version"),
            service("GET /api/v3_0/health/ready", "public", "Get readiness status"),
            service("GET /api/v3_0/users", "authenticated", "Download user list"),
            service("POST /api/v3_0/users", "admin, account-admin", "Create a user"),
            service("GET /api/v3_0/users/(id)", "authenticated", "Get a user"),
            service("PATCH /api/v3_0/users/(id)", "authenticated", "Patch data for an existing user"),
            service("PATCH /api/v3_0/users/(id)/password-reset", "authenticated", "Password reset"),
            service("GET /api/v3_0/users/(id)/auditlog", "authenticated", "Get audit log"),
            service("GET /api/v3_0/accounts", "authenticated", "Download account list"),
            service("POST /api/v3_0/accounts", "admin, consultant", "Create an account"),
            service("GET /api/v3_0/accounts/(id)", "authenticated", "Get an account"),
            service("GET /api/v3_0/accounts/(id)/auditlog", "account-admin, consultant", "Get audit log"),
            service("PATCH /api/v3_0/accounts/(id)", "authenticated", "Update an account"),
            service("GET /api/v3_0/assets", "authenticated", "Download asset list"),
            service("POST /api/v3_0/assets", "authenticated", "Create a new asset"),
            service("GET /api/v3_0/assets/public", "authenticated", "Return all public assets."),
            service("GET /api/v3_0/assets/types", "authenticated", "List the asset types"),
            service("POST /api/v3_0/assets/types", "admin", "Add an asset type"),
            service("POST /api/v3_0/assets/default_asset_view", "authenticated", "Update the default asset view"),
            service("GET /api/v3_0/assets/(id)", "authenticated", "Get an asset"),
            service("PATCH /api/v3_0/assets/(id)", "authenticated", "Update an asset"),
            service("DELETE /api/v3_0/assets/(id)", "authenticated", "Delete an asset"),
            service("GET /api/v3_0/assets/(id)/sensors", "authenticated", "Return all sensors under an asset."),
            service("GET /api/v3_0/assets/(id)/auditlog", "authenticated", "Get audit log"),
            service("GET /api/v3_0/sensors", "authenticated", "Get list of sensors"),
            service("POST /api/v3_0/sensors", "authenticated", "Create a new Sensor"),
            service("GET /api/v3_0/sensors/(id)", "authenticated", "Get a sensor"),
            service("PATCH /api/v3_0/sensors/(id)", "admin", "Update a sensor"),
            service("DELETE /api/v3_0/sensors/(id)", "authenticated", "Delete a sensor"));

    private static Map<String, String> service(String endpoint, String access, String description) {
        return Map.of("endpoint", endpoint, "access", access, "description", description);
    }
}
