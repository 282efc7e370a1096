package dev.gatehouse.federation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of {@link UpstreamLogin} rows, shared by every node. */
public interface UpstreamLoginStore {
    void insert(UpstreamLogin login);

    /** The unexpired row with this key, without spending it. */
    Optional<UpstreamLogin> find(String keyHash, Instant now);

    /** Unexpired round trips of one browser binding (two tabs may each have one). */
    List<UpstreamLogin> byBinding(String bindingHash, Instant now);

    /** Spends the row: true for the one caller whose DELETE removed it. */
    boolean delete(String keyHash);
}
