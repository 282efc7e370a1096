package dev.gatehouse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void aTypoFindsTheClosestNameAndAnotherWordFindsNothing() {
        List<String> known = List.of("--http-port", "--http-host", "--output");
        assertThat(Suggestions.closest("--http-prot", known)).contains("--http-port");
        assertThat(Suggestions.closest("--OUTPTU", known)).contains("--output");
        assertThat(Suggestions.closest("--database-url", known)).isEmpty();
        assertThat(Suggestions.closest("--output", known)).as("not a typo").isEmpty();
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void unknownGatehouseVariablesAreNamedAndOthersAreLeftAlone() {
        List<String> warnings = EnvironmentCheck.warnings(Map.of(
                "GATEHOUSE_ISSUR", "x", "GATEHOUSE_ISSUER", "x", "GATEHOUSE_CONFIG_FILE", "f", "GATEHOUSE_IDP_MY_CORP_CLIENT_SECRET", "s",
                "GATEHOUSE_IDP__CLIENT_SECRET", "s", "PATH", "/bin", "GATEHOUSE_SOMETHING_ELSE_ENTIRELY", "1"));
        assertThat(warnings).containsExactly(
                "environment variable GATEHOUSE_IDP__CLIENT_SECRET is not a Gatehouse setting and is ignored",
                "environment variable GATEHOUSE_ISSUR is not a Gatehouse setting and is ignored; did you mean GATEHOUSE_ISSUER?",
                "environment variable GATEHOUSE_SOMETHING_ELSE_ENTIRELY is not a Gatehouse setting and is ignored");
    }

    @Test
    void theLaunchersVariablesAreKnown() {
        // bin/gatehouse reads them and hands the rest of the environment to the server unchanged.
        assertThat(EnvironmentCheck.warnings(Map.of("GATEHOUSE_MEMORY", "256m", "GATEHOUSE_CDS", "off", "GATEHOUSE_CPUS", "1",
                "GATEHOUSE_CGROUP_ROOT", "/tmp/cg", "GATEHOUSE_JAVA_HOME", "/opt/jdk", "GATEHOUSE_MEMORI", "1g")))
                .containsExactly("environment variable GATEHOUSE_MEMORI is not a Gatehouse setting and is ignored; did you mean GATEHOUSE_MEMORY?");
    }
}
