package be.openpas.shared.problem;

/** Name of the correlation id in logs (MDC) and HTTP headers. */
public final class CorrelationIds {

    public static final String MDC_KEY = "correlationId";
    public static final String HEADER = "X-Correlation-Id";

    private CorrelationIds() {}
}
