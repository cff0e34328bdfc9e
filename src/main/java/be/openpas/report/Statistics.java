package be.openpas.report;

import be.openpas.cardsystem.CardSystemId;
import be.openpas.checkin.CheckinFacts;
import be.openpas.event.EventDetails;
import be.openpas.event.EventId;
import be.openpas.event.EventView;
import be.openpas.event.Events;
import be.openpas.municipality.Municipalities;
import be.openpas.municipality.Municipality;
import be.openpas.organizer.OrganizerView;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.MembershipFacts;
import be.openpas.passholder.MembershipStatus;
import be.openpas.report.internal.domain.ParticipationCounter;
import be.openpas.reward.RedemptionFacts;
import be.openpas.ticketing.SalesLedger;
import be.openpas.ticketing.TariffType;
import be.openpas.ticketing.TicketSale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Participation statistics for the local network of a card system (issue 7): who takes part, with and without a
 * kansenstatuut, per organizer, event type and municipality, with every group smaller than a threshold suppressed
 * ({@code openpas.statistics.threshold}, 5 by default). Computed on request from the stored memberships, check-ins,
 * ticket sales and redemptions, streamed; only counters per group and the distinct participants are kept.
 */
@Service
public class Statistics {

    private final MembershipFacts memberships;
    private final CheckinFacts checkins;
    private final SalesLedger sales;
    private final RedemptionFacts redemptions;
    private final Events events;
    private final Organizers organizers;
    private final Municipalities municipalities;
    private final int defaultThreshold;

    Statistics(
            MembershipFacts memberships,
            CheckinFacts checkins,
            SalesLedger sales,
            RedemptionFacts redemptions,
            Events events,
            Organizers organizers,
            Municipalities municipalities,
            @Value("${openpas.statistics.threshold:5}") int defaultThreshold) {
        this.memberships = memberships;
        this.checkins = checkins;
        this.sales = sales;
        this.redemptions = redemptions;
        this.events = events;
        this.organizers = organizers;
        this.municipalities = municipalities;
        this.defaultThreshold = defaultThreshold;
    }

    public int defaultThreshold() {
        return defaultThreshold;
    }

    /**
     * @param threshold the smallest group shown; at least the configured one (a caller may only suppress more)
     */
    public ParticipationStatistics of(int cardSystemId, ReportPeriod period, Integer threshold) {
        int smallest = threshold == null ? defaultThreshold : Math.max(threshold, defaultThreshold);
        ParticipationCounter counter = new ParticipationCounter();
        Map<String, String> places = new HashMap<>();
        memberships.forEach(cardSystemId, member -> {
            if (member.status() != MembershipStatus.ACTIVE || !member.joinedAt().isBefore(period.until())) {
                return;
            }
            boolean socialTariff = member.socialTariffEndDate() != null
                    && !member.socialTariffEndDate().isBefore(period.startDate());
            boolean isNew = !member.joinedAt().isBefore(period.from());
            String place = places.computeIfAbsent(
                    member.postalCode() + "|" + member.city(), key -> municipality(member.postalCode(), member.city()));
            counter.member(member.passholderId(), socialTariff, place, member.registrationOrganizerId(), isNew);
        });
        Map<UUID, String> eventTypes = new HashMap<>();
        Map<String, String> typeNames = new HashMap<>();
        checkins.forEach(
                cardSystemId,
                period.from(),
                period.until(),
                checkin -> counter.checkin(
                        checkin.passholderId(),
                        checkin.organizerId(),
                        eventType(checkin.eventId(), eventTypes, typeNames),
                        checkin.socialTariff()));
        sales.forEachFact(cardSystemId, period.from(), period.until(), sale -> {
            boolean person = sale.holderKind() == TicketSale.HolderKind.PASSHOLDER;
            counter.sale(
                    person ? sale.holderId() : null,
                    sale.holderId(),
                    sale.organizerId(),
                    eventType(sale.eventId(), eventTypes, typeNames),
                    sale.tariffType() == TariffType.SOCIALTARIFF
                            || person && counter.hasSocialTariffInPeriod(sale.holderId()),
                    sale.discount());
        });
        Set<UUID> organizersOfCardSystem = organizers.idsInCardSystem(CardSystemId.of(cardSystemId));
        redemptions.forEach(
                organizersOfCardSystem,
                period.from(),
                period.until(),
                redemption -> counter.reward(redemption.passholderId(), redemption.organizerId()));

        ParticipationCounter.Result result = counter.result(smallest);
        List<String> organizerIds = new ArrayList<>();
        result.breakdowns().get(ParticipationCounter.Breakdown.ORGANIZER).forEach(row -> organizerIds.add(row.key()));
        Map<UUID, OrganizerView> organizerViews = organizers.byIds(organizerIds.stream()
                .filter(key -> !key.equals(ParticipationCounter.UNKNOWN))
                .map(UUID::fromString)
                .toList());
        return new ParticipationStatistics(
                cardSystemId,
                period,
                smallest,
                group(result.total(), "Totaal"),
                result.breakdowns().get(ParticipationCounter.Breakdown.ORGANIZER).stream()
                        .map(row -> group(
                                row,
                                row.key().equals(ParticipationCounter.UNKNOWN)
                                        ? "Onbekend"
                                        : Optional.ofNullable(organizerViews.get(UUID.fromString(row.key())))
                                                .map(OrganizerView::name)
                                                .orElse(row.key())))
                        .toList(),
                result.breakdowns().get(ParticipationCounter.Breakdown.EVENT_TYPE).stream()
                        .map(row -> withoutMembers(group(row, typeNames.getOrDefault(row.key(), "Onbekend"))))
                        .toList(),
                result.breakdowns().get(ParticipationCounter.Breakdown.MUNICIPALITY).stream()
                        .map(row -> group(row, row.key().equals(ParticipationCounter.UNKNOWN) ? "Onbekend" : row.key()))
                        .toList());
    }

