package dev.gatehouse.cli;

import dev.gatehouse.bootstrap.Services;
import dev.gatehouse.federation.ProviderJson;
import dev.gatehouse.federation.ProviderRegistry;
import dev.gatehouse.federation.ProviderSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gatehouse idp}: upstream identity providers (API.md §6) from the command line. A client
 * secret (for apple, the .p8 private key) is read from standard input or a file, never from an
 * argument: arguments end up in shell history and in every process listing.
 */
@Command(name = "idp", description = "Upstream identity provider commands.",
        subcommands = {IdpCommand.ListProviders.class, IdpCommand.Add.class, IdpCommand.Show.class, IdpCommand.Update.class,
                IdpCommand.Remove.class})
final class IdpCommand implements Runnable {
    private static final String ACTOR = RoleCommand.CLI.userId();
    /** Larger than any secret or PEM the registry accepts, so an oversized one gets the registry's field error. */
    private static final int MAX_SECRET_BYTES = 16 * 1024;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw GatehouseCommand.needsSubcommand(spec);
    }

    /** The provider fields both {@code add} and {@code update} take; absent options are null (default or unchanged). */
    static final class Fields {
        @Option(names = "--name", description = "button text on the login page")
        String name;

        @Option(names = "--issuer", description = "oidc: the issuer URL (its /.well-known/openid-configuration is read)")
        String issuer;

        @Option(names = "--client-id", description = "the client id of this server's app at the provider")
        String clientId;

        @Option(names = "--client-secret-stdin", description = "read the client secret (apple: the .p8 key) from standard input")
        boolean secretStdin;

        @Option(names = "--client-secret-file", paramLabel = "FILE", description = "read the client secret (apple: the .p8 key) from a file")
        Path secretFile;

        /** Accepted only to refuse it with a clear message, instead of echoing the value as an unknown flag. */
        @Option(names = "--client-secret", hidden = true)
        String secretArgument;

        @Option(names = "--scope", description = "a scope to ask the provider for (repeatable; default per type)")
        List<String> scopes;

        @Option(names = "--audience", description = "a further accepted ID token audience, e.g. an iOS bundle id (repeatable)")
        List<String> audiences;

        @Option(names = "--enabled", arity = "1", paramLabel = "true|false")
        Boolean enabled;

        @Option(names = "--create-users", arity = "1", paramLabel = "true|false", description = "a first sign-in creates an account")
        Boolean createUsers;

        @Option(names = "--trust-email", arity = "1", paramLabel = "true|false")
        Boolean trustEmail;

        @Option(names = "--link-policy", description = "confirm, auto or never")
        String linkPolicy;

        @Option(names = "--tenant", description = "microsoft: common, organizations, consumers or a tenant id")
        String tenant;

        @Option(names = "--team-id", description = "apple: the team id")
        String teamId;

        @Option(names = "--key-id", description = "apple: the key id")
        String keyId;

        @Option(names = "--endpoint", paramLabel = "KEY=URL", description = "override a built-in endpoint (repeatable)")
        Map<String, String> endpoints;

        ProviderSpec spec(String id, String type) throws IOException {
            return new ProviderSpec(id, type, name, enabled, createUsers, trustEmail, linkPolicy, issuer, clientId, secret(),
                    scopes, audiences, tenant, teamId, keyId, endpoints == null ? null : new LinkedHashMap<>(endpoints));
        }

        private String secret() throws IOException {
            if (secretArgument != null) {
                throw new UsageException("a client secret is never an argument: use --client-secret-stdin or --client-secret-file");
            }
            if (secretStdin && secretFile != null) throw new UsageException("give --client-secret-stdin or --client-secret-file, not both");
            if (secretStdin) return read(System.in, "standard input");
            if (secretFile == null) return null;
            try (InputStream in = Files.newInputStream(secretFile)) {
                return read(in, secretFile.toString());
            }
        }

        /** The whole input (a PEM has several lines) without the final line break an editor or echo adds. */
        private static String read(InputStream in, String source) throws IOException {
            byte[] bytes = in.readNBytes(MAX_SECRET_BYTES + 1);
            if (bytes.length > MAX_SECRET_BYTES) throw new UsageException("the client secret in " + source + " is too long");
            String secret = new String(bytes, StandardCharsets.UTF_8).replaceFirst("(\r?\n)+$", "");
            if (secret.isEmpty()) throw new UsageException("no client secret in " + source);
            return secret;
        }
    }

    @Command(name = "list", description = "List the identity providers (without secrets).")
    static final class ListProviders extends ServiceCommand.Printing {
        @Override
        void run(Services s) {
            ProviderRegistry r = s.federation().providers();
            output.list(r.list().stream().map(p -> ProviderJson.of(p, r)).toList(), "id", "type", "name", "enabled", "link_policy");
        }
    }

    @Command(name = "add", description = "Add an identity provider; prints its JSON (without the secret).")
    static final class Add extends ServiceCommand.Printing {
        @Option(names = "--id", required = true, description = "a lowercase slug, used in URLs: [a-z0-9][a-z0-9-]{0,31}")
        String id;

        @Option(names = "--type", required = true, description = "oidc, google, microsoft, apple, facebook, github or gitlab")
        String type;

        @Mixin
        Fields fields;

        @Override
        void run(Services s) throws IOException {
            ProviderSpec spec = fields.spec(id, type);
            ProviderRegistry r = s.federation().providers();
            output.result(ProviderJson.of(r.create(spec, ACTOR), r));
        }
    }

    @Command(name = "show", description = "Show one identity provider (without the secret).")
    static final class Show extends ServiceCommand.Printing {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        void run(Services s) {
            ProviderRegistry r = s.federation().providers();
            output.object(ProviderJson.of(r.get(id), r));
        }
    }

    @Command(name = "update", description = "Change the given fields of an identity provider; the others stay.")
    static final class Update extends ServiceCommand.Printing {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--clear-client-secret", description = "erase the stored client secret")
        boolean clearSecret;

        @Mixin
        Fields fields;

        @Override
        void run(Services s) throws IOException {
            ProviderSpec spec = fields.spec(null, null);
            if (clearSecret) {
                if (spec.clientSecret() != null) throw new UsageException("--clear-client-secret and a new secret contradict each other");
                spec = new ProviderSpec(null, null, spec.name(), spec.enabled(), spec.createUsers(), spec.trustEmail(), spec.linkPolicy(),
                        spec.issuer(), spec.clientId(), "", spec.scopes(), spec.audiences(), spec.tenant(), spec.teamId(), spec.keyId(),
                        spec.endpoints());
            }
            ProviderRegistry r = s.federation().providers();
            output.result(ProviderJson.of(r.update(id, spec, ACTOR), r));
        }
    }

    @Command(name = "remove", description = "Remove an identity provider and every identity linked through it.")
    static final class Remove extends ServiceCommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        void run(Services s) {
            s.federation().providers().delete(id, ACTOR);
            System.err.println("removed identity provider " + id);
        }
    }
}
