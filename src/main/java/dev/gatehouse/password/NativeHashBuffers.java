package dev.gatehouse.password;

import com.sun.jna.Memory;

/**
 * One hash's password, salt and tag in native memory for a C Argon2; the password and the tag are
 * wiped when it closes. JNA cannot allocate a zero-length buffer: the hasher never passes an empty password.
 */
final class NativeHashBuffers implements AutoCloseable {
    final Memory password;
    final Memory salt;
    final Memory out;

    NativeHashBuffers(byte[] password, byte[] salt, int hashLength) {
        if (password.length == 0) {
            throw new IllegalArgumentException("empty password");
        }
        this.password = new Memory(password.length);
        this.salt = new Memory(salt.length);
        this.out = new Memory(hashLength);
        this.password.write(0, password, 0, password.length);
        this.salt.write(0, salt, 0, salt.length);
    }

    byte[] tag() {
        return out.getByteArray(0, (int) out.size());
    }

    @Override
    public void close() {
        password.clear();
        out.clear();
        password.close();
        out.close();
        salt.close();
    }
}
