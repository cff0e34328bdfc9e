package be.openpas.report.internal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Participation statistics of a card system for a period (issue 7): per organizer, event type and municipality, and
 * for the whole card system, the number of passholders, new passholders, check-ins, distinct participants, ticket
 * sales and the discount given, rewards exchanged, each for people with and without a kansenstatuut; and the share
 * of kansenstatuut holders who took part (a check-in or a ticket) at least once, twice and five times.
 *
 * <p><b>Small groups are never shown</b>: a number that is about fewer than {@code threshold} people (but not none)
 * is suppressed, and so is a share whose population is smaller than the threshold or whose people are. In a
 * breakdown whose rows add up to the card system's total (every activity has one organizer, one event type, one
 * municipality), a single suppressed row could be recomputed from the total and the other rows, so then the
 * smallest other row of that column is suppressed too.
 *
 * <p>Plain Java: facts are fed in one at a time, then {@link #result(int)} computes the tables.
 */
public final class ParticipationCounter {

    public enum Breakdown {
        ORGANIZER,
        EVENT_TYPE,
        MUNICIPALITY
    }

    public enum Metric {
        PASSHOLDERS,
        NEW_PASSHOLDERS,
        CHECKINS,
        PARTICIPANTS,
        TICKET_SALES,
        DISCOUNT,
        REWARDS
    }

    /** A value for people with and without a kansenstatuut; {@code null} is a suppressed value. */
    public record Split(BigDecimal withSocialTariff, BigDecimal withoutSocialTariff) {}

    /**
     * Of the kansenstatuut holders ({@code holders}, of the card system or of the municipality), the share (0 to 1,
     * four decimals) who took part at least once, twice, five times (at the organizer, in the event type...).
     */
    public record Shares(Long holders, BigDecimal atLeastOnce, BigDecimal atLeastTwice, BigDecimal atLeastFiveTimes) {}

    /** One row of a table: its key (organizer id, event type, municipality; "total" for the card system). */
    public record Row(String key, Map<Metric, Split> values, Shares socialTariffParticipation) {}

    public record Result(int threshold, Row total, Map<Breakdown, List<Row>> breakdowns) {}

    private static final String TOTAL = "total";
    public static final String UNKNOWN = "onbekend";

    private record Person(boolean socialTariff, String municipality) {}

    /** Everything counted for one row. */
    private static final class Cells {
        final Map<Metric, long[]> counts = new EnumMap<>(Metric.class);
        final Map<Metric, BigDecimal[]> amounts = new EnumMap<>(Metric.class);
        final Map<Metric, Set<Object>[]> people = new EnumMap<>(Metric.class);
        /** Participations per kansenstatuut holder. */
        final Map<UUID, Integer> participations = new HashMap<>();

        @SuppressWarnings("unchecked")
        void add(Metric metric, boolean socialTariff, Object person, BigDecimal amount) {
            int i = socialTariff ? 0 : 1;
            counts.computeIfAbsent(metric, m -> new long[2])[i]++;
            if (amount != null) {
                BigDecimal[] sums =
                        amounts.computeIfAbsent(metric, m -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[i] = sums[i].add(amount);
            }
            people.computeIfAbsent(metric, m -> new Set[] {new HashSet<>(), new HashSet<>()})[i].add(person);
        }
    }

    private final Map<UUID, Person> members = new HashMap<>();
    private final Cells total = new Cells();
    private final Map<Breakdown, Map<String, Cells>> rows = new EnumMap<>(Breakdown.class);

    public ParticipationCounter() {
        for (Breakdown breakdown : Breakdown.values()) {
            rows.put(breakdown, new HashMap<>());
        }
    }

    private Cells row(Breakdown breakdown, String key) {
        return rows.get(breakdown).computeIfAbsent(key == null ? UNKNOWN : key, k -> new Cells());
    }

    private String municipalityOf(UUID person) {
        Person member = members.get(person);
        return member == null ? UNKNOWN : member.municipality();
    }

    /** Whether a member had a kansenstatuut in the card system during the period. */
    public boolean hasSocialTariffInPeriod(UUID person) {
        return hasSocialTariff(person);
    }

    private boolean hasSocialTariff(UUID person) {
        Person member = members.get(person);
        return member != null && member.socialTariff();
    }

    /**
     * A member of the card system at the end of the period (feed all members before activities).
     *
     * @param socialTariff had a kansenstatuut in this card system during the period
     * @param isNew became a member during the period
     * @param registeredAt the organizer that registered the passholder
     */
    public void member(UUID id, boolean socialTariff, String municipality, UUID registeredAt, boolean isNew) {
        String place = municipality == null ? UNKNOWN : municipality;
        members.put(id, new Person(socialTariff, place));
        String organizer = registeredAt == null ? UNKNOWN : registeredAt.toString();
        total.add(Metric.PASSHOLDERS, socialTariff, id, null);
        row(Breakdown.MUNICIPALITY, place).add(Metric.PASSHOLDERS, socialTariff, id, null);
        row(Breakdown.ORGANIZER, organizer).add(Metric.PASSHOLDERS, socialTariff, id, null);
        if (isNew) {
            total.add(Metric.NEW_PASSHOLDERS, socialTariff, id, null);
            row(Breakdown.MUNICIPALITY, place).add(Metric.NEW_PASSHOLDERS, socialTariff, id, null);
            row(Breakdown.ORGANIZER, organizer).add(Metric.NEW_PASSHOLDERS, socialTariff, id, null);
        }
    }

    /** A check-in, with the kansenstatuut the passholder had at that moment. */
    public void checkin(UUID person, UUID organizer, String eventType, boolean socialTariff) {
        activity(Metric.CHECKINS, person, person, organizer, eventType, socialTariff, null);
    }

    /**
     * A ticket sale that was not cancelled.
     *
     * @param person the passholder, or {@code null} for a group pass (counted in sales, not as a participant)
     * @param holder the passholder or group pass
     */
    public void sale(
            UUID person, UUID holder, UUID organizer, String eventType, boolean socialTariff, BigDecimal discount) {
        activity(Metric.TICKET_SALES, person, holder, organizer, eventType, socialTariff, discount);
    }

    /** A reward exchanged (not cancelled), classified by the passholder's kansenstatuut in the period. */
    public void reward(UUID person, UUID organizer) {
        boolean socialTariff = hasSocialTariff(person);
        String place = municipalityOf(person);
        total.add(Metric.REWARDS, socialTariff, person, null);
        row(Breakdown.ORGANIZER, organizer.toString()).add(Metric.REWARDS, socialTariff, person, null);
        row(Breakdown.MUNICIPALITY, place).add(Metric.REWARDS, socialTariff, person, null);
    }

    private void activity(
            Metric metric,
            UUID person,
            UUID holder,
            UUID organizer,
            String eventType,
            boolean socialTariff,
            BigDecimal discount) {
        String place = person == null ? UNKNOWN : municipalityOf(person);
        List<Cells> cells = List.of(
                total,
                row(Breakdown.ORGANIZER, organizer.toString()),
                row(Breakdown.EVENT_TYPE, eventType),
                row(Breakdown.MUNICIPALITY, place));
        for (Cells cell : cells) {
            cell.add(metric, socialTariff, holder, discount);
            if (metric == Metric.TICKET_SALES) {
                cell.add(Metric.DISCOUNT, socialTariff, holder, discount);
            }
            if (person != null) {
                cell.add(Metric.PARTICIPANTS, socialTariff, person, null);
                // a participant counts once per row, with or without: keep the kansenstatuut of the period
                if (hasSocialTariff(person)) {
                    cell.participations.merge(person, 1, Integer::sum);
                }
            }
        }
    }

    /** The tables, with every group smaller than the threshold suppressed. */
    public Result result(int threshold) {
        long holders = members.values().stream().filter(Person::socialTariff).count();
        Map<String, Long> holdersPerMunicipality = new HashMap<>();
        members.values().stream()
                .filter(Person::socialTariff)
                .forEach(p -> holdersPerMunicipality.merge(p.municipality(), 1L, Long::sum));
        Row totalRow = row(TOTAL, total, holders, threshold);
        Map<Breakdown, List<Row>> tables = new LinkedHashMap<>();
        for (Breakdown breakdown : Breakdown.values()) {
            List<Row> table = new ArrayList<>();
            List<String> keys = new ArrayList<>(rows.get(breakdown).keySet());
            keys.sort(Comparator.naturalOrder());
            for (String key : keys) {
                long population =
                        breakdown == Breakdown.MUNICIPALITY ? holdersPerMunicipality.getOrDefault(key, 0L) : holders;
                table.add(row(key, rows.get(breakdown).get(key), population, threshold));
            }
            tables.put(breakdown, secondarySuppression(table));
        }
        return new Result(threshold, totalRow, tables);
    }

    private static Row row(String key, Cells cells, long holders, int threshold) {
        Map<Metric, Split> values = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            long[] counts = cells.counts.get(metric);
            if (counts == null) {
                continue;
            }
            Set<Object>[] people = cells.people.get(metric);
            BigDecimal[] amounts = cells.amounts.get(metric);
            BigDecimal[] shown = new BigDecimal[2];
            for (int i = 0; i < 2; i++) {
                int persons = people[i].size();
                BigDecimal value = metric == Metric.DISCOUNT
                        ? amounts[i]
                        : metric == Metric.PARTICIPANTS
                                        || metric == Metric.PASSHOLDERS
                                        || metric == Metric.NEW_PASSHOLDERS
                                ? BigDecimal.valueOf(persons)
                                : BigDecimal.valueOf(counts[i]);
                shown[i] = small(persons, threshold) ? null : value;
            }
            values.put(metric, new Split(shown[0], shown[1]));
        }
        return new Row(key, values, shares(cells, holders, threshold));
    }

    private static boolean small(long people, int threshold) {
        return people > 0 && people < threshold;
    }

    private static Shares shares(Cells cells, long holders, int threshold) {
        if (holders < threshold) {
            return new Shares(null, null, null, null);
        }
        long once = cells.participations.size();
        long twice = cells.participations.values().stream().filter(n -> n >= 2).count();
        long five = cells.participations.values().stream().filter(n -> n >= 5).count();
        return new Shares(
                holders,
                share(once, holders, threshold),
                share(twice, holders, threshold),
                share(five, holders, threshold));
    }

    private static BigDecimal share(long people, long holders, int threshold) {
        if (small(people, threshold)) {
            return null;
        }
        return BigDecimal.valueOf(people).divide(BigDecimal.valueOf(holders), 4, java.math.RoundingMode.HALF_UP);
    }

    /**
     * When exactly one row of a column is suppressed, the total minus the other rows would show it: the smallest
     * other shown value of the column (that is not zero) is suppressed as well.
     */
    private static List<Row> secondarySuppression(List<Row> table) {
        for (Metric metric : Metric.values()) {
            for (int side = 0; side < 2; side++) {
                int suppressed = 0;
                Row smallest = null;
                for (Row row : table) {
                    Split split = row.values().get(metric);
                    if (split == null) {
                        continue;
                    }
                    BigDecimal value = side == 0 ? split.withSocialTariff() : split.withoutSocialTariff();
                    if (value == null) {
                        suppressed++;
                    } else if (value.signum() > 0
                            && (smallest == null || value.compareTo(valueOf(smallest, metric, side)) < 0)) {
                        smallest = row;
                    }
                }
                if (suppressed == 1 && smallest != null) {
                    Split split = smallest.values().get(metric);
                    smallest.values()
                            .put(
                                    metric,
                                    side == 0
                                            ? new Split(null, split.withoutSocialTariff())
                                            : new Split(split.withSocialTariff(), null));
                }
            }
        }
        return table;
    }

    private static BigDecimal valueOf(Row row, Metric metric, int side) {
        Split split = row.values().get(metric);
        return side == 0 ? split.withSocialTariff() : split.withoutSocialTariff();
    }
}
