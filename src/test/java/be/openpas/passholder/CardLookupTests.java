package be.openpas.passholder;

import static org.assertj.core.api.Assertions.assertThat;

import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.card.Cards;
import be.openpas.card.InvalidCard;
import be.openpas.card.InvalidCardStatus;
import be.openpas.cardsystem.CardSystemId;
import be.openpas.grouppass.GroupPassView;
import be.openpas.shared.refusal.Outcome;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who holds a card: the current card of a passholder first, then a group pass's card, a former card, a card nobody
 * holds; and when a passholder's card may be used for a tariff, a sale or a check-in.
 */
@ApiTest
class CardLookupTests {

    @Autowired
    CardLookups lookups;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Passholders passholders;

    @Autowired
    PassholderCards passholderCards;

    @Autowired
    Cards cards;

    Fixtures.Region region;

    @BeforeEach
    void region() {
        region = fixtures.region();
    }

    @Test
    void theCurrentCardOfAPassholderIsFoundWithTheMembershipAndIsUsable() {
        PassholderView passholder = fixtures.passholder(region, null);
        String number = passholder.uitpasNumber().orElseThrow();

        CardLookup.HolderCard holder = (CardLookup.HolderCard) lookups.byUitpasNumber(number);

        assertThat(holder.passholder().id()).isEqualTo(passholder.id());
        assertThat(holder.membership().cardSystemId()).isEqualTo(region.cardSystemId());
        assertThat(holder.uitpasNumber()).isEqualTo(number);
        assertThat(holder.usableMembership()).isEqualTo(Outcome.done(holder.membership()));
        assertThat(lookups.byUitpasNumberWithoutPoints(number)).isInstanceOf(CardLookup.HolderCard.class);
    }

    @Test
    void aBlockedCurrentCardStaysTheHoldersButCannotBeUsed() {
        PassholderView passholder = fixtures.passholder(region, null);
        String number = passholder.uitpasNumber().orElseThrow();
        cards.changeStatus(number, CardStatus.BLOCKED);

        CardLookup.HolderCard holder = (CardLookup.HolderCard) lookups.byUitpasNumber(number);

        assertThat(holder.cardStatus()).isEqualTo(CardStatus.BLOCKED);
        assertThat(holder.usableMembership())
                .isEqualTo(Outcome.refused(InvalidCardStatus.ofPass(
                        CardStatus.BLOCKED, passholder.id(), InvalidCardStatus.PassType.INDIVIDUAL)));
    }

    @Test
    void aCardOfAPassholderWithoutActiveMembershipCannotBeUsed() {
        PassholderView passholder = fixtures.imported(region, null, null, CardStatus.ACTIVE, MembershipStatus.BLOCKED);

        CardLookup.HolderCard holder = (CardLookup.HolderCard)
                lookups.byUitpasNumber(passholder.memberships().getFirst().currentCard());

        assertThat(holder.usableMembership())
                .isEqualTo(Outcome.refused(new PassholderNoActiveCardSystems(passholder.id())));
    }

    @Test
    void aReplacedCardLeadsToItsFormerHolder() {
        PassholderView passholder = fixtures.passholder(region, null);
        String old = passholder.uitpasNumber().orElseThrow();
        String fresh = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
        passholderCards
                .replaceCard(
                        PassholderId.of(passholder.id()),
                        CardSystemId.of(region.cardSystemId()),
                        new CardReplacement(region.counterId(), CardType.NFC_CARD, fresh, true, null, null),
                        RegistrationRights.ALL)
                .orElseThrow();

        CardLookup lookup = lookups.byUitpasNumber(old);

        assertThat(lookup).isInstanceOf(CardLookup.FormerHolderCard.class);
        assertThat(((CardLookup.FormerHolderCard) lookup).passholderId()).isEqualTo(PassholderId.of(passholder.id()));
        assertThat(lookup.notUsable())
                .contains(InvalidCardStatus.ofPass(
                        CardStatus.BLOCKED, passholder.id(), InvalidCardStatus.PassType.INDIVIDUAL));
    }

    @Test
    void aCardInStockIsNotHandedOut() {
        String stock = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);

        CardLookup lookup = lookups.byUitpasNumber(stock);

        assertThat(lookup).isInstanceOf(CardLookup.NotHandedOut.class);
        assertThat(lookup.notUsable())
                .contains(
                        InvalidCardStatus.ofPass(CardStatus.LOCAL_STOCK, null, InvalidCardStatus.PassType.INDIVIDUAL));
    }

    @Test
    void anActiveCardNobodyHoldsIsNotAPassholdersCard() {
        String stock = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
        cards.activateFromStock(stock);

        assertThat(lookups.byUitpasNumber(stock).notUsable())
                .contains(new InvalidCard(stock, InvalidCard.Reason.NOT_A_PASSHOLDERS_CARD));
    }

    @Test
    void aGroupPassCardIsTheGroupPasses() {
        GroupPassView groupPass = fixtures.groupPass(region, null, 10);

        CardLookup lookup = lookups.byUitpasNumber(groupPass.uitpasNumber());

        assertThat(lookup).isInstanceOf(CardLookup.GroupPassCard.class);
        assertThat(((CardLookup.GroupPassCard) lookup).groupPass().id()).isEqualTo(groupPass.id());
        assertThat(lookup.notUsable()).isEmpty();
    }

    @Test
    void aMalformedNumberAndAnUnknownCardAreToldApart() {
        assertThat(lookups.byUitpasNumber("123")).isEqualTo(new CardLookup.Malformed("123"));
        assertThat(lookups.byUitpasNumber(null)).isEqualTo(new CardLookup.Malformed(null));
        String unknown = fixtures.stockCard(region.cardSystemId(), region.counterId(), false);
        // another valid number of the same series that was never generated
        String never = nextValidNumber(unknown);
        assertThat(lookups.byUitpasNumber(never)).isEqualTo(new CardLookup.Unknown(never));
    }

    /** A valid UiTPAS number after this one that no card has (the check digit recomputed). */
    private String nextValidNumber(String number) {
        for (long candidate = Long.parseLong(number.substring(0, 12)) + 1000; ; candidate++) {
            String digits = String.format("%012d", candidate);
            for (int check = 0; check < 10; check++) {
                String full = digits + check;
                if (be.openpas.card.UitpasNumber.parse(full).isPresent()
                        && cards.find(full).isEmpty()) {
                    return full;
                }
            }
        }
    }
}
