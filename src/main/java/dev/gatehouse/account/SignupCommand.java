package dev.gatehouse.account;

/** @param locale the language of the page the user signs up on (a BCP 47 tag), for their mails; null when unknown */
public record SignupCommand(String username, String password, String email, String name, String ip, String locale) {
    public SignupCommand(String username, String password, String email, String name, String ip) {
        this(username, password, email, name, ip, null);
    }

    @Override
    public String toString() {
        return "SignupCommand[username=" + username + "]";
    }
}
