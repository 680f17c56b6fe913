package org.borderwatch.export;

import java.time.Instant;

/**
 * What an export turned out to be beyond its request: the title and subtitle shown (defaults
 * filled in), how many events it shows, when and by which version it was made.
 */
record ExportFacts(String title, String subtitle, int eventsShown, Instant exportedAt, String appVersion) {}
