package dev.gatehouse.web.pages;

import dev.gatehouse.web.CycleFixtureWeb;

/** The other half of the deliberate web cycle of {@link CycleFixtureWeb}. */
public final class CycleFixturePages {
    CycleFixtureWeb other;
}
