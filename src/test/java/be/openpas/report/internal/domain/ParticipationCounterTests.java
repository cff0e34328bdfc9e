package be.openpas.report.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.report.internal.domain.ParticipationCounter.Breakdown;
import be.openpas.report.internal.domain.ParticipationCounter.Metric;
import be.openpas.report.internal.domain.ParticipationCounter.Result;
import be.openpas.report.internal.domain.ParticipationCounter.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Small groups are suppressed in the participation statistics, so that no individual can be recognised. */
class ParticipationCounterTests {

    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    ParticipationCounter counter;
    List<UUID> holders = new ArrayList<>();
    List<UUID> others = new ArrayList<>();

    @BeforeEach
    void setUp() {
        counter = new ParticipationCounter();
        for (int i = 0; i < 10; i++) {
            UUID id = UUID.randomUUID();
            holders.add(id);
            counter.member(id, true, "Gent", A, i < 6);
        }
        for (int i = 0; i < 3; i++) {
            UUID id = UUID.randomUUID();
            others.add(id);
            counter.member(id, false, "Gent", A, false);
        }
    }

    static Row row(Result result, Breakdown breakdown, String key) {
        return result.breakdowns().get(breakdown).stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    static BigDecimal with(Row row, Metric metric) {
        return row.values().get(metric).withSocialTariff();
    }

    static BigDecimal without(Row row, Metric metric) {
        return row.values().get(metric).withoutSocialTariff();
    }

    @Test
    void aGroupOfFewerThanFivePeopleIsNotShown() {
        Result result = counter.result(5);
        assertThat(with(result.total(), Metric.PASSHOLDERS)).isEqualByComparingTo("10");
        assertThat(with(result.total(), Metric.NEW_PASSHOLDERS)).isEqualByComparingTo("6");
        // three passholders without a kansenstatuut: too few
        assertThat(without(result.total(), Metric.PASSHOLDERS)).isNull();
        assertThat(without(result.total(), Metric.NEW_PASSHOLDERS)).isEqualByComparingTo("0");
    }

    @Test
    void countsOfActivitiesAreSuppressedByTheNumberOfPeopleBehindThem() {
        // one person checks in 20 times: 20 check-ins, but about one person
        for (int i = 0; i < 20; i++) {
            counter.checkin(holders.get(0), B, "concert", true);
        }
        Result result = counter.result(5);
        assertThat(with(result.total(), Metric.CHECKINS)).isNull();
        assertThat(with(result.total(), Metric.PARTICIPANTS)).isNull();
    }

    @Test
    void aSingleSuppressedRowTakesTheSmallestOtherRowWithIt() {
        checkIns(A, holders.subList(0, 6));
        checkIns(B, holders.subList(0, 7));
        checkIns(C, holders.subList(8, 10));
        Result result = counter.result(5);
        assertThat(with(result.total(), Metric.CHECKINS)).isEqualByComparingTo("15");
        assertThat(with(row(result, Breakdown.ORGANIZER, C.toString()), Metric.CHECKINS))
                .as("2 people")
                .isNull();
        assertThat(with(row(result, Breakdown.ORGANIZER, A.toString()), Metric.CHECKINS))
                .as("otherwise 15 - 7 - 6 shows C")
                .isNull();
        assertThat(with(row(result, Breakdown.ORGANIZER, B.toString()), Metric.CHECKINS))
                .isEqualByComparingTo("7");
    }

    void checkIns(UUID organizer, List<UUID> people) {
        people.forEach(person -> counter.checkin(person, organizer, "concert", true));
    }

    @Test
    void sharesOfKansenstatuutHoldersWhoTookPartAtLeastOnceTwiceFiveTimes() {
        for (int i = 0; i < 6; i++) {
            counter.checkin(holders.get(i), A, "concert", true);
        }
        for (int i = 0; i < 5; i++) {
            counter.sale(holders.get(i), holders.get(i), A, "concert", true, new BigDecimal("8.00"));
        }
        for (int n = 0; n < 3; n++) {
            counter.checkin(holders.get(0), B, "sport", true);
            counter.checkin(holders.get(1), B, "sport", true);
        }
        Result result = counter.result(5);
        ParticipationCounter.Shares shares = result.total().socialTariffParticipation();
        assertThat(shares.holders()).isEqualTo(10);
        assertThat(shares.atLeastOnce()).isEqualByComparingTo("0.6");
        assertThat(shares.atLeastTwice()).isEqualByComparingTo("0.5");
        assertThat(shares.atLeastFiveTimes()).as("two people").isNull();
        assertThat(with(result.total(), Metric.DISCOUNT)).isEqualByComparingTo("40.00");
        assertThat(with(result.total(), Metric.TICKET_SALES)).isEqualByComparingTo("5");
        // per organizer: of the card system's holders, who took part there
        ParticipationCounter.Shares atA =
                row(result, Breakdown.ORGANIZER, A.toString()).socialTariffParticipation();
        assertThat(atA.atLeastOnce()).isEqualByComparingTo("0.6");
        assertThat(atA.atLeastTwice()).isEqualByComparingTo("0.5");
    }

    @Test
    void sharesOfASmallPopulationAreNotShown() {
        ParticipationCounter small = new ParticipationCounter();
        for (int i = 0; i < 4; i++) {
            small.member(UUID.randomUUID(), true, "Eeklo", A, false);
        }
        assertThat(small.result(5).total().socialTariffParticipation().atLeastOnce())
                .isNull();
        assertThat(small.result(5).total().socialTariffParticipation().holders())
                .isNull();
    }

    @Test
    void theThresholdCanBeRaisedOrLowered() {
        checkIns(C, holders.subList(8, 10));
        assertThat(with(row(counter.result(2), Breakdown.ORGANIZER, C.toString()), Metric.CHECKINS))
                .isEqualByComparingTo("2");
        assertThat(with(counter.result(11).total(), Metric.PASSHOLDERS)).isNull();
    }

    @Test
    void activitiesArePerEventTypeAndPerMunicipalityOfThePassholder() {
        UUID eeklo = UUID.randomUUID();
        counter.member(eeklo, true, "Eeklo", B, false);
        checkIns(A, holders.subList(0, 5));
        counter.checkin(eeklo, A, "sport", true);
        Result result = counter.result(1);
        assertThat(with(row(result, Breakdown.MUNICIPALITY, "Eeklo"), Metric.CHECKINS))
                .isEqualByComparingTo("1");
        assertThat(with(row(result, Breakdown.MUNICIPALITY, "Gent"), Metric.CHECKINS))
                .isEqualByComparingTo("5");
        assertThat(with(row(result, Breakdown.EVENT_TYPE, "concert"), Metric.CHECKINS))
                .isEqualByComparingTo("5");
        assertThat(row(result, Breakdown.MUNICIPALITY, "Eeklo")
                        .socialTariffParticipation()
                        .atLeastOnce())
                .isEqualByComparingTo("1");
    }
}
