package be.openpas.support;

import be.openpas.access.Permission;
import be.openpas.apiclient.ApiClientCommand;
import be.openpas.apiclient.ApiClients;
import be.openpas.apiclient.OrganizerGrant;
import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.card.Cards;
import be.openpas.cardsystem.CardSystemCity;
import be.openpas.cardsystem.CardSystemCommand;
import be.openpas.cardsystem.CardSystems;
import be.openpas.cardsystem.CardlessRegistrationType;
import be.openpas.grouppass.GroupPassAddress;
import be.openpas.grouppass.GroupPassCommand;
import be.openpas.grouppass.GroupPassView;
import be.openpas.grouppass.GroupPasses;
import be.openpas.membershipprice.MembershipPrices;
import be.openpas.membershipprice.PriceRule;
import be.openpas.membershipprice.PurchaseReason;
import be.openpas.membershipprice.VoucherType;
import be.openpas.organizer.OrganizerAddress;
import be.openpas.organizer.OrganizerCommand;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.Gender;
import be.openpas.passholder.ImportedPassholder;
import be.openpas.passholder.MembershipStatus;
import be.openpas.passholder.PassholderAddress;
import be.openpas.passholder.PassholderImports;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.PersonDetails;
import be.openpas.passholder.Registration;
import be.openpas.passholder.RegistrationRights;
import be.openpas.passholder.Registrations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data with fresh ids, written through the modules' facades (all API tests share one database). Cities must
 * exist in the demo municipality list (for example 9000 Gent, 9900 Eeklo, 1000 Brussel).
 */
public class Fixtures {

    private static final AtomicInteger NEXT_ID = new AtomicInteger(20_000);

    private final CardSystems cardSystems;
    private final Organizers organizers;
    private final ApiClients clients;
    private final Cards cards;
    private final Registrations registrations;
    private final PassholderImports passholderImports;
    private final MembershipPrices prices;
    private final GroupPasses groupPasses;

    public Fixtures(
            CardSystems cardSystems,
            Organizers organizers,
            ApiClients clients,
            Cards cards,
            Registrations registrations,
            PassholderImports passholderImports,
            MembershipPrices prices,
            GroupPasses groupPasses) {
        this.prices = prices;
        this.groupPasses = groupPasses;
        this.cardSystems = cardSystems;
        this.organizers = organizers;
        this.clients = clients;
        this.cards = cards;
        this.registrations = registrations;
        this.passholderImports = passholderImports;
    }

    /** A region (card system with Gent and Eeklo) and a counter in Gent that takes part in it. */
    public Region region() {
        int cardSystem = cardSystem("9000", "Gent", "9030", "Mariakerke", "9900", "Eeklo");
        UUID counter = organizers
                .create(new OrganizerCommand(
                        null,
                        unique("Balie"),
                        new OrganizerAddress("Kouter 1", "9000", "Gent", "BE"),
                        null,
                        null,
                        null,
                        List.of(cardSystem),
                        List.of(),
                        List.of()))
                .id();
        return new Region(cardSystem, counter);
    }

    public record Region(int cardSystemId, UUID counterId) {}

    /** A card in the local stock of a counter (generated, sent and received). */
    public String stockCard(int cardSystemId, UUID organizerId, boolean kansenpas) {
        String number = cards.generate(cardSystemId, 1, kansenpas, List.of()).getFirst();
        long pack = cards.sendPackage(cardSystemId, organizerId, List.of(number), 1, kansenpas)
                .id();
        cards.receivePackage(pack);
        return number;
    }

    /** Personal data of a fresh adult in Gent. */
    public static PersonDetails person(String name) {
        InszNumbers.Person who = InszNumbers.aged(35);
        return new PersonDetails(
                name,
                "Test",
                who.inszNumber(),
                who.dateOfBirth(),
                Gender.X,
                new PassholderAddress("Veldstraat 1", "9000", "Gent", "BE"),
                null,
                null,
                null,
                null,
                false,
                true,
                false);
    }

    /**
     * A passholder loaded through the import path, which accepts any kansenstatuut dates (past ones too): for tests of
     * grace periods, expiry and suspension.
     */
    public PassholderView imported(
            Region region,
            LocalDate socialTariffEndDate,
            LocalDate suspendedUntil,
            CardStatus cardStatus,
            MembershipStatus status) {
        return passholderImports.importPassholder(new ImportedPassholder(
                null,
                person(unique("Maes")),
                region.counterId(),
                null,
                List.of(new ImportedPassholder.Membership(
                        region.cardSystemId(),
                        status,
                        null,
                        CardType.NFC_CARD,
                        cardStatus,
                        socialTariffEndDate,
                        suspendedUntil,
                        null)),
                List.of()));
    }

