package org.borderwatch.events.model;

/** Where an event happened, in words; any part may be null when the reports do not say. */
public record Place(String place, String municipality, String country) {}
