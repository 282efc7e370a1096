package dev.gatehouse.web.api;

import java.util.List;

/** A whole list, {@code {"items":[...]}}: the user's own sessions and consents are few, so never paged. */
public record Items<T>(List<T> items) {}
