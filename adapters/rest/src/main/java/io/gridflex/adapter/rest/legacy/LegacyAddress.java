package io.gridflex.adapter.rest.legacy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entity address as legacy gateways write them ({@code ea1.<YYYY-MM>.<reversed domain>:…}):
 * a connection ({@code [<scheme>.][<owner id>:]<id>}, the id being gridflex's sensor id), a market
 * by name ({@code epex_da}) or a weather sensor by type and place ({@code temperature:<lat>:<lng>}).
 * The naming authority is not checked against this server's, as FlexMeasures did not.
 */
sealed interface LegacyAddress {

    Pattern EA1 = Pattern.compile("^ea1\\.(\\d{4})-(\\d{2})\\.([^:\\s]+):(.+)$");
    Pattern SCHEME = Pattern.compile("^[A-Za-z]+\\d*\\.(?=[^:]*$|\\d+:\\d+$)");
    Pattern CONNECTION = Pattern.compile("^(?:(\\d{1,18}):)?(\\d{1,18})$");
    Pattern WEATHER = Pattern.compile("^([A-Za-z][\\w ]*):(-?\\d+(?:\\.\\d+)?):(-?\\d+(?:\\.\\d+)?)$");
    Pattern MARKET = Pattern.compile("^([A-Za-z]\\w*)$");

    /** The written address, for messages and answers. */
    String text();

    record Connection(String text, Optional<Long> owner, long id) implements LegacyAddress {
    }

    record Market(String text, String name) implements LegacyAddress {
    }

    record WeatherSensor(String text, String type, double latitude, double longitude) implements LegacyAddress {
    }

    static LegacyAddress parse(String address) {
        String text = address.strip();
        Matcher ea = EA1.matcher(text);
        if (!ea.matches()) {
            throw LegacyStatus.INVALID_DOMAIN.refused("A valid type 1 USEF entity address starts with 'ea1.<YYYY-MM>.', "
                    + "please review '" + address + "'.");
        }
        int month = Integer.parseInt(ea.group(2));
        if (month < 1 || month > 12) {
            throw LegacyStatus.INVALID_DOMAIN.refused("'" + address + "' names a month that does not exist.");
        }
        String local = SCHEME.matcher(ea.group(4)).replaceFirst("");
        Matcher connection = CONNECTION.matcher(local);
        if (connection.matches()) {
            return new Connection(text, Optional.ofNullable(connection.group(1)).map(Long::parseLong), Long.parseLong(connection.group(2)));
        }
        Matcher weather = WEATHER.matcher(local);
        if (weather.matches()) {
            double latitude = Double.parseDouble(weather.group(2));
            double longitude = Double.parseDouble(weather.group(3));
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                throw LegacyStatus.INVALID_DOMAIN.refused("'" + address + "' names a place that does not exist.");
            }
            return new WeatherSensor(text, weather.group(1).strip(), latitude, longitude);
        }
        Matcher market = MARKET.matcher(local);
        if (market.matches()) {
            return new Market(text, market.group(1));
        }
        throw LegacyStatus.INVALID_DOMAIN.refused("'" + address + "' is no connection, market or weather sensor address.");
    }
}
