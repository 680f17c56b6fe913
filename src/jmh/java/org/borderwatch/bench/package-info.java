/**
 * Benchmarks (JMH and bench mains), built only with {@code -Pbench}; results go in docs/benchmarks.md
 * beside the reference tools' figures from the same run.
 */
package org.borderwatch.bench;
