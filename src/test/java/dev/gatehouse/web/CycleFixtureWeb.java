package dev.gatehouse.web;

import dev.gatehouse.web.pages.CycleFixturePages;

/** Half of a deliberate cycle between web and one of its sub-packages, for ArchitectureTest to show its web rule can fail. */
public final class CycleFixtureWeb {
    CycleFixturePages other;
}
