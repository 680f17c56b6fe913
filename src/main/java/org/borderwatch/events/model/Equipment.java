package org.borderwatch.events.model;

/** Equipment of a deployment: a type ("main battle tank"), optionally a model and a count (null when unknown). */
public record Equipment(String type, String model, Integer count) {
    public Equipment {
        if (type == null || type.isBlank()) throw new IllegalArgumentException("equipment type is required");
    }
}
