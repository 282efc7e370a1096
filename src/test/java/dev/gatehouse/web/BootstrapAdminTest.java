package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestServer;
import org.junit.jupiter.api.Test;

/** GATEHOUSE_BOOTSTRAP_ADMIN_*: the first admin can use the admin API, and a restart leaves it alone. */
class BootstrapAdminTest {
    @Test
    void bootstrapAdminCanAdministerAndSurvivesARestart() {
        String url = TestDatabases.sqlite();
        TestServer.Builder builder = TestServer.builder().databaseUrl(url)
                .set("bootstrap.admin.username", "boss").set("bootstrap.admin.password", AdminFixture.PASSWORD);
        try (TestServer server = builder.start()) {
            String token = server.http().login("boss", AdminFixture.PASSWORD).path("access_token").asText();
            assertThat(server.http().get("/admin/v1/users?query=boss", token).json().path("items").get(0).path("username").asText())
                    .isEqualTo("boss");
        }
        try (TestServer again = builder.start()) {
            String token = again.http().login("boss", AdminFixture.PASSWORD).path("access_token").asText();
            assertThat(again.http().get("/admin/v1/roles/admin", token).status()).isEqualTo(200);
            assertThat(again.http().get("/admin/v1/users?query=boss", token).json().path("items")).hasSize(1);
        }
    }
}
