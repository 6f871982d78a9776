package io.gridflex.adapter.rest.error;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which API a controller serves, and so in which shape its errors are told. Every controller
 * carries one; {@link ApiErrorRouting} reads it from the controller that handled a request.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Api {

    Name value();

    enum Name {
        FLEXMEASURES,
        /** FlexMeasures' legacy message API, v1 and v1.1. */
        FLEXMEASURES_V1,
        REGISTRY
    }
}
