package dev.gatehouse.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds {@code GATEHOUSE_*} environment variables that configure nothing: a misspelt
 * {@code GATEHOUSE_HTTP_PROT} would otherwise be ignored in silence and the server would start on the
 * default port. They are warnings, not errors: the environment is shared with other programs.
 */
public final class EnvironmentCheck {
    private static final String PREFIX = "GATEHOUSE_";
    /** Read directly by the loader, not a key of its own. */
    private static final String CONFIG_FILE = "GATEHOUSE_CONFIG_FILE";
    /** Read by the distribution's launcher, bin/gatehouse (memory budget, class-data archive, its test hooks, which java). */
    private static final List<String> LAUNCHER = List.of("GATEHOUSE_MEMORY", "GATEHOUSE_CDS", "GATEHOUSE_CPUS", "GATEHOUSE_CGROUP_ROOT",
            "GATEHOUSE_JAVA_HOME");

    private EnvironmentCheck() {}

    /** One sentence per unknown variable, in name order, each with the closest known name when there is one. */
    public static List<String> warnings(Map<String, String> env) {
        List<String> known = new ArrayList<>(ConfigKeys.ALL.stream().map(ConfigKey::envName).toList());
        known.add(CONFIG_FILE);
        known.addAll(LAUNCHER);
        List<String> out = new ArrayList<>();
        for (String name : new TreeSet<>(env.keySet())) {
            if (!name.startsWith(PREFIX) || known.contains(name) || isProviderSecret(name)) continue;
            out.add("environment variable " + name + " is not a Gatehouse setting and is ignored" + Suggestions.didYouMean(name, known));
        }
        return out;
    }

    /** {@code GATEHOUSE_IDP_<ID>_CLIENT_SECRET} (API.md §6): one per upstream provider, so not in the key list. */
    private static boolean isProviderSecret(String name) {
        String prefix = GatehouseConfig.Federation.PREFIX;
        String suffix = GatehouseConfig.Federation.SUFFIX;
        return name.startsWith(prefix) && name.endsWith(suffix) && name.length() > prefix.length() + suffix.length();
    }
}
