package dev.gatehouse.config;

import dev.gatehouse.core.CycleFixtureCore;

/** The other half of the deliberate package cycle of {@link CycleFixtureCore}. */
public final class CycleFixtureConfig {
    CycleFixtureCore other;
}
