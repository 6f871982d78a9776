package io.gridflex.adapter.rest.legacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The service listings of the legacy versions, with the USEF roles FlexMeasures listed for each service. */
final class LegacyServices {

    static final List<String> ROLES = List.of("Aggregator", "Supplier", "MDC", "DSO", "Prosumer", "ESCo");

    private static final List<String[]> V1 = List.of(
            new String[] {"getMeterData", "Request meter reading"},
            new String[] {"postMeterData", "Send meter reading"});

    private static final List<String[]> V1_1 = List.of(
            new String[] {"getConnection", "Request entity addresses of connections"},
            new String[] {"getMeterData", "Request meter reading"},
            new String[] {"postMeterData", "Send meter reading"},
            new String[] {"getPrognosis", "Request load planning"},
            new String[] {"postPrognosis", "Send prediction"},
            new String[] {"postPriceData", "Send prices"},
            new String[] {"postWeatherData", "Send weather forecasts or weather sensor observations"});

    private LegacyServices() {
    }

    /** The listing of version {@code 1.0} or {@code 1.1}, of the services a role may use (all, without a role). */
    static Map<String, Object> listing(String version, Optional<String> role) {
        if (role.isPresent() && !ROLES.contains(role.get())) {
            throw LegacyStatus.INVALID_ROLE.refusedWith("No known services for specified role " + role.get() + ".");
        }
        List<Map<String, Object>> services = new ArrayList<>();
        for (String[] service : "1.0".equals(version) ? V1 : V1_1) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", service[0]);
            entry.put("access", ROLES);
            entry.put("description", service[1]);
            services.add(entry);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", version);
        answer.put("services", services);
        answer.put("status", "PROCESSED");
        answer.put("message", "Request has been processed.");
        return answer;
    }
}
