package dev.gatehouse.password;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parsed PHC string, {@code $<id>[$v=<version>]$<param>=<value>(,<param>=<value>)*$<salt>$<hash>}
 * (github.com/P-H-C/phc-string-format). Salt and hash stay encoded; each scheme decodes them.
 * Only the shape with parameters, salt and hash is accepted: every scheme verified here has them.
 */
record PhcString(String id, String version, Map<String, String> params, String salt, String hash) {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Pattern PARAM_NAME = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Pattern PARAM_VALUE = Pattern.compile("[a-zA-Z0-9/+.-]{1,64}");
    /** PHC format: decimal values have no sign and no leading zero. */
    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,9}");

    static PhcString parse(String encoded) throws MalformedHashException {
        if (!encoded.startsWith("$")) {
            throw new MalformedHashException("not a PHC string");
        }
        String[] fields = encoded.substring(1).split("\\$", -1);
        String id = fields[0];
        if (!ID.matcher(id).matches()) {
            throw new MalformedHashException("bad identifier");
        }
        String version;
        int next;
        if (fields.length == 5 && fields[1].startsWith("v=")) {
            version = fields[1].substring(2);
            if (!DECIMAL.matcher(version).matches()) {
                throw new MalformedHashException("bad version");
            }
            next = 2;
        } else if (fields.length == 4) {
            version = null;
            next = 1;
        } else {
            throw new MalformedHashException("wrong number of fields");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : fields[next].split(",", -1)) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new MalformedHashException("parameter without value");
            }
            String name = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            if (!PARAM_NAME.matcher(name).matches() || !PARAM_VALUE.matcher(value).matches()) {
                throw new MalformedHashException("bad parameter");
            }
            if (params.put(name, value) != null) {
                throw new MalformedHashException("repeated parameter");
            }
        }
        String salt = fields[next + 1];
        String hash = fields[next + 2];
        if (salt.isEmpty() || hash.isEmpty()) {
            throw new MalformedHashException("missing salt or hash");
        }
        return new PhcString(id, version, Collections.unmodifiableMap(params), salt, hash);
    }

    /** Fails on any parameter outside {@code allowed}: an unknown one may change the result. */
    void requireOnly(Set<String> allowed) throws MalformedHashException {
        for (String name : params.keySet()) {
            if (!allowed.contains(name)) {
                throw new MalformedHashException("unsupported parameter " + name);
            }
        }
    }

    int decimal(String name, int min, int max) throws MalformedHashException {
        String value = params.get(name);
        if (value == null) {
            throw new MalformedHashException("missing parameter " + name);
        }
        return parseDecimal(value, name, min, max);
    }

    static int parseDecimal(String value, String name, int min, int max) throws MalformedHashException {
        if (!DECIMAL.matcher(value).matches()) {
            throw new MalformedHashException("parameter " + name + " is not a decimal");
        }
        long parsed = Long.parseLong(value);
        if (parsed < min || parsed > max) {
            throw new MalformedHashException("parameter " + name + " out of range");
        }
        return (int) parsed;
    }
}
