package dev.gatehouse.password;

/**
 * A stored hash string that cannot be parsed. The message names the defect, never the string,
 * so it can be logged.
 */
final class MalformedHashException extends Exception {

    MalformedHashException(String defect) {
        super(defect, null, false, false);
    }
}
