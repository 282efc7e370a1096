package dev.gatehouse.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import dev.gatehouse.config.ConfigLoader;
import dev.gatehouse.config.EnvironmentCheck;
import dev.gatehouse.config.GatehouseConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The Helm chart (deploy/helm/gatehouse) rendered by the helm library itself (helm-java: no helm binary,
 * no cluster, no network), its documents parsed and held to the invariants README "Kubernetes" and
 * docs/operations.md promise; and the plain manifests of deploy/kubernetes held to a fresh render, so
 * they never drift from the chart.
 */
class HelmChartTest {
    private static final Path CHART = Path.of("deploy", "helm", "gatehouse");
    private static final Path MANIFESTS = Path.of("deploy", "kubernetes");
    /**
     * helm-java's template leaves Helm's hooks out (the migration Job and its Secret): the invariants are
     * checked on a copy of the chart whose hook annotations are renamed, so those render as plain documents
     * and still show which hook they were.
     */
    private static final Path UNHOOKED = unhooked();
    private static final String HOOK = "unhooked.helm.sh/hook";
    private static final String MASTER_KEY = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";
    private static final String DB_PASSWORD = "db-pass-W9xQ";
    private static final String ADMIN_PASSWORD = "admin-pass-7Yh2kL";
    private static final String IDP_SECRET = "idp-secret-Zr4";

