package io.gridflex.domain.sensor;

import io.gridflex.domain.failure.InvalidValueException;
import io.gridflex.domain.invariant.Require;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sensor's USEF entity address, {@code ea1.<YYYY-MM>.<reversed domain>:fm1.<sensor id>}, as
 * FlexMeasures clients name sensors in the sensor-data endpoints.
 */
public record EntityAddress(NamingAuthority authority, SensorId sensorId) {

    private static final Pattern FM1 = Pattern.compile("^ea1\\.(\\d{4}-\\d{2})\\.([^:\\s]+):fm1\\.(\\d+)$");

    public EntityAddress {
        Require.present("entity_address", authority);
        Require.present("entity_address", sensorId);
    }

    /**
     * Who names the sensors: a registration month and a domain, written reversed
     * ({@code flexmeasures.io} → {@code io.flexmeasures}).
     */
    public record NamingAuthority(YearMonth since, String reversedDomain) {
        public NamingAuthority {
            Require.present("entity_address", since);
            reversedDomain = Require.text("entity_address", reversedDomain, 255);
        }

        /** From a host name such as {@code staging.flexmeasures.io}. */
        public static NamingAuthority of(YearMonth since, String domain) {
            String host = Require.text("entity_address", domain, 255);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String[] labels = host.split("\\.");
            StringBuilder reversed = new StringBuilder();
            for (int i = labels.length - 1; i >= 0; i--) {
                reversed.append(labels[i]);
                if (i > 0) {
                    reversed.append('.');
                }
            }
            return new NamingAuthority(since, reversed.toString());
        }
    }

    public String format() {
        return "ea1." + authority.since() + "." + authority.reversedDomain() + ":fm1." + sensorId.value();
    }

    public static EntityAddress parse(String address) {
        Require.present("sensor", address);
        Matcher m = FM1.matcher(address.strip());
        if (!m.matches()) {
            throw new InvalidValueException("sensor", "'" + address + "' is not an entity address of the form "
                    + "ea1.<YYYY-MM>.<reversed domain>:fm1.<sensor id>.");
        }
        try {
            YearMonth since = YearMonth.parse(m.group(1));
            return new EntityAddress(new NamingAuthority(since, m.group(2)), SensorId.of(Long.parseLong(m.group(3))));
        } catch (DateTimeParseException | NumberFormatException | InvalidValueException e) {
            throw new InvalidValueException("sensor", "'" + address + "' has an invalid date or sensor id.");
        }
    }

    @Override
    public String toString() {
        return format();
    }
}
