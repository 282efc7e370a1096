package dev.gatehouse.load;

import java.security.SecureRandom;

/** A user the generator signs up and logs in as. */
record Credentials(String username, String password) {

    // no '"' or '\\' so the JSON stays trivial; symbols so strength checks see every class
    private static final String PASSWORD_ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*+-.:=?@^_~";
    private static final int PASSWORD_LENGTH = 20;

    /** {@code prefix + number} with a random 20-character password (72 symbols: about 123 bits). */
    static Credentials generate(String prefix, int number, SecureRandom random) {
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length()));
        }
        return new Credentials(prefix + number, new String(password));
    }

    static Credentials[] generate(String prefix, int count) {
        SecureRandom random = new SecureRandom();
        Credentials[] users = new Credentials[count];
        for (int i = 0; i < count; i++) {
            users[i] = generate(prefix, i, random);
        }
        return users;
    }

    @Override
    public String toString() {
        return "Credentials[" + username + "]";
    }
}