    /** PostgreSQL, three nodes, every secret given as a value: the chart makes its Secret. */
    private static Map<String, Object> postgresql() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("issuer", "https://auth.example.com");
        v.put("database.url", "jdbc:postgresql://db.example.com:5432/gatehouse");
        v.put("database.username", "gatehouse");
        v.put("database.password", DB_PASSWORD);
        v.put("masterKey", MASTER_KEY);
        v.put("bootstrapAdmin.username", "admin");
        v.put("bootstrapAdmin.password", ADMIN_PASSWORD);
        v.put("extraSecretEnv.GATEHOUSE_IDP_GOOGLE_CLIENT_SECRET", IDP_SECRET);
        v.put("config.GATEHOUSE_TRUSTED_PROXIES", "10.0.0.0/8");
        v.put("replicaCount", "3");
        return v;
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> v = new LinkedHashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) v.put((String) pairs[i], pairs[i + 1]);
        return v;
    }

    static Stream<Map<String, Object>> everyMode() {
        return Stream.of(Map.of(), postgresql(), with(postgresql(), "autoscaling.enabled", "true"),
                with(postgresql(), "existingSecret", "gatehouse-secrets"), with(postgresql(), "migration.enabled", "false"));
    }

    @ParameterizedTest
    @MethodSource("everyMode")
    void probesAskTheManagementPortAndTheGracePeriodCoversDrainAndTimeout(Map<String, Object> values) {
        Rendered r = render(values);
        Map<String, Object> container = r.container();
        Map<String, Object> ports = new LinkedHashMap<>();
        for (Object p : list(container, "ports")) ports.put(str(p, "name"), get(p, "containerPort"));
        assertThat(ports).containsEntry("http", 8080).containsEntry("management", 9000);
        Map<String, Object> config = r.configMap();
        assertThat(config).containsEntry("GATEHOUSE_HTTP_PORT", "8080").containsEntry("GATEHOUSE_MANAGEMENT_PORT", "9000");

        assertThat(probe(container, "readinessProbe")).isEqualTo(List.of("/health/ready", 9000));
        assertThat(probe(container, "livenessProbe")).isEqualTo(List.of("/health/live", 9000));
        assertThat(probe(container, "startupProbe")).isEqualTo(List.of("/health/live", 9000));
        int readinessSeconds = (Integer) get(container, "readinessProbe", "periodSeconds") * (Integer) get(container, "readinessProbe", "failureThreshold");

        int drain = seconds((String) config.get("GATEHOUSE_SHUTDOWN_DRAIN_DELAY"));
        int timeout = seconds((String) config.get("GATEHOUSE_SHUTDOWN_TIMEOUT"));
        assertThat(drain).isEqualTo(5);
        assertThat(timeout).isEqualTo(20);
        assertThat((Integer) get(r.podSpec(), "terminationGracePeriodSeconds")).isGreaterThan(drain + timeout);
        assertThat(readinessSeconds).as("a draining pod is seen unready before it stops serving").isLessThan(drain);
        // The drain delay does what a preStop sleep would; the image needs no shell for one.
        assertThat((Map<?, ?>) container.get("lifecycle")).isNull();
    }

    @ParameterizedTest
    @MethodSource("everyMode")
    void podsRunNonRootOnAReadOnlyRootWithNoPrivilegesAndAMemoryLimitTheLauncherSizesTheJvmFrom(Map<String, Object> values) {
        Rendered r = render(values);
        for (Map<String, Object> pod : r.podSpecs()) {
            assertThat(get(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
            assertThat(get(pod, "securityContext", "runAsUser")).isEqualTo(65532);
            assertThat(get(pod, "securityContext", "seccompProfile", "type")).isEqualTo("RuntimeDefault");
            assertThat(get(pod, "automountServiceAccountToken")).isEqualTo(false);
            assertThat(get(pod, "enableServiceLinks")).as("no GATEHOUSE_SERVICE_HOST and the like").isEqualTo(false);
            Object c = list(pod, "containers").get(0);
            assertThat(get(c, "securityContext", "runAsNonRoot")).isEqualTo(true);
            assertThat(get(c, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
            assertThat(get(c, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
            assertThat(get(c, "securityContext", "capabilities", "drop")).isEqualTo(List.of("ALL"));
            assertThat(get(c, "securityContext", "seccompProfile", "type")).isEqualTo("RuntimeDefault");
            assertThat(get(c, "resources", "limits", "memory")).as("the launcher's budget").isNotNull()
                    .isEqualTo(get(c, "resources", "requests", "memory"));
            List<Object> mounts = new ArrayList<>();
            for (Object m : list(c, "volumeMounts")) mounts.add(get(m, "mountPath"));
            assertThat(mounts).as("writable places on a read-only root").contains("/var/lib/gatehouse", "/tmp");
            assertThat(str(c, "image")).isEqualTo("gatehouse:0.1.0");
        }
    }

    @ParameterizedTest
    @MethodSource("everyMode")
    void secretsReachTheContainersOnlyThroughSecretKeyRefs(Map<String, Object> values) {
        Rendered r = render(values);
        for (Object c : r.containers()) {
            Map<String, Object> refs = new LinkedHashMap<>();
            for (Object e : list(c, "env")) {
                String name = str(e, "name");
                if (get(e, "valueFrom") != null) refs.put(name, get(e, "valueFrom", "secretKeyRef", "key"));
                else assertThat(name).as("a plain value").doesNotContain("PASSWORD", "SECRET").doesNotEndWith("_KEY");
            }
            assertThat(refs).containsEntry("GATEHOUSE_MASTER_KEY", "master-key")
                    .containsEntry("GATEHOUSE_BOOTSTRAP_ADMIN_PASSWORD", "bootstrap-admin-password");
        }
        assertThat(r.configMap().keySet()).noneMatch(k -> k.contains("PASSWORD") || k.contains("SECRET") || k.endsWith("_KEY"));
        // Each secret value is in a Secret's data (base64) and nowhere else: not in a ConfigMap, an env value, an annotation.
        for (String secret : List.of(MASTER_KEY, DB_PASSWORD, ADMIN_PASSWORD, IDP_SECRET)) {
            String encoded = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
            assertThat(r.text()).doesNotContain(secret);
            for (Map<String, Object> doc : r.docs()) {
                if (!"Secret".equals(doc.get("kind"))) assertThat(new Yaml().dump(doc)).doesNotContain(encoded);
            }
        }
    }

    /** Every variable the chart sets is a Gatehouse setting (no warning at start) with a value the server accepts. */
    @ParameterizedTest
    @MethodSource("everyMode")
    void theServerReadsTheRenderedEnvironmentWithoutAProblem(Map<String, Object> values) {
        Rendered r = render(values);
        for (Object c : r.containers()) {
            Map<String, String> env = new LinkedHashMap<>();
            if (!list(c, "envFrom").isEmpty()) r.configMap().forEach((k, v) -> env.put(k, (String) v));
            for (Object e : list(c, "env")) {
                String name = str(e, "name");
                if (get(e, "value") != null) env.put(name, str(e, "value"));
                Object ref = get(e, "valueFrom", "secretKeyRef");
                if (ref == null) continue;
                List<Map<String, Object>> secrets = r.all("Secret").stream().filter(d -> name(d).equals(get(ref, "name"))).toList();
                if (secrets.isEmpty()) { // an existingSecret, not part of the render: as its owner would fill it
                    env.put(name, name.equals("GATEHOUSE_MASTER_KEY") ? MASTER_KEY : "from the existing Secret");
                    continue;
                }
                Object data = get(secrets.get(0), "data", str(ref, "key"));
                if (data != null) env.put(name, new String(Base64.getDecoder().decode((String) data), StandardCharsets.UTF_8));
                else assertThat(get(ref, "optional")).as(name + " is optional or in the Secret").isEqualTo(true);
            }
            assertThat(EnvironmentCheck.warnings(env)).as("unknown GATEHOUSE_ variables").isEmpty();
            GatehouseConfig config = new ConfigLoader(env).load(null, List.of());
            assertThat(config.http().port()).isEqualTo(8080);
            assertThat(config.http().managementPort()).isEqualTo(9000);
            assertThat(config.operations().drainDelay()).isEqualTo(Duration.ofSeconds(5));
            assertThat(config.operations().shutdownTimeout()).isEqualTo(Duration.ofSeconds(20));
            assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/gatehouse"));
            assertThat(config.database().migrateOnStart()).isEqualTo(r.find("Job") == null);
            if (values.containsKey("database.url")) {
                assertThat(config.database().url()).isEqualTo(values.get("database.url"));
                assertThat(config.issuer()).isEqualTo("https://auth.example.com");
            }
        }
    }

    @Test
    void sqliteByDefaultIsOneReplicaOnAVolumeThatMigratesAtItsStart() {
        Rendered r = render(Map.of());
        Map<String, Object> deployment = r.find("Deployment");
        assertThat(get(deployment, "spec", "replicas")).isEqualTo(1);
        assertThat(get(deployment, "spec", "strategy", "type")).as("one process per SQLite file").isEqualTo("Recreate");
        Object data = list(r.podSpec(), "volumes").stream().filter(v -> "data".equals(get(v, "name"))).findFirst().orElseThrow();
        assertThat(get(data, "persistentVolumeClaim", "claimName")).isEqualTo(name(r.find("PersistentVolumeClaim")));
        assertThat(r.find("HorizontalPodAutoscaler")).isNull();
        assertThat(r.find("PodDisruptionBudget")).as("one pod: a budget would block drains or protect nothing").isNull();
        assertThat(r.find("Job")).isNull();
        assertThat(r.configMap()).containsEntry("GATEHOUSE_DATABASE_MIGRATE_ON_START", "true")
                .containsEntry("GATEHOUSE_DATA_DIR", "/var/lib/gatehouse").doesNotContainKey("GATEHOUSE_DATABASE_URL");
        Object masterKey = list(r.container(), "env").stream().filter(e -> "GATEHOUSE_MASTER_KEY".equals(get(e, "name"))).findFirst().orElseThrow();
        assertThat(get(masterKey, "valueFrom", "secretKeyRef", "optional")).as("generated into the volume when absent").isEqualTo(true);
    }

    /**
     * docs/operations.md's SQLite restore pod (gatehouse-restore.yaml) is the default release's pod with
     * {@code restore FILE} for {@code serve}: its user, security contexts, environment, mounts and claim.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theDocumentedRestorePodIsTheDeploymentsPodWithRestoreForServe() {
        String docs = read(Path.of("docs", "operations.md"));
        Matcher block = Pattern.compile("```yaml\n# gatehouse-restore.yaml\n(.*?)```", Pattern.DOTALL).matcher(docs);
        assertThat(block.find()).as("the restore pod in docs/operations.md").isTrue();
        Map<String, Object> pod = new Yaml().load(block.group(1));
        Rendered r = render(Map.of());
        Map<String, Object> deployed = r.podSpec();
        Map<String, Object> spec = spec(pod);
        assertThat(get(pod, "kind")).isEqualTo("Pod");
        assertThat(get(spec, "restartPolicy")).as("a restore runs once").isEqualTo("Never");
        for (String key : List.of("securityContext", "automountServiceAccountToken", "enableServiceLinks", "volumes")) {
            assertThat(spec.get(key)).as(key).isEqualTo(deployed.get(key));
        }
        Map<String, Object> restore = asMap(list(spec, "containers").get(0));
        Map<String, Object> server = r.container();
        assertThat(restore.get("args")).isEqualTo(List.of("restore", "/var/lib/gatehouse/restore.db"));
        assertThat(server.get("args")).isEqualTo(List.of("serve"));
        for (String key : List.of("image", "envFrom", "securityContext", "volumeMounts")) {
            assertThat(restore.get(key)).as(key).isEqualTo(server.get(key));
        }
        Object masterKey = list(server, "env").stream().filter(e -> "GATEHOUSE_MASTER_KEY".equals(get(e, "name"))).findFirst().orElseThrow();
        assertThat((List<Object>) restore.get("env")).containsExactly(masterKey);
    }

    @Test
    void postgresqlNodesRollOneAtATimeWithABudgetBelowTheirCount() {
        Rendered r = render(postgresql());
        Map<String, Object> deployment = r.find("Deployment");
        int replicas = (Integer) get(deployment, "spec", "replicas");
        assertThat(replicas).isEqualTo(3);
        assertThat(get(deployment, "spec", "strategy", "type")).isEqualTo("RollingUpdate");
        assertThat(get(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable")).isEqualTo(0);
        assertThat((Integer) get(deployment, "spec", "strategy", "rollingUpdate", "maxSurge")).isPositive();
        assertThat(r.find("PersistentVolumeClaim")).as("stateless nodes").isNull();

        Map<String, Object> pdb = r.find("PodDisruptionBudget");
        assertThat(str(pdb, "apiVersion")).isEqualTo("policy/v1");
        assertThat((Integer) get(pdb, "spec", "maxUnavailable")).isBetween(1, replicas - 1);
        assertThat(get(pdb, "spec", "minAvailable")).isNull();
        Map<String, Object> podLabels = asMap(get(deployment, "spec", "template", "metadata", "labels"));
        assertThat(podLabels).containsAllEntriesOf(asMap(get(pdb, "spec", "selector", "matchLabels")));
        assertThat(podLabels).containsAllEntriesOf(asMap(get(deployment, "spec", "selector", "matchLabels")));
        for (Map<String, Object> service : r.all("Service")) {
            assertThat(podLabels).containsAllEntriesOf(asMap(get(service, "spec", "selector")));
        }
        assertThat(r.all("Service")).extracting(s -> get(s, "spec", "ports")).extracting(p -> get(((List<?>) p).get(0), "targetPort"))
                .containsExactlyInAnyOrder("http", "management");

        List<Object> topologyKeys = new ArrayList<>();
        for (Object c : list(r.podSpec(), "topologySpreadConstraints")) topologyKeys.add(get(c, "topologyKey"));
        assertThat(topologyKeys).contains("topology.kubernetes.io/zone", "kubernetes.io/hostname");

        Map<String, Object> annotations = asMap(get(deployment, "spec", "template", "metadata", "annotations"));
        assertThat(annotations.keySet()).contains("checksum/config", "checksum/secret");
        Rendered changed = render(with(postgresql(), "config.GATEHOUSE_TRUSTED_PROXIES", "10.1.0.0/16"));
        assertThat(get(changed.find("Deployment"), "spec", "template", "metadata", "annotations", "checksum/config"))
                .as("a changed setting rolls the pods").isNotEqualTo(annotations.get("checksum/config"));
        assertThat(get(changed.find("Deployment"), "spec", "template", "metadata", "annotations", "checksum/secret"))
                .isEqualTo(annotations.get("checksum/secret"));
    }

    @Test
    void theAutoscalerScalesTheDeploymentOnCpuAndOwnsItsReplicaCount() {
        Rendered r = render(with(postgresql(), "autoscaling.enabled", "true"));
        Map<String, Object> hpa = r.find("HorizontalPodAutoscaler");
        assertThat(str(hpa, "apiVersion")).isEqualTo("autoscaling/v2");
        assertThat(get(hpa, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
        assertThat(get(hpa, "spec", "scaleTargetRef", "apiVersion")).isEqualTo("apps/v1");
        assertThat(get(hpa, "spec", "scaleTargetRef", "name")).isEqualTo(name(r.find("Deployment")));
        List<Object> metrics = list(spec(hpa), "metrics");
        assertThat(metrics).hasSize(1);
        assertThat(get(metrics.get(0), "resource", "name")).isEqualTo("cpu");
        assertThat(get(metrics.get(0), "resource", "target", "type")).isEqualTo("Utilization");
        assertThat((Integer) get(hpa, "spec", "minReplicas")).isGreaterThanOrEqualTo(2)
                .isGreaterThan((Integer) get(r.find("PodDisruptionBudget"), "spec", "maxUnavailable"));
        assertThat(get(r.container(), "resources", "requests", "cpu")).as("utilization is of the request").isNotNull();
        assertThat(spec(r.find("Deployment"))).as("an upgrade must not reset the autoscaler's count").doesNotContainKey("replicas");
    }

    @Test
    void theMigrationJobRunsOnceBeforeInstallAndUpgradeWithTheNodesImageAndDatabaseSecret() {
        Rendered r = render(postgresql());
        Map<String, Object> job = r.find("Job");
        Map<String, Object> annotations = asMap(get(job, "metadata", "annotations"));
        assertThat(annotations.get(HOOK)).isEqualTo("pre-install,pre-upgrade");
        Object container = r.jobContainer();
        assertThat(get(container, "args")).isEqualTo(List.of("migrate"));
        assertThat(get(r.container(), "args")).isEqualTo(List.of("serve"));
        assertThat(get(container, "image")).isEqualTo(get(r.container(), "image"));
        assertThat(get(spec(spec(spec(job), "template")), "restartPolicy")).isEqualTo("Never");
        Map<String, Object> jobPodLabels = asMap(get(job, "spec", "template", "metadata", "labels"));
        assertThat(jobPodLabels).as("no Service, budget or Deployment counts the Job's pod")
                .doesNotContainEntry("app.kubernetes.io/name", asMap(get(r.find("Deployment"), "spec", "selector", "matchLabels")).get("app.kubernetes.io/name"));

        // The same configuration as the nodes (so a setting the new version refuses fails here first) ...
        Map<String, Object> env = new LinkedHashMap<>();
        Map<String, Object> secretRefs = new LinkedHashMap<>();
        for (Object e : list(container, "env")) {
            if (get(e, "value") != null) env.put(str(e, "name"), get(e, "value"));
            else secretRefs.put(str(e, "name"), get(e, "valueFrom", "secretKeyRef"));
        }
        assertThat(env).isEqualTo(r.configMap());
        // ... and the database password of a Secret made just before it, a hook too, holding what the release's Secret holds.
        Map<?, ?> password = (Map<?, ?>) secretRefs.get("GATEHOUSE_DATABASE_PASSWORD");
        assertThat(password.get("key")).isEqualTo("database-password");
        Map<String, Object> hookSecret = r.named("Secret", (String) password.get("name"));
        Map<String, Object> releaseSecret = r.named("Secret", name(r.find("Deployment")));
        assertThat(get(hookSecret, "metadata", "annotations", HOOK)).isEqualTo("pre-install,pre-upgrade");
        assertThat(Integer.parseInt(str(get(hookSecret, "metadata", "annotations"), HOOK + "-weight")))
                .isLessThan(Integer.parseInt(str(annotations, HOOK + "-weight")));
        assertThat(get(hookSecret, "data")).isEqualTo(get(releaseSecret, "data"));
        assertThat(new String(Base64.getDecoder().decode(str(get(releaseSecret, "data"), "database-password")), StandardCharsets.UTF_8))
                .isEqualTo(DB_PASSWORD);

        assertThat(get(container, "command")).as("the image's entrypoint").isNull();
        Rendered otherEntrypoint = render(with(postgresql(), "command[0]", "/opt/gatehouse/bin/gatehouse"));
        for (Object c : otherEntrypoint.containers()) {
            assertThat(get(c, "command")).isEqualTo(List.of("/opt/gatehouse/bin/gatehouse"));
        }

        // The nodes leave migrating to the Job.
        assertThat(r.configMap()).containsEntry("GATEHOUSE_DATABASE_MIGRATE_ON_START", "false");

        // With a Secret of one's own, the Job and the nodes read that one; no copy is made.
        Rendered own = render(with(postgresql(), "existingSecret", "gatehouse-secrets"));
        assertThat(own.all("Secret")).isEmpty();
        for (Object c : own.containers()) {
            for (Object e : list(c, "env")) {
                if (get(e, "valueFrom") != null) assertThat(get(e, "valueFrom", "secretKeyRef", "name")).isEqualTo("gatehouse-secrets");
            }
        }

        // Without the Job, every node migrates at its start (Flyway's lock on PostgreSQL lets one at a time).
        Rendered noJob = render(with(postgresql(), "migration.enabled", "false"));
        assertThat(noJob.find("Job")).isNull();
        assertThat(noJob.all("Secret")).hasSize(1);
        assertThat(noJob.configMap()).containsEntry("GATEHOUSE_DATABASE_MIGRATE_ON_START", "true");
    }

    @Test
    void refusedCombinationsFailTheRenderWithWhatToDo() {
        assertThatThrownBy(() -> render(Map.of("replicaCount", "3")))
                .hasMessageContaining("replicaCount=3 needs PostgreSQL").hasMessageContaining("one process");
        assertThatThrownBy(() -> render(Map.of("autoscaling.enabled", "true")))
                .hasMessageContaining("autoscaling.enabled needs PostgreSQL");
        assertThatThrownBy(() -> render(with(postgresql(), "issuer", "")))
                .hasMessageContaining("issuer is required with PostgreSQL");
        assertThatThrownBy(() -> render(with(postgresql(), "masterKey", "")))
                .hasMessageContaining("share one master key");
        assertThatThrownBy(() -> render(Map.of("database.url", "jdbc:sqlite:/data/g.db")))
                .hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> render(Map.of("terminationGracePeriodSeconds", "25")))
                .hasMessageContaining("terminationGracePeriodSeconds=25 must exceed").hasMessageContaining("= 25");
        assertThatThrownBy(() -> render(Map.of("shutdown.timeoutSeconds", "40")))
                .hasMessageContaining("must exceed shutdown.drainDelaySeconds + shutdown.timeoutSeconds = 45");
        assertThatThrownBy(() -> render(Map.of("config.GATEHOUSE_SMTP_PASSWORD", "x")))
                .hasMessageContaining("looks like a secret");
        assertThatThrownBy(() -> render(with(postgresql(), "podDisruptionBudget.maxUnavailable", "0")))
                .hasMessageContaining("no node could ever be drained");
        assertThatThrownBy(() -> render(Map.of("ingress.enabled", "true"))).hasMessageContaining("ingress.host");
    }

    /**
     * A careless operator's values: a password inside the JDBC URL (which goes into the ConfigMap), and settings the
     * chart makes itself given again under config (a duplicate ConfigMap key; a PostgreSQL URL there would run
     * the SQLite mode's single pod without the master key check and the migration Job).
     */
    @Test
    void aPasswordInAPlainSettingAndASettingTheChartOwnsAreRefused() {
        assertThatThrownBy(() -> render(with(postgresql(), "database.url", "jdbc:postgresql://db:5432/gh?user=gh&password=hunter2")))
                .hasMessageContaining("database.url holds a password").hasMessageContaining("database.password")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> render(with(postgresql(), "database.url", "jdbc:postgresql://db:5432/gh?sslmode=require&PASSWORD=x")))
                .hasMessageContaining("database.url holds a password");
        assertThatThrownBy(() -> render(Map.of("config.GATEHOUSE_SMTP_URL", "smtp://mail?password=hunter2")))
                .hasMessageContaining("config.GATEHOUSE_SMTP_URL holds a password").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> render(Map.of("config.GATEHOUSE_DATABASE_URL", "jdbc:postgresql://db:5432/gh")))
                .hasMessageContaining("config.GATEHOUSE_DATABASE_URL is set by the chart: use database.url");
        assertThatThrownBy(() -> render(Map.of("config.GATEHOUSE_MANAGEMENT_PORT", "9100")))
                .hasMessageContaining("config.GATEHOUSE_MANAGEMENT_PORT is set by the chart");
        assertThatThrownBy(() -> render(Map.of("config.GATEHOUSE_SHUTDOWN_TIMEOUT", "60s")))
                .hasMessageContaining("use shutdown.timeoutSeconds");
        assertThat(render(with(postgresql(), "config.GATEHOUSE_PASSWORD_MIN_LENGTH", "12")).configMap())
                .as("a setting about passwords is no password").containsEntry("GATEHOUSE_PASSWORD_MIN_LENGTH", "12");
    }

    /** The public Service carries the public port only; the management port has a ClusterIP Service of its own. */
    @ParameterizedTest
    @MethodSource("everyMode")
    void theManagementPortIsOnlyOnAClusterIpServiceOfItsOwn(Map<String, Object> values) {
        Rendered r = render(with(values, "service.type", "LoadBalancer"));
        Map<String, Object> pub = r.named("Service", "gatehouse");
        assertThat(list(spec(pub), "ports")).extracting(p -> get(p, "targetPort")).containsExactly("http");
        Map<String, Object> management = r.named("Service", "gatehouse-management");
        assertThat(get(spec(management), "type")).isEqualTo("ClusterIP");
        assertThat(list(spec(management), "ports")).extracting(p -> get(p, "targetPort")).containsExactly("management");
    }

    @Test
    void theIngressAndNetworkPolicyLeaveTheManagementPortInside() {
        Rendered r = render(with(postgresql(), "ingress.enabled", "true", "ingress.host", "auth.example.com",
                "networkPolicy.enabled", "true"));
        Object backend = get(list(get(list(spec(r.find("Ingress")), "rules").get(0), "http"), "paths").get(0), "backend", "service");
        assertThat(get(backend, "name")).isEqualTo(name(r.find("Deployment")));
        assertThat(get(backend, "port", "name")).isEqualTo("http");
        List<Object> rules = list(spec(r.find("NetworkPolicy")), "ingress");
        Object management = rules.stream().filter(x -> "management".equals(get(list(x, "ports").get(0), "port"))).findFirst().orElseThrow();
        assertThat(list(management, "from")).isEqualTo(List.of(Map.of("podSelector", Map.of())));
    }

    @Test
    void lintFindsNothing() {
        LintResult lint = new Helm(CHART).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
        assertThat(lint.getMessages()).as("neither warnings nor errors").noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
    }

    /** deploy/kubernetes/NAME.yaml is `helm template gatehouse deploy/helm/gatehouse` with the values named in its first line. */
    @Test
    void thePlainManifestsAreAFreshRenderOfTheChart() throws IOException {
        List<Path> manifests;
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            manifests = files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().endsWith(".values.yaml")).sorted().toList();
        }
        assertThat(manifests).extracting(f -> f.getFileName().toString()).contains("gatehouse.yaml", "gatehouse-postgresql.yaml");
        Path fresh = Path.of("target", "kubernetes");
        Files.createDirectories(fresh);
        // Every fresh render is written first, so one copy brings them all up to date.
        Map<Path, String> expected = new LinkedHashMap<>();
        for (Path manifest : manifests) {
            Matcher header = Pattern.compile("\\A# helm template gatehouse deploy/helm/gatehouse( -f (\\S+))?\n").matcher(Files.readString(manifest));
            assertThat(header.find()).as(manifest + " starts with the command that renders it").isTrue();
            TemplateCommand template = new Helm(CHART).template().withName("gatehouse");
            if (header.group(2) != null) template.withValuesFile(Path.of(header.group(2)));
            String render = header.group() + template.call();
            assertThat(Rendered.of(render).docs()).as(manifest + " parses").isNotEmpty();
            Files.writeString(fresh.resolve(manifest.getFileName()), render);
            expected.put(manifest, render);
        }
        expected.forEach((manifest, render) -> assertThat(read(manifest))
                .as("%s differs from the chart's render: cp %s/*.yaml %s", manifest, fresh, MANIFESTS).isEqualTo(render));
    }

    // --- rendering and reading the documents

    private static Path unhooked() {
        try {
            Path copy = Files.createTempDirectory("gatehouse-chart");
            try (Stream<Path> files = Files.walk(CHART)) {
                for (Path f : files.toList()) {
                    Path target = copy.resolve(CHART.relativize(f).toString());
                    if (Files.isDirectory(f)) Files.createDirectories(target);
                    else Files.writeString(target, Files.readString(f).replace("helm.sh/hook", HOOK));
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rendered render(Map<String, Object> values) {
        TemplateCommand template = new Helm(UNHOOKED).template().withName("gatehouse");
        values.forEach(template::set);
        return Rendered.of(template.call());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Rendered(String text, List<Map<String, Object>> docs) {
        @SuppressWarnings("unchecked")
        static Rendered of(String text) {
            List<Map<String, Object>> docs = new ArrayList<>();
            for (Object doc : new Yaml().loadAll(text)) if (doc != null) docs.add((Map<String, Object>) doc);
            return new Rendered(text, docs);
        }

        List<Map<String, Object>> all(String kind) {
            return docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
        }

        Map<String, Object> find(String kind) {
            List<Map<String, Object>> found = all(kind);
            assertThat(found.size()).as("at most one " + kind).isLessThanOrEqualTo(1);
            return found.isEmpty() ? null : found.get(0);
        }

        Map<String, Object> named(String kind, String name) {
            return all(kind).stream().filter(d -> name.equals(name(d))).findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
        }

        Map<String, Object> podSpec() {
            return spec(spec(spec(find("Deployment")), "template"));
        }

        /** The Deployment's pod, and the migration Job's when there is one. */
        List<Map<String, Object>> podSpecs() {
            Map<String, Object> job = find("Job");
            return job == null ? List.of(podSpec()) : List.of(podSpec(), spec(spec(spec(job), "template")));
        }

        /** The server's container, and the migration Job's when there is one. */
        List<Object> containers() {
            return podSpecs().stream().map(pod -> list(pod, "containers").get(0)).toList();
        }

        Object jobContainer() {
            return list(spec(spec(spec(find("Job")), "template")), "containers").get(0);
        }

        Map<String, Object> container() {
            List<Object> containers = list(podSpec(), "containers");
            assertThat(containers).hasSize(1);
            return asMap(containers.get(0));
        }

        /** The ConfigMap's data, which the Deployment reads whole (envFrom). */
        Map<String, Object> configMap() {
            Map<String, Object> cm = find("ConfigMap");
            assertThat(get(list(container(), "envFrom").get(0), "configMapRef", "name")).isEqualTo(name(cm));
            return asMap(cm.get("data"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> spec(Object o) {
        return spec(o, "spec");
    }

    private static Map<String, Object> spec(Object o, String key) {
        return asMap(asMap(o).get(key));
    }

    /** A value by its path of keys, null when any step is missing. */
    private static Object get(Object node, String... path) {
        Object o = node;
        for (String key : path) {
            if (!(o instanceof Map<?, ?> m)) return null;
            o = m.get(key);
        }
        return o;
    }

    private static String str(Object node, String key) {
        return (String) get(node, key);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node, String key) {
        Object o = get(node, key);
        return o == null ? List.of() : (List<Object>) o;
    }

    private static String name(Map<String, Object> doc) {
        return (String) get(doc, "metadata", "name");
    }

    private static List<Object> probe(Map<String, Object> container, String kind) {
        Object port = get(container, kind, "httpGet", "port");
        if (port instanceof String named) {
            port = list(container, "ports").stream().filter(p -> named.equals(get(p, "name"))).findFirst()
                    .map(p -> get(p, "containerPort")).orElseThrow();
        }
        return List.of(get(container, kind, "httpGet", "path"), port);
    }

    private static int seconds(String duration) {
        assertThat(duration).matches("\\d+s");
        return Integer.parseInt(duration.substring(0, duration.length() - 1));
    }
}
