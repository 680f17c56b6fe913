package org.borderwatch.export;

import java.time.Instant;

/** The descriptive metadata every format carries, and the parameters as JSON for a redo. */
record DocumentInfo(String title, String subtitle, String software, Instant created, String parametersJson) {}
