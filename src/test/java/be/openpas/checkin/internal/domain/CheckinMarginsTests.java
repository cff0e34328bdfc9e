package be.openpas.checkin.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.cardsystem.LoyaltySettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The margins of an event's check-in window: per card system, the widest of an event of several (docs/checkins.md). */
class CheckinMarginsTests {

    static LoyaltySettings minutes(int before, int after) {
        return new LoyaltySettings(before, after, 0);
    }

    @Test
    void aCardSystemWithoutSettingsAllowsFiveHoursBeforeAndAfter() {
        assertThat(CheckinMargins.widest(List.of(LoyaltySettings.DEFAULTS)))
                .isEqualTo(new CheckinMargins(Duration.ofHours(5), Duration.ofHours(5)));
    }

    @Test
    void anEventWithoutCardSystemsHasTheDefaultMargins() {
        assertThat(CheckinMargins.widest(List.of())).isEqualTo(CheckinMargins.DEFAULT);
        assertThat(CheckinMargins.DEFAULT.before()).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void anEventOfSeveralCardSystemsTakesTheWidestMarginBeforeAndAfterEachOnItsOwn() {
        CheckinMargins margins = CheckinMargins.widest(List.of(minutes(30, 600), minutes(120, 0)));

        assertThat(margins.before()).isEqualTo(Duration.ofMinutes(120));
        assertThat(margins.after()).isEqualTo(Duration.ofMinutes(600));
    }

    @Test
    void aCardSystemWithoutMarginsKeepsCheckInsToTheTimeSlotItself() {
        assertThat(CheckinMargins.widest(List.of(minutes(0, 0))))
                .isEqualTo(new CheckinMargins(Duration.ZERO, Duration.ZERO));
    }

    @Test
    void theWindowOpensWithTheWidestMargin() {
        CheckinWindow window =
                CheckinMargins.widest(List.of(minutes(30, 0), minutes(60, 0))).window(CheckinWindowTests.BRUSSELS);
        var concert = CheckinWindowTests.single("2026-11-21T20:00", "2026-11-21T22:00");

        assertThat(window.at(concert, CheckinWindowTests.at("2026-11-21T18:59")).open())
                .isFalse();
        assertThat(window.at(concert, CheckinWindowTests.at("2026-11-21T19:00")).open())
                .isTrue();
    }
}
