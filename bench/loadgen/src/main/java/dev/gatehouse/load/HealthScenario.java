package dev.gatehouse.load;

/** {@code GET /health/live}: the HTTP floor of the server, no work behind it. */
final class HealthScenario implements Scenario {

    private final Request request;

    HealthScenario(HttpTarget target) {
        this.request = target.get("/health/live", null);
    }

    @Override
    public void setup(HttpConnection conn, ConnState state) {
    }

    @Override
    public Request next(ConnState state) {
        return request;
    }

    @Override
    public Outcome onResponse(ConnState state, Response response) {
        return Outcome.ofStatus(response.status());
    }
}
