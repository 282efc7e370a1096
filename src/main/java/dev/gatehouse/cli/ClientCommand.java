package dev.gatehouse.cli;

import dev.gatehouse.bootstrap.Services;
import dev.gatehouse.oauth.client.ClientJson;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.ClientSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * OAuth clients (API.md §4, §5) through the admin API's {@link ClientRegistry}, audited with actor
 * {@code cli}. The client JSON is the admin API's; a secret appears once, in the output of
 * {@code create} and {@code rotate-secret}.
 */
@Command(name = "client", description = "OAuth client commands.", subcommands = {ClientCommand.Create.class,
        ClientCommand.ListClients.class, ClientCommand.Show.class, ClientCommand.Update.class, ClientCommand.Delete.class,
        ClientCommand.RotateSecret.class})
final class ClientCommand implements Runnable {
    private static final String ACTOR = RoleCommand.CLI.userId();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw GatehouseCommand.needsSubcommand(spec);
    }

    /** The client fields {@code create} and {@code update} share; absent options are null (default, or unchanged). */
    static final class Fields {
        @Option(names = "--redirect-uri", description = "registered redirect URI (repeatable; exact match; update: replaces the list)")
        List<String> redirectUris;

        @Option(names = "--post-logout-redirect-uri", description = "repeatable")
        List<String> postLogoutRedirectUris;

        @Option(names = "--grant-type", description = "authorization_code, refresh_token, client_credentials (repeatable)")
        List<String> grantTypes;

        @Option(names = "--scope", description = "a scope the client may ask for (repeatable)")
        List<String> scopes;

        @Option(names = "--auth-method", description = "client_secret_basic, client_secret_post, private_key_jwt or none")
        String authMethod;

        @Option(names = "--jwks-uri", description = "where the client publishes its keys (private_key_jwt)")
        String jwksUri;

        @Option(names = "--first-party", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
                description = "skips the consent page; its tokens may use the account and admin APIs")
        Boolean firstParty;

        @Option(names = "--require-mfa", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
                description = "codes only for sign-ins with a second factor (acr 2)")
        Boolean requireMfa;

        @Option(names = "--audience", description = "an API (absolute URI recommended) this client's access tokens are for (repeatable)")
        List<String> audience;

        @Option(names = "--web-origin", description = "a browser origin (https://app.example) that may call the token, revocation "
                + "and userinfo endpoints for this client; + for the origins of its redirect URIs (repeatable; update: replaces the list)")
        List<String> webOrigins;

        @Option(names = "--access-token-signed-response-alg",
                description = "RS256, ES256 or PS256 for this client's access tokens (default: the server's token.signing.alg)")
        String accessTokenAlg;

        ClientSpec spec(String clientId, String name, String type) {
            return new ClientSpec(clientId, name, type, redirectUris, postLogoutRedirectUris, grantTypes, scopes, authMethod, null,
                    jwksUri, firstParty, null, null, null, accessTokenAlg, audience, requireMfa, webOrigins);
        }
    }

    @Command(name = "create", description = "Register an OAuth client; prints its JSON, with the client secret shown this once.")
    static final class Create extends ServiceCommand.Printing {
        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--type", required = true, description = "confidential or public")
        String type;

        @Option(names = "--client-id", description = "chosen client_id (default: generated)")
        String clientId;

        @Mixin
        Fields fields;

        @Override
        void run(Services s) {
            printSecretOnce(output, s.clients().create(fields.spec(clientId, name, type), ACTOR));
        }
    }

    /** The client with its new secret, which is not stored anywhere in the clear: this is the only time it is seen. */
    private static void printSecretOnce(Output output, ClientRegistry.Created created) {
        output.result(ClientJson.of(created.client(), created.clientSecret()));
        if (created.clientSecret() != null) System.err.println("The client_secret is shown only now; store it safely.");
    }

    @Command(name = "list", description = "List the registered OAuth clients (without secrets).")
    static final class ListClients extends ServiceCommand.Printing {
        @Override
        void run(Services s) {
            List<Map<String, Object>> all = new ArrayList<>();
            String cursor = null;
            do {
                ClientRegistry.Page page = s.clients().list(ClientRegistry.MAX_PAGE, cursor);
                page.items().forEach(c -> all.add(ClientJson.of(c, null)));
                cursor = page.nextCursor();
            } while (cursor != null);
            output.list(all, "client_id", "name", "type", "grant_types", "first_party");
        }
    }

    /** The client_id argument of the commands on one client. */
    abstract static class OnClient extends ServiceCommand.Printing {
        @Parameters(index = "0", paramLabel = "CLIENT_ID")
        String clientId;
    }

    @Command(name = "show", description = "Show one OAuth client (without its secret).")
    static final class Show extends OnClient {
        @Override
        void run(Services s) {
            output.object(ClientJson.of(s.clients().get(clientId), null));
        }
    }

    @Command(name = "update", description = "Change the given fields of an OAuth client; the others stay (client_id and type cannot change).")
    static final class Update extends OnClient {
        @Option(names = "--name")
        String name;

        @Mixin
        Fields fields;

        @Override
        void run(Services s) {
            output.result(ClientJson.of(s.clients().update(clientId, fields.spec(null, name, null), ACTOR), null));
        }
    }

    @Command(name = "delete", description = "Delete an OAuth client and end every session it holds. Prints nothing on standard output.")
    static final class Delete extends ServiceCommand {
        @Parameters(index = "0", paramLabel = "CLIENT_ID")
        String clientId;

        @Override
        void run(Services s) {
            s.clients().delete(clientId, ACTOR);
            System.err.println("deleted client " + clientId);
        }
    }

    @Command(name = "rotate-secret", description = "Give a confidential client a new secret, shown this once; the old one stops working at once.")
    static final class RotateSecret extends OnClient {
        @Override
        void run(Services s) {
            printSecretOnce(output, s.clients().rotateSecret(clientId, ACTOR));
        }
    }
}
