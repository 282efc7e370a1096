package dev.gatehouse.account;

public record SignupCommand(String username, String password, String email, String name, String ip) {
    @Override
    public String toString() {
        return "SignupCommand[username=" + username + "]";
    }
}
