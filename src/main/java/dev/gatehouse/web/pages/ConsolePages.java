package dev.gatehouse.web.pages;

/**
 * The admin console's pages (API.md §9), one controller per section, all asking {@link ConsoleGuard}
 * who is signed in. A new section adds its controller here (one per line) and its routes in
 * {@code Routes#adminConsole}.
 */
public record ConsolePages(
        ConsoleGuard guard,
        AdminConsole users,
        AdminClientPages clients,
        AdminProviderPages providers,
        AdminKeyPages keys,
        AdminDashboard dashboard,
        AdminEvents events,
        AdminUserActions userActions,
        AdminRolePages roles
) {}
