package dev.gatehouse.admin;

/** Who performs an admin action, for the audit log: the admin's user id and client IP. */
public record Actor(String userId, String ip) {}
