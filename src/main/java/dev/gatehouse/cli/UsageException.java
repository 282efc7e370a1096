package dev.gatehouse.cli;

/** A command was used wrongly (exit code 2). */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
