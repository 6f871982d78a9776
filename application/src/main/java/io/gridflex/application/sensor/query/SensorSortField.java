package io.gridflex.application.sensor.query;

/** What a sensor listing may be ordered by (FlexMeasures' {@code sort_by} of an asset's sensors); ties go by id. */
public enum SensorSortField {
    ID("id"), NAME("name"), RESOLUTION("resolution");

    private final String fieldName;

    SensorSortField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The name a request gives it. */
    public String fieldName() {
        return fieldName;
    }
}
