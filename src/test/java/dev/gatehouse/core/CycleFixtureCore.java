package dev.gatehouse.core;

import dev.gatehouse.config.CycleFixtureConfig;

/** Half of a deliberate package cycle (core and config), for ArchitectureTest to show its cycle rule can fail. */
public final class CycleFixtureCore {
    CycleFixtureConfig other;
}