    private String municipality(String postalCode, String city) {
        List<Municipality> known = municipalities.byPostalCode(postalCode);
        return known.stream()
                .filter(m -> m.name().equalsIgnoreCase(city)
                        || m.effectiveMainMunicipality().equalsIgnoreCase(city))
                .findFirst()
                .or(() -> known.stream().findFirst())
                .map(Municipality::effectiveMainMunicipality)
                .orElse(city);
    }

    private String eventType(UUID eventId, Map<UUID, String> types, Map<String, String> names) {
        return types.computeIfAbsent(eventId, id -> {
            Optional<EventDetails.Term> type = events.find(EventId.of(id)).map(EventView::terms).stream()
                    .flatMap(List::stream)
                    .filter(term -> "eventtype".equals(term.domain()))
                    .findFirst();
            type.ifPresent(term -> names.putIfAbsent(term.id(), term.label()));
            return type.map(EventDetails.Term::id).orElse(ParticipationCounter.UNKNOWN);
        });
    }

    /** Event types have no members and no rewards (a reward is not exchanged at an event). */
    private static ParticipationStatistics.Group withoutMembers(ParticipationStatistics.Group group) {
        return new ParticipationStatistics.Group(
                group.key(),
                group.name(),
                null,
                null,
                group.checkins(),
                group.participants(),
                group.ticketSales(),
                group.discount(),
                null,
                group.socialTariffParticipation());
    }

    private static ParticipationStatistics.Group group(ParticipationCounter.Row row, String name) {
        return new ParticipationStatistics.Group(
                row.key(),
                name,
                split(row, ParticipationCounter.Metric.PASSHOLDERS),
                split(row, ParticipationCounter.Metric.NEW_PASSHOLDERS),
                split(row, ParticipationCounter.Metric.CHECKINS),
                split(row, ParticipationCounter.Metric.PARTICIPANTS),
                split(row, ParticipationCounter.Metric.TICKET_SALES),
                split(row, ParticipationCounter.Metric.DISCOUNT),
                split(row, ParticipationCounter.Metric.REWARDS),
                new ParticipationStatistics.Shares(
                        row.socialTariffParticipation().holders(),
                        row.socialTariffParticipation().atLeastOnce(),
                        row.socialTariffParticipation().atLeastTwice(),
                        row.socialTariffParticipation().atLeastFiveTimes()));
    }

    /** A metric nobody had is 0 for both; a suppressed value stays null. */
    private static ParticipationStatistics.Split split(
            ParticipationCounter.Row row, ParticipationCounter.Metric metric) {
        ParticipationCounter.Split split = row.values().get(metric);
        if (split == null) {
            return new ParticipationStatistics.Split(BigDecimal.ZERO, BigDecimal.ZERO);
        }
        return new ParticipationStatistics.Split(split.withSocialTariff(), split.withoutSocialTariff());
    }

    // ----------------------------------------------------------------------------------------------------- CSV

    private static final List<String> CSV_HEADER = List.of(
            "table",
            "key",
            "name",
            "passholders_with",
            "passholders_without",
            "new_passholders_with",
            "new_passholders_without",
            "checkins_with",
            "checkins_without",
            "participants_with",
            "participants_without",
            "ticket_sales_with",
            "ticket_sales_without",
            "discount_with",
            "discount_without",
            "rewards_with",
            "rewards_without",
            "kansenstatuut_holders",
            "share_at_least_once",
            "share_at_least_twice",
            "share_at_least_five_times");

    /** The statistics as CSV: one line per row of every table; an empty cell is suppressed. */
    public void writeCsv(ParticipationStatistics statistics, Appendable out) {
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(CSV_HEADER);
            csvRow(printer, "total", statistics.total());
            for (ParticipationStatistics.Group group : statistics.byOrganizer()) {
                csvRow(printer, "organizer", group);
            }
            for (ParticipationStatistics.Group group : statistics.byEventType()) {
                csvRow(printer, "event_type", group);
            }
            for (ParticipationStatistics.Group group : statistics.byMunicipality()) {
                csvRow(printer, "municipality", group);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csvRow(CSVPrinter printer, String table, ParticipationStatistics.Group group)
            throws IOException {
        List<Object> values = new ArrayList<>(List.of(table, group.key(), group.name()));
        for (ParticipationStatistics.Split split : java.util.Arrays.asList(
                group.passholders(),
                group.newPassholders(),
                group.checkins(),
                group.participants(),
                group.ticketSales(),
                group.discount(),
                group.rewards())) {
            values.add(split == null ? "" : text(split.withSocialTariff()));
            values.add(split == null ? "" : text(split.withoutSocialTariff()));
        }
        ParticipationStatistics.Shares shares = group.socialTariffParticipation();
        values.add(shares.holders() == null ? "" : shares.holders().toString());
        values.add(text(shares.atLeastOnce()));
        values.add(text(shares.atLeastTwice()));
        values.add(text(shares.atLeastFiveTimes()));
        printer.printRecord(values);
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
