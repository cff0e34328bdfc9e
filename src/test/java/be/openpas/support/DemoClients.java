package be.openpas.support;

/** The demo clients of the demo data set (fixed credentials, documented in the README). */
public final class DemoClients {

    public static final String ADMIN = "demo-admin";
    public static final String ADMIN_SECRET = "demo-admin-secret";
    public static final String TICKETING = "demo-ticketing";
    public static final String TICKETING_SECRET = "demo-ticketing-secret";

    private DemoClients() {}
}
