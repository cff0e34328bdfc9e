package be.openpas.balie.internal.web;

import be.openpas.access.Access;
import be.openpas.access.Permission;
import be.openpas.passholder.RegistrationRights;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What the person at the desk may do at this counter beyond registering and replacing cards (as the API asks). */
@Component
class CounterRights {

    private final Access access;

    CounterRights(Access access) {
        this.access = access;
    }

    RegistrationRights of(UUID counter) {
        return new RegistrationRights(
                socialTariff(counter),
                access.has(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF_FULL_CARDSYSTEM, counter),
                access.has(Permission.PASSHOLDERS_WRITE_FOREIGN_COUNTRY, counter));
    }

    /** Whether a kansenstatuut may be granted (and a kansenpas handed out) here. */
    boolean socialTariff(UUID counter) {
        return access.has(Permission.PASSHOLDERS_WRITE_SOCIALTARIFF, counter);
    }
}
