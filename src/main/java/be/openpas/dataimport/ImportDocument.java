package be.openpas.dataimport;

import be.openpas.apiclient.ApiClientCommand;
import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.cardsystem.CardSystemCommand;
import be.openpas.checkin.ImportedCheckin;
import be.openpas.coupon.Coupon;
import be.openpas.distribution.DistributionKey;
import be.openpas.event.EventCommand;
import be.openpas.grouppass.GroupPassCommand;
import be.openpas.kiosk.KioskCommand;
import be.openpas.membershipprice.PriceRule;
import be.openpas.membershipprice.VoucherType;
import be.openpas.municipality.Municipality;
import be.openpas.organizer.OrganizerCommand;
import be.openpas.organizer.OrganizerGroup;
import be.openpas.passholder.ImportedPassholder;
import be.openpas.reward.RewardDefinition;
import be.openpas.staff.StaffRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Version 1 of the import format. Every section is optional; entries are created or replaced by id. Sections are
 * applied in this order, so later ones may refer to earlier ones: municipalities, cardSystems, organizerGroups,
 * organizers, staff, events, distributionKeys, coupons, clients, voucherTypes, membershipPrices, cards, cardBatches,
 * passholders (and their family lists), groupPasses, kiosks, checkins (history), rewards.
 *
 * @param referenceDate the day the event dates were written for; an import asked to rebase dates shifts every event
 *     by whole weeks so that this day falls in the current week (the demo data uses this to stay in the future); coupon
 *     validity periods and reward periods move along
 */
public record ImportDocument(
        @NotNull Integer formatVersion,
        LocalDate referenceDate,
        List<@Valid @NotNull Municipality> municipalities,
        List<@Valid @NotNull CardSystemCommand> cardSystems,
        List<@Valid @NotNull OrganizerGroup> organizerGroups,
        List<@Valid @NotNull OrganizerCommand> organizers,
        List<@Valid @NotNull StaffEntry> staff,
        List<@Valid @NotNull EventCommand> events,
        List<@Valid @NotNull DistributionKey> distributionKeys,
        List<@Valid @NotNull Coupon> coupons,
        List<@Valid @NotNull ApiClientCommand> clients,
        List<@Valid @NotNull VoucherTypeEntry> voucherTypes,
        List<@Valid @NotNull PriceTableEntry> membershipPrices,
        List<@Valid @NotNull CardEntry> cards,
        List<@Valid @NotNull CardBatchEntry> cardBatches,
        List<@Valid @NotNull ImportedPassholder> passholders,
        List<@Valid @NotNull GroupPassCommand> groupPasses,
        List<@Valid @NotNull KioskCommand> kiosks,
        List<@Valid @NotNull ImportedCheckin> checkins,
        List<@Valid @NotNull RewardEntry> rewards) {

    public static final int CURRENT_VERSION = 1;

    public ImportDocument {
        municipalities = municipalities == null ? List.of() : municipalities;
        cardSystems = cardSystems == null ? List.of() : cardSystems;
        organizerGroups = organizerGroups == null ? List.of() : organizerGroups;
        organizers = organizers == null ? List.of() : organizers;
        staff = staff == null ? List.of() : staff;
        events = events == null ? List.of() : events;
        distributionKeys = distributionKeys == null ? List.of() : distributionKeys;
        coupons = coupons == null ? List.of() : coupons;
        clients = clients == null ? List.of() : clients;
        voucherTypes = voucherTypes == null ? List.of() : voucherTypes;
        membershipPrices = membershipPrices == null ? List.of() : membershipPrices;
        cards = cards == null ? List.of() : cards;
        cardBatches = cardBatches == null ? List.of() : cardBatches;
        passholders = passholders == null ? List.of() : passholders;
        groupPasses = groupPasses == null ? List.of() : groupPasses;
        kiosks = kiosks == null ? List.of() : kiosks;
        checkins = checkins == null ? List.of() : checkins;
        rewards = rewards == null ? List.of() : rewards;
    }

    /** A voucher type with (optionally) its codes. */
    public record VoucherTypeEntry(@NotNull @Valid VoucherType type, List<@NotBlank String> codes) {}

    /** The whole price table of a card system. */
    public record PriceTableEntry(
            @NotNull Integer cardSystemId, @NotNull List<@Valid @NotNull PriceRule> rules) {}

    /** A card with a known number (from a supplier or another system); cards that exist already are left as they are. */
    public record CardEntry(
            @NotBlank String uitpasNumber,
            String chipNumber,
            @NotNull Integer cardSystemId,
            CardType cardType,
            CardStatus status,
            UUID organizerId) {}

    /**
     * A batch of new card numbers; with an organizer they are sent there, and with {@code received} they are in its
     * local stock. Batches always generate new cards (also when imported again).
     */
    public record CardBatchEntry(
            @NotNull Integer cardSystemId,

            @NotNull @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(10_000)
            Integer count,

            boolean socialTariff,
            UUID organizerId,
            boolean received) {}

    /**
     * A reward (see docs/rewards.md) with what the contract's Reward does not carry: redeem codes to add to its list
     * and, for a welcome reward, the passholders it was granted to elsewhere (imported passholders are not granted
     * welcome rewards by their import).
     */
    public record RewardEntry(
            @NotNull RewardDefinition reward, List<@NotBlank String> codes, List<@NotNull UUID> grantedTo) {

        public RewardEntry {
            codes = codes == null ? List.of() : codes;
            grantedTo = grantedTo == null ? List.of() : grantedTo;
        }
    }

    /**
     * A person on the staff of an organizer; {@code socialTariff}: may grant, renew and end a kansenstatuut at this
     * counter; {@code passwordHash}: the counter app login, as a Spring Security hash ({argon2}... or {bcrypt}...).
     */
    public record StaffEntry(
            @NotNull UUID organizerId,
            @NotBlank @Email String email,
            @NotNull StaffRole type,
            boolean socialTariff,
            @Size(max = 200) String passwordHash) {}
}
