package be.openpas.apiclient.internal;

import be.openpas.apiclient.ApiClientCommand;
import be.openpas.apiclient.ApiClients;
import be.openpas.apiclient.CreatedApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty installation, creates an administrator client and prints its secret once, so the
 * operator can log in to the administration API. Runs after the demo data (which brings its own clients).
 */
@Component
@Order(100)
class AdminClientBootstrap implements ApplicationRunner {

    static final String CLIENT_ID = "openpas-admin";
    private static final Logger log = LoggerFactory.getLogger(AdminClientBootstrap.class);

    private final ApiClients clients;

    AdminClientBootstrap(ApiClients clients) {
        this.clients = clients;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (clients.count() > 0) {
            return;
        }
        CreatedApiClient admin =
                clients.create(new ApiClientCommand(CLIENT_ID, "openpas administrator", true, null, null));
        log.warn(
                "No API clients existed: created administrator client '{}' with secret '{}'. "
                        + "Store the secret now; it is not shown again (rotate it with POST /admin/clients/{}/secret).",
                CLIENT_ID,
                admin.secret(),
                CLIENT_ID);
    }
}
