package be.openpas.ticketing.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.distribution.DistributionKey;
import be.openpas.distribution.DistributionKey.Residence;
import be.openpas.distribution.DistributionKey.SocialTariffCondition;
import be.openpas.distribution.Payer;
import be.openpas.distribution.Share;
import be.openpas.distribution.ShareKind;
import be.openpas.ticketing.internal.domain.SocialTariffRule.Offer;
import be.openpas.ticketing.internal.domain.SocialTariffRule.Reason;
import be.openpas.ticketing.internal.domain.SocialTariffRule.Refusal;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which distribution key gives the kansentarief (domain.md 3.1) and the own-region rule (domain.md 3.2). */
class SocialTariffRuleTests {

    static final int GENT = 5;
    static final int MEETJESLAND = 40;
    static final UUID ORGANIZER = UUID.randomUUID();

    static DistributionKey key(int id, int cardSystem, String passholderPercent) {
        return new DistributionKey(
                id,
                cardSystem,
                "key " + id,
                true,
                null,
                null,
                SocialTariffCondition.MY_CARDSYSTEM,
                Residence.ANY,
                List.of(),
                List.of(
                        Share.of(Payer.PASSHOLDER, ShareKind.PERCENT_OF_TOTAL, passholderPercent),
                        Share.of(Payer.ORGANIZER, ShareKind.PERCENT_OF_REMAINDER, "100")));
    }

    static DistributionKey fixed(int id, int cardSystem, String amount, String from, String below) {
        return new DistributionKey(
                id,
                cardSystem,
                "fixed " + amount,
                true,
                from == null ? null : new BigDecimal(from),
                below == null ? null : new BigDecimal(below),
                null,
                null,
                null,
                List.of(
                        Share.of(Payer.PASSHOLDER, ShareKind.FIXED, amount),
                        Share.of(Payer.MUNICIPALITY, ShareKind.PERCENT_OF_REMAINDER, "100")));
    }

    static Holder holder(Map<Integer, Holder.Entitlement> socialTariffs, String municipality) {
        return new Holder(
                Holder.Kind.PASSHOLDER,
                UUID.randomUUID(),
                "0900000000001",
                GENT,
                "9000",
                municipality,
                30,
                socialTariffs,
                Map.of(GENT, OffsetDateTime.parse("2025-01-01T00:00:00Z")));
    }

    static EventFacts event(Set<Integer> cardSystems, Set<Integer> manualKeys, String municipality) {
        return new EventFacts(
                UUID.randomUUID(), ORGANIZER, municipality, cardSystems, cardSystems, manualKeys, false, null);
    }

    static SocialTariffRule.Decision decide(Holder holder, EventFacts event, String price, DistributionKey... keys) {
        return SocialTariffRule.decide(holder, event, List.of(keys), new BigDecimal(price));
    }

    @Test
    void aPassholderWithKansenstatuutGetsTheKeyOfTheEventsCardSystem() {
        var decision = decide(
                holder(Map.of(GENT, Holder.Entitlement.ENTITLED), "Gent"),
                event(Set.of(GENT), Set.of(), "Gent"),
                "10.00",
                key(1, GENT, "20"));

        assertThat(decision)
                .isInstanceOfSatisfying(
                        Offer.class,
                        offer -> assertThat(offer.split().passholderPrice()).isEqualByComparingTo("2.00"));
    }

    @Test
    void ownRegionRuleKansentariefOnlyInTheCardSystemOfTheKansenstatuut() {
        var decision = decide(
                holder(Map.of(GENT, Holder.Entitlement.ENTITLED), "Gent"),
                event(Set.of(MEETJESLAND), Set.of(), "Eeklo"),
                "10.00",
                key(1, MEETJESLAND, "20"));

        assertThat(decision).isEqualTo(new Refusal(Reason.OTHER_REGION));
    }

    @Test
    void anAtLeastOneCardSystemKeyGivesKansentariefToHoldersFromOtherRegions() {
        DistributionKey otherRegions = new DistributionKey(
                2,
                MEETJESLAND,
                "Kansentarief voor kaarthouders uit een andere regio",
                true,
                null,
                null,
                SocialTariffCondition.AT_LEAST_ONE_CARDSYSTEM,
                Residence.ANY,
                List.of(),
                key(2, MEETJESLAND, "25").shares());

        var decision = decide(
                holder(Map.of(GENT, Holder.Entitlement.ENTITLED), "Gent"),
                event(Set.of(MEETJESLAND), Set.of(), "Eeklo"),
                "8.00",
                otherRegions);

        assertThat(decision)
                .isInstanceOfSatisfying(
                        Offer.class,
                        offer -> assertThat(offer.split().passholderPrice()).isEqualByComparingTo("2.00"));
    }

    @Test
    void onlyCardSystemsEnabledOnTheEventGiveDiscounts() {
        EventFacts disabled =
                new EventFacts(UUID.randomUUID(), ORGANIZER, "Gent", Set.of(GENT), Set.of(), Set.of(), false, null);

        assertThat(decide(
                        holder(Map.of(GENT, Holder.Entitlement.ENTITLED), "Gent"),
                        disabled,
                        "10.00",
                        key(1, GENT, "20")))
                .isEqualTo(new Refusal(Reason.OTHER_REGION));
    }

