package dev.gatehouse.account;

/** A password login as received; {@code username} may be the email. */
public record LoginCommand(String username, String password, String scope, String clientId, String ip, String userAgent) {
    @Override
    public String toString() {
        return "LoginCommand[username=" + username + ", ip=" + ip + "]";
    }
}
