package dev.gatehouse.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gatehouse.bootstrap.Gatehouse;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.oauth.client.ClientJson;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.ClientSpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "client", description = "OAuth client commands.", subcommands = {ClientCommand.Create.class, ClientCommand.ListClients.class})
final class ClientCommand implements Runnable {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void run() {
        throw new UsageException("use: gatehouse client create --name N --type confidential|public ... | gatehouse client list");
    }

    @Command(name = "create", description = "Register an OAuth client; prints its JSON, with the client secret shown this once.")
    static final class Create implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--type", required = true, description = "confidential or public")
        String type;

        @Option(names = "--client-id", description = "chosen client_id (default: generated)")
        String clientId;

        @Option(names = "--redirect-uri", description = "registered redirect URI (repeatable; exact match)")
        List<String> redirectUris = new ArrayList<>();

        @Option(names = "--post-logout-redirect-uri", description = "repeatable")
        List<String> postLogoutRedirectUris = new ArrayList<>();

        @Option(names = "--grant-type", description = "authorization_code, refresh_token, client_credentials (repeatable)")
        List<String> grantTypes = new ArrayList<>();

        @Option(names = "--scope", description = "a scope the client may ask for (repeatable)")
        List<String> scopes = new ArrayList<>();

        @Option(names = "--auth-method", description = "client_secret_basic, client_secret_post, private_key_jwt or none")
        String authMethod;

        @Option(names = "--jwks-uri", description = "where the client publishes its keys (private_key_jwt)")
        String jwksUri;

        @Option(names = "--first-party", description = "skips the consent page; its tokens may use the account and admin APIs")
        boolean firstParty;

        @Option(names = "--require-mfa", description = "codes only for sign-ins with a second factor (acr 2)")
        boolean requireMfa;

        @Option(names = "--audience", description = "an API (absolute URI recommended) this client's access tokens are for (repeatable)")
        List<String> audience = new ArrayList<>();

        @Option(names = "--access-token-signed-response-alg",
                description = "RS256, ES256 or PS256 for this client's access tokens (default: the server's token.signing.alg)")
        String accessTokenAlg;

        @Mixin
        ConfigOptions options;

        @Override
        public Integer call() throws JsonProcessingException {
            ClientSpec spec = new ClientSpec(clientId, name, type, redirectUris, postLogoutRedirectUris,
                    grantTypes.isEmpty() ? null : grantTypes, scopes, authMethod, null, jwksUri, firstParty, null, null, null,
                    accessTokenAlg, audience, requireMfa);
            try (Gatehouse g = Gatehouse.open(options.load(), Clock.systemUTC(), true)) {
                ClientRegistry.Created created = g.services().clients().create(spec, "cli");
                System.out.println(JSON.writeValueAsString(ClientJson.of(created.client(), created.clientSecret())));
                if (created.clientSecret() != null) System.err.println("The client_secret is shown only now; store it safely.");
                return 0;
            } catch (DomainException e) {
                System.err.println("error: " + e.error().code() + (e.detail() == null ? "" : " " + e.detail())
                        + (e.fieldErrors().isEmpty() ? "" : " " + e.fieldErrors()));
                return 2;
            }
        }
    }

    @Command(name = "list", description = "List the registered OAuth clients (JSON, without secrets).")
    static final class ListClients implements java.util.concurrent.Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Override
        public Integer call() throws JsonProcessingException {
            try (Gatehouse g = Gatehouse.open(options.load(), Clock.systemUTC(), true)) {
                List<Map<String, Object>> all = new ArrayList<>();
                String cursor = null;
                do {
                    ClientRegistry.Page page = g.services().clients().list(ClientRegistry.MAX_PAGE, cursor);
                    page.items().forEach(c -> all.add(ClientJson.of(c, null)));
                    cursor = page.nextCursor();
                } while (cursor != null);
                System.out.println(JSON.writeValueAsString(all));
                return 0;
            }
        }
    }
}
