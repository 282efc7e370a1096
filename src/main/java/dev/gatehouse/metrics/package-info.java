/**
 * The server's own recent history for the admin console's dashboard: a {@link dev.gatehouse.metrics.Sampler}
 * reads this node's counters every few seconds and keeps per-minute and per-quarter-hour values in
 * fixed-size rings ({@link dev.gatehouse.metrics.History}). Nothing here is shared between nodes.
 */
package dev.gatehouse.metrics;