    @Test
    void aManualKeyAppliesOnlyWhereItIsEnabledOnTheEvent() {
        DistributionKey manual = new DistributionKey(
                3,
                GENT,
                "Schoolvoorstelling",
                false,
                null,
                null,
                null,
                null,
                null,
                key(3, GENT, "10").shares());
        Holder holder = holder(Map.of(GENT, Holder.Entitlement.ENTITLED), "Gent");

        assertThat(decide(holder, event(Set.of(GENT), Set.of(), "Gent"), "10.00", manual))
                .isEqualTo(new Refusal(Reason.NO_KEY));
        assertThat(decide(holder, event(Set.of(GENT), Set.of(3), "Gent"), "10.00", manual))
                .isInstanceOf(Offer.class);
    }

    @Test
    void thePriceRangeOfAKeyChoosesBetweenAFixedAmountAndAPercentage() {
        Holder holder = holder(Map.of(GENT, Holder.Entitlement.ENTITLED), "Gent");
        EventFacts event = event(Set.of(GENT), Set.of(), "Gent");
        DistributionKey cheap = fixed(4, GENT, "1.50", null, "7.50");
        DistributionKey expensive = new DistributionKey(
                5,
                GENT,
                "20%",
                true,
                new BigDecimal("7.50"),
                null,
                null,
                null,
                null,
                key(5, GENT, "20").shares());

        assertThat(((Offer) decide(holder, event, "5.00", cheap, expensive))
                        .key()
                        .id())
                .isEqualTo(4);
        assertThat(((Offer) decide(holder, event, "7.50", cheap, expensive))
                        .key()
                        .id())
                .isEqualTo(5);
        assertThat(((Offer) decide(holder, event, "20.00", cheap, expensive))
                        .split()
                        .passholderPrice())
                .isEqualByComparingTo("4.00");
    }

    @Test
    void passholdersFromAnotherMunicipalityGetTheirOwnSplit() {
        DistributionKey same = new DistributionKey(
                6,
                GENT,
                "same",
                true,
                null,
                null,
                null,
                Residence.SAME_MUNICIPALITY,
                null,
                key(6, GENT, "20").shares());
        DistributionKey other = new DistributionKey(
                7,
                GENT,
                "other",
                true,
                null,
                null,
                null,
                Residence.OTHER_MUNICIPALITY,
                null,
                key(7, GENT, "30").shares());
        EventFacts inGent = event(Set.of(GENT), Set.of(), "Gent");

        assertThat(((Offer) decide(
                                holder(Map.of(GENT, Holder.Entitlement.ENTITLED), "Gent"), inGent, "10", same, other))
                        .key()
                        .id())
                .isEqualTo(6);
        assertThat(((Offer) decide(
                                holder(Map.of(GENT, Holder.Entitlement.ENTITLED), "Merelbeke"),
                                inGent,
                                "10",
                                same,
                                other))
                        .key()
                        .id())
                .isEqualTo(7);
    }

    @Test
    void whenSeveralKeysApplyThePassholderGetsTheLowestPrice() {
        var decision = decide(
                holder(Map.of(GENT, Holder.Entitlement.ENTITLED), "Gent"),
                event(Set.of(GENT), Set.of(), "Gent"),
                "10.00",
                key(8, GENT, "25"),
                key(9, GENT, "20"));

        assertThat(((Offer) decision).key().id()).isEqualTo(9);
    }

    @Test
    void aKeyLimitedToSomeOrganizersIsNotUsedByOthers() {
        DistributionKey limited = new DistributionKey(
                10,
                GENT,
                "limited",
                true,
                null,
                null,
                null,
                null,
                List.of(UUID.randomUUID()),
                key(10, GENT, "20").shares());

        assertThat(decide(
                        holder(Map.of(GENT, Holder.Entitlement.ENTITLED), "Gent"),
                        event(Set.of(GENT), Set.of(), "Gent"),
                        "10",
                        limited))
                .isEqualTo(new Refusal(Reason.NO_KEY));
    }

    @Test
    void freeEventsHaveNoSocialTariff() {
        Holder holder = holder(Map.of(GENT, Holder.Entitlement.ENTITLED), "Gent");
        EventFacts free =
                new EventFacts(UUID.randomUUID(), ORGANIZER, "Gent", Set.of(GENT), Set.of(GENT), Set.of(), true, null);

        assertThat(decide(holder, free, "0", key(1, GENT, "20"))).isEqualTo(new Refusal(Reason.FREE));
        assertThat(decide(holder, event(Set.of(GENT), Set.of(), "Gent"), "0", key(1, GENT, "20")))
                .isEqualTo(new Refusal(Reason.FREE));
    }

    @Test
    void anExpiredOrSuspendedKansenstatuutGivesNoSocialTariffAndSaysWhy() {
        EventFacts event = event(Set.of(GENT), Set.of(), "Gent");

        assertThat(decide(holder(Map.of(GENT, Holder.Entitlement.EXPIRED), "Gent"), event, "10", key(1, GENT, "20")))
                .isEqualTo(new Refusal(Reason.EXPIRED));
        assertThat(decide(holder(Map.of(GENT, Holder.Entitlement.SUSPENDED), "Gent"), event, "10", key(1, GENT, "20")))
                .isEqualTo(new Refusal(Reason.SUSPENDED));
    }

    @Test
    void aPassholderWithoutKansenstatuutGetsNoSocialTariffAndNoExplanation() {
        assertThat(decide(holder(Map.of(), "Gent"), event(Set.of(GENT), Set.of(), "Gent"), "10", key(1, GENT, "20")))
                .isEqualTo(new Refusal(Reason.NO_SOCIAL_TARIFF));
    }
}
