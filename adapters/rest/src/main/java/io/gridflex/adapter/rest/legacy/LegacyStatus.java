package io.gridflex.adapter.rest.legacy;

import io.gridflex.domain.failure.Reason;
import io.gridflex.domain.failure.RefusedException;
import io.micronaut.http.HttpStatus;

/**
 * The statuses of FlexMeasures' legacy message API (v1, v1.1) that gridflex answers, each with its
 * HTTP code and FlexMeasures' message (a detail may follow it). What the message parser finds wrong
 * is refused with one of these as the reason; {@link LegacyApiErrors} writes them.
 */
enum LegacyStatus implements Reason {
    NO_MESSAGE_TYPE(HttpStatus.BAD_REQUEST, "Request message should include 'type'."),
    INVALID_MESSAGE_TYPE(HttpStatus.BAD_REQUEST, "Request message should specify type"),
    INVALID_UNIT(HttpStatus.BAD_REQUEST, "Data should be given a unit."),
    INVALID_DOMAIN(HttpStatus.BAD_REQUEST, "Connections, sensors and markets should be identified using the EA1 addressing "
            + "scheme recommended by USEF. For example: 'ea1.2018-06.io.flexmeasures:<owner_id>:<asset_id>' "
            + "'ea1.2018-06.io.flexmeasures:temperature:<latitude>:<longitude>' 'ea1.2018-06.io.flexmeasures:<market_name>'"),
    UNRECOGNIZED_CONNECTION_GROUP(HttpStatus.BAD_REQUEST,
            "One or more connections in your request were not found in your account."),
    UNRECOGNIZED_ASSET(HttpStatus.BAD_REQUEST, "Cannot identify asset."),
    UNRECOGNIZED_MARKET(HttpStatus.BAD_REQUEST, "The requested market is not known."),
    UNRECOGNIZED_SENSOR(HttpStatus.BAD_REQUEST, "No sensor is known at this location."),
    PTUS_INCOMPLETE(HttpStatus.BAD_REQUEST, "Missing values."),
    INVALID_HORIZON(HttpStatus.BAD_REQUEST, "The horizon field in your request could not be parsed."),
    INVALID_PERIOD(HttpStatus.BAD_REQUEST, "A time period in your request doesn't seem right."),
    INVALID_TIMEZONE(HttpStatus.BAD_REQUEST, "Start time should explicitly state a timezone."),
    INVALID_RESOLUTION(HttpStatus.BAD_REQUEST, "Only the following resolutions in the data are supported:"),
    INVALID_SOURCE(HttpStatus.BAD_REQUEST, "The data source is not found:"),
    INVALID_ROLE(HttpStatus.BAD_REQUEST, "No known services for specified role"),
    REQUIRED_INFO_MISSING(HttpStatus.BAD_REQUEST, "Missing fields:"),
    POWER_VALUE_TOO_SMALL(HttpStatus.BAD_REQUEST, "One or more power values are too small."),
    POWER_VALUE_TOO_BIG(HttpStatus.BAD_REQUEST, "One or more power values are too big."),
    INVALID_METHOD(HttpStatus.METHOD_NOT_ALLOWED, "Request method not supported."),
    INVALID_SENDER(HttpStatus.FORBIDDEN, "You cannot be authorized for this content or functionality."),
    UNPROCESSABLE_ENTITY(HttpStatus.UNPROCESSABLE_ENTITY, "A field of the request cannot be processed.");

    private final HttpStatus http;
    private final String message;

    LegacyStatus(HttpStatus http, String message) {
        this.http = http;
        this.message = message;
    }

    HttpStatus http() {
        return http;
    }

    /** FlexMeasures' message for this status. */
    String message() {
        return message;
    }

    /** A refusal with FlexMeasures' message. */
    RefusedException refused() {
        return new RefusedException(this, message);
    }

    /** A refusal with a message of its own in place of FlexMeasures' general one. */
    RefusedException refusedWith(String message) {
        return new RefusedException(this, message);
    }

    /** A refusal with FlexMeasures' message followed by what in the request is at fault. */
    RefusedException refused(String detail) {
        return new RefusedException(this, message + " " + detail);
    }
}
