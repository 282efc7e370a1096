package dev.gatehouse.load;

/** How a scenario judges one response. */
enum Outcome {
    /** The response the scenario wanted; its latency goes into the main histogram. */
    OK,
    /** 429: the server refused by policy. Expected in a storm; counted apart, not as an error. */
    THROTTLED,
    /** 503: the server shed load. Expected in a storm; counted apart, not as an error. */
    OVERLOADED,
    /** Any other status. */
    ERROR,
    /** A 2xx whose body lacked what the scenario needs (for example no refresh token). */
    INVALID;

    /** The default judgement: 2xx is success, everything else an error. */
    static Outcome ofStatus(int status) {
        return status >= 200 && status < 300 ? OK : ERROR;
    }

    /** For scenarios that provoke load shedding: 429 and 503 are answers, not failures. */
    static Outcome ofStatusUnderStorm(int status) {
        if (status == 429) {
            return THROTTLED;
        }
        if (status == 503) {
            return OVERLOADED;
        }
        return ofStatus(status);
    }

    /** Rejections are fast by design; their latency is kept apart from the admitted requests'. */
    boolean isRejection() {
        return this == THROTTLED || this == OVERLOADED;
    }
}
