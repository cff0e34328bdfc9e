package be.openpas.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.card.CardType;
import be.openpas.distribution.DistributionKey;
import be.openpas.distribution.Payer;
import be.openpas.distribution.Share;
import be.openpas.distribution.ShareKind;
import be.openpas.event.EventId;
import be.openpas.event.EventSettings;
import be.openpas.event.EventView;
import be.openpas.event.UitpasEvents;
import be.openpas.passholder.PassholderAddress;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.PersonDetails;
import be.openpas.passholder.Registration;
import be.openpas.passholder.RegistrationRights;
import be.openpas.passholder.Registrations;
import be.openpas.shared.time.PeriodLimit;
import be.openpas.shared.time.PeriodType;
import be.openpas.support.Fixtures;
import be.openpas.support.SaleFixtures;
import be.openpas.ticketing.TicketSale;
import be.openpas.ticketing.TicketSales;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.boot.test.context.TestComponent;

/**
 * A region for report tests: a counter in Gent, a key with four payers (the passholder 20%, of the rest the organizer
 * 40%, the passholder's municipality 40%, two funders 15% and 5%), and passholders in Gent and in Eeklo.
 */
@TestComponent
class ReportWorld {

    static final String PROVINCE = "Provincie Oost-Vlaanderen";
    static final String FUND = "Fonds Cultuurparticipatie";

    final Fixtures fixtures;
    final SaleFixtures sales;
    final TicketSales ticketSales;
    final Passholders passholders;
    final Registrations registrations;
    final UitpasEvents uitpasEvents;
    final Reports reports;

    ReportWorld(
            Fixtures fixtures,
            SaleFixtures sales,
            TicketSales ticketSales,
            Passholders passholders,
            Registrations registrations,
            UitpasEvents uitpasEvents,
            Reports reports) {
        this.fixtures = fixtures;
        this.sales = sales;
        this.ticketSales = ticketSales;
        this.passholders = passholders;
        this.registrations = registrations;
        this.uitpasEvents = uitpasEvents;
        this.reports = reports;
    }

    /** A region of its own, with the four-payer key. */
    Fixtures.Region region() {
        Fixtures.Region region = fixtures.region();
        sales.key(new DistributionKey(
                null,
                region.cardSystemId(),
                "Kansentarief met financiers",
                true,
                null,
                null,
                null,
                null,
                null,
                List.of(
                        Share.of(Payer.PASSHOLDER, ShareKind.PERCENT_OF_TOTAL, "20"),
                        Share.of(Payer.ORGANIZER, ShareKind.PERCENT_OF_REMAINDER, "40"),
                        Share.of(Payer.MUNICIPALITY, ShareKind.PERCENT_OF_REMAINDER, "40"),
                        Share.funder(PROVINCE, ShareKind.PERCENT_OF_REMAINDER, "15"),
                        Share.funder(FUND, ShareKind.PERCENT_OF_REMAINDER, "5"))));
        return region;
    }

    /** An event of the counter at this base price, where a passholder may buy up to 50 tickets. */
    EventView event(Fixtures.Region region, String price) {
        EventView event = sales.event(region.counterId(), price);
        EventSettings current = uitpasEvents.settings(EventId.of(event.id()));
        uitpasEvents.saveSettings(
                EventId.of(event.id()),
                new EventSettings(
                        null,
                        current.checkinPoints(),
                        new PeriodLimit(50, PeriodType.ABSOLUTE),
                        current.checkinLimit()));
        return event;
    }

    /** A passholder with a kansenstatuut until the given day, living in Gent (9000) or Eeklo (9900). */
    PassholderView passholder(Fixtures.Region region, String postalCode, String city, LocalDate socialTariffEnd) {
        String card = fixtures.stockCard(region.cardSystemId(), region.counterId(), socialTariffEnd != null);
        PersonDetails gent = Fixtures.person(Fixtures.unique("Peeters"));
        PersonDetails person = new PersonDetails(
                gent.name(),
                gent.firstName(),
                gent.inszNumber(),
                gent.dateOfBirth(),
                gent.gender(),
                new PassholderAddress("Markt 1", postalCode, city, "BE"),
                null,
                null,
                null,
                null,
                false,
                true,
                false);
        return registrations
                .register(
                        new Registration(
                                person,
                                region.counterId(),
                                region.cardSystemId(),
                                CardType.NFC_CARD,
                                card,
                                socialTariffEnd,
                                null),
                        RegistrationRights.ALL)
                .orElseThrow();
    }

    /** A sale at kansentarief, registered now (by the application clock). */
    TicketSale sell(EventView event, PassholderView holder, String price) {
        return sell(event, holder, price, null);
    }

    TicketSale sell(EventView event, PassholderView holder, String price, String label) {
        return ticketSales
                .register(
                        List.of(new TicketSales.Item(
                                event,
                                holder.uitpasNumber().orElseThrow(),
                                "SOCIALTARIFF",
                                new BigDecimal(price),
                                label)),
                        "report-tests",
                        null)
                .orElseThrow()
                .sales()
                .getFirst();
    }

    /** Waits until the report is no longer STARTED (the job runs in the background). */
    Report finished(long id, Long organizerOrNull) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Report report = reports.get(Long.toString(id), null, null);
            if (report.status() != ReportStatus.STARTED) {
                return report;
            }
            assertThat(System.nanoTime()).as("report %d finished in time", id).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    Report finished(long id) {
        return finished(id, null);
    }

    /** The entries of a zip, by name. */
    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
