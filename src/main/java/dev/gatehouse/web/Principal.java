package dev.gatehouse.web;

import java.util.List;

/** Who a valid Bearer token speaks for. */
record Principal(String userId, String sessionId, String clientId, List<String> scope, List<String> roles) {}
