package be.openpas.passholder.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.passholder.SocialTariffEndDates;
import be.openpas.passholder.SocialTariffStatus;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** The kansenstatuut life cycle (domain.md 2.6, 3.3). */
class KansenstatuutTests {

    static final LocalDate END = LocalDate.of(2027, 4, 30);

    @Test
    void isActiveUntilAndIncludingItsEndDate() {
        Kansenstatuut.State state = new Kansenstatuut(END, null).on(END, 30);
        assertThat(state.status()).isEqualTo(SocialTariffStatus.ACTIVE);
        assertThat(state.inGracePeriod()).isFalse();
    }

    @Test
    void staysActiveInTheGracePeriodAfterItsEndDate() {
        Kansenstatuut.State state = new Kansenstatuut(END, null).on(END.plusDays(30), 30);
        assertThat(state.status()).isEqualTo(SocialTariffStatus.ACTIVE);
        assertThat(state.inGracePeriod()).isTrue();
        assertThat(state.graceEnd()).isEqualTo(END.plusDays(30));
    }

    @Test
    void expiresAfterTheGracePeriod() {
        assertThat(new Kansenstatuut(END, null).on(END.plusDays(31), 30).status())
                .isEqualTo(SocialTariffStatus.EXPIRED);
        assertThat(new Kansenstatuut(END, null).on(END.plusDays(1), 0).status()).isEqualTo(SocialTariffStatus.EXPIRED);
    }

    @Test
    void isSuspendedUntilAndIncludingTheSuspensionDate() {
        Kansenstatuut suspended = new Kansenstatuut(END, LocalDate.of(2027, 1, 15));
        assertThat(suspended.on(LocalDate.of(2027, 1, 15), 30).status()).isEqualTo(SocialTariffStatus.SUSPENDED);
        assertThat(suspended.on(LocalDate.of(2027, 1, 16), 30).status()).isEqualTo(SocialTariffStatus.ACTIVE);
    }

    @Test
    void aSuspensionDoesNotReviveAnExpiredKansenstatuut() {
        Kansenstatuut old = new Kansenstatuut(LocalDate.of(2026, 4, 30), LocalDate.of(2027, 1, 15));
        assertThat(old.on(LocalDate.of(2026, 12, 1), 30).status()).isEqualTo(SocialTariffStatus.EXPIRED);
    }

    @Test
    void defaultsTo30AprilOfNextYear() {
        assertThat(Kansenstatuut.defaultEndDate(LocalDate.of(2026, 11, 21), MonthDay.of(4, 30)))
                .isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(Kansenstatuut.defaultEndDate(LocalDate.of(2027, 1, 5), MonthDay.of(4, 30)))
                .isEqualTo(LocalDate.of(2028, 4, 30));
    }

    @Test
    void endsAtTheLatestOn31DecemberOfNextYear() {
        LocalDate today = LocalDate.of(2026, 11, 21);
        assertThat(Kansenstatuut.endDateProblem(LocalDate.of(2027, 12, 31), today))
                .isEmpty();
        assertThat(Kansenstatuut.endDateProblem(LocalDate.of(2028, 1, 1), today))
                .isPresent();
    }

    @Test
    void anEndDateCannotLieInThePast() {
        assertThat(Kansenstatuut.endDateProblem(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21)))
                .isPresent();
        assertThat(Kansenstatuut.endDateProblem(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 21)))
                .isEmpty();
    }

    @Test
    void tellsWhetherAnEndDateLiesInThePastOrAfterTheLatest() {
        LocalDate today = LocalDate.of(2026, 11, 21);
        assertThat(Kansenstatuut.endDateCheck(today.minusDays(1), today)).contains(SocialTariffEndDates.Problem.PAST);
        assertThat(Kansenstatuut.endDateCheck(today, today)).isEmpty();
        assertThat(Kansenstatuut.endDateCheck(LocalDate.of(2027, 12, 31), today))
                .isEmpty();
        assertThat(Kansenstatuut.endDateCheck(LocalDate.of(2028, 1, 1), today))
                .contains(SocialTariffEndDates.Problem.TOO_LATE);
    }

    @Test
    void aRenewalExtendsToTheDefaultDayOrTheLatestEndDate() {
        LocalDate proposed = LocalDate.of(2027, 4, 30);
        LocalDate latest = LocalDate.of(2027, 12, 31);
        assertThat(Kansenstatuut.renewalEndDate(LocalDate.of(2026, 12, 31), proposed, latest))
                .isEqualTo(proposed);
        assertThat(Kansenstatuut.renewalEndDate(LocalDate.of(2027, 6, 30), proposed, latest))
                .isEqualTo(latest);
        assertThat(Kansenstatuut.renewalEndDate(latest, proposed, latest)).isEqualTo(latest);
    }
}