    /** A registered passholder in the region, with a kansenstatuut until the given date (or none when null). */
    public PassholderView passholder(Region region, LocalDate socialTariffEndDate) {
        String card = stockCard(region.cardSystemId(), region.counterId(), socialTariffEndDate != null);
        return registrations
                .register(
                        new Registration(
                                person(unique("Peeters")),
                                region.counterId(),
                                region.cardSystemId(),
                                CardType.NFC_CARD,
                                card,
                                socialTariffEndDate,
                                null),
                        RegistrationRights.ALL)
                .orElseThrow();
    }

    /**
     * A group pass in the region (an organisation in Gent) with a newly issued card, through the import path, which
     * accepts any kansenstatuut end date (past ones too): with a kansenstatuut until the given date (or none when
     * null) and this yearly ticket budget.
     */
    public GroupPassView groupPass(Region region, LocalDate socialTariffEndDate, int ticketsPerYear) {
        return groupPasses.save(new GroupPassCommand(
                null,
                unique("Vzw De Brug"),
                region.cardSystemId(),
                null,
                "groep@example.org",
                "09 123 45 67",
                new GroupPassAddress("Kouter 5", "9000", "Gent", "BE"),
                socialTariffEndDate,
                ticketsPerYear));
    }

    /**
     * Replaces the card system's price table: a first card costs €5.00, or nothing with a voucher of a new voucher
     * type. Answers that voucher type's id (generate codes with {@code MembershipPrices.generateVouchers}).
     */
    public int freeWithVoucher(int cardSystemId) {
        int typeId = nextId();
        prices.saveVoucherType(new VoucherType(typeId, cardSystemId, "Welkom", "WK" + typeId, null));
        prices.replaceRules(
                cardSystemId,
                List.of(
                        new PriceRule(
                                PurchaseReason.FIRST_CARD,
                                null,
                                null,
                                null,
                                true,
                                null,
                                false,
                                null,
                                new BigDecimal("5.00"),
                                "UiTPAS",
                                "Gewone prijs"),
                        new PriceRule(
                                PurchaseReason.FIRST_CARD,
                                null,
                                null,
                                null,
                                true,
                                null,
                                false,
                                typeId,
                                BigDecimal.ZERO,
                                "Gratis",
                                "Met voucher")));
        return typeId;
    }

    public static int nextId() {
        return NEXT_ID.incrementAndGet();
    }

    public static String unique(String prefix) {
        return prefix + " " + nextId();
    }

    /** A card system with the given cities as postal code / name pairs ("9000", "Gent", ...). */
    public int cardSystem(String... postalCodesAndNames) {
        List<CardSystemCity> cities = new ArrayList<>();
        for (int i = 0; i + 1 < postalCodesAndNames.length; i += 2) {
            cities.add(new CardSystemCity(postalCodesAndNames[i], postalCodesAndNames[i + 1], true, null));
        }
        int id = nextId();
        cardSystems.create(new CardSystemCommand(
                id,
                "Test card system " + id,
                true,
                null,
                null,
                CardlessRegistrationType.ALL,
                null,
                null,
                null,
                null,
                null,
                cities));
        return id;
    }

    public UUID organizer(Integer... cardSystemIds) {
        return organizers
                .create(new OrganizerCommand(
                        null,
                        unique("Test organizer"),
                        new OrganizerAddress(null, null, null, null),
                        null,
                        null,
                        null,
                        List.of(cardSystemIds),
                        List.of(),
                        List.of()))
                .id();
    }

    /** A new client with these permissions per organizer; its secret is "{clientId}-secret". */
    public String client(Map<UUID, Set<Permission>> permissions) {
        String clientId = "test-client-" + nextId();
        clients.create(new ApiClientCommand(
                clientId,
                "Test client " + clientId,
                false,
                clientId + "-secret",
                permissions.entrySet().stream()
                        .map(grant -> new OrganizerGrant(grant.getKey(), grant.getValue()))
                        .toList()));
        return clientId;
    }

    public static String secretOf(String clientId) {
        return clientId + "-secret";
    }
}
