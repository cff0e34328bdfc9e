package be.openpas.dataimport;

import be.openpas.apiclient.ApiClientCommand;
import be.openpas.apiclient.ApiClients;
import be.openpas.apiclient.CreatedApiClient;
import be.openpas.card.CardPackage;
import be.openpas.card.CardStatus;
import be.openpas.card.CardType;
import be.openpas.card.CardView;
import be.openpas.card.Cards;
import be.openpas.card.UitpasNumber;
import be.openpas.cardsystem.CardSystems;
import be.openpas.checkin.Checkins;
import be.openpas.checkin.ImportedCheckin;
import be.openpas.coupon.Coupon;
import be.openpas.coupon.Coupons;
import be.openpas.dataimport.internal.DateRebasing;
import be.openpas.distribution.DistributionKeys;
import be.openpas.event.EventCommand;
import be.openpas.event.Events;
import be.openpas.grouppass.GroupPassCommand;
import be.openpas.grouppass.GroupPasses;
import be.openpas.kiosk.Kiosks;
import be.openpas.membershipprice.MembershipPrices;
import be.openpas.municipality.Municipalities;
import be.openpas.organizer.OrganizerCommand;
import be.openpas.organizer.Organizers;
import be.openpas.passholder.Families;
import be.openpas.passholder.ImportedPassholder;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderImports;
import be.openpas.reward.Redemptions;
import be.openpas.reward.RewardId;
import be.openpas.reward.Rewards;
import be.openpas.shared.json.JsonReadErrors;
import be.openpas.shared.logging.PersonalDataRedaction;
import be.openpas.shared.refusal.RefusalException;
import be.openpas.staff.Staff;
import be.openpas.staff.StaffAccounts;
import be.openpas.staff.StaffMember;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads import documents. The document is first read strictly (unknown properties are errors, because a typo must
 * not silently drop data) and checked field by field; then every entry is written in one transaction, in section
 * order. Any invalid entry rolls the whole import back, and every error is reported with its place in the document
 * ({@link ImportRejected}).
 */
@Service
public class Imports {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    /** Who created the rewards of an import (kept with each reward). */
    static final String IMPORTED_BY = "import";

    private final ObjectReader reader;
    private final Validator validator;
    private final Clock clock;
    private final Municipalities municipalities;
    private final CardSystems cardSystems;
    private final Organizers organizers;
    private final Staff staff;
    private final StaffAccounts staffAccounts;
    private final Events events;
    private final ApiClients clients;
    private final Cards cards;
    private final MembershipPrices prices;
    private final PassholderImports passholders;
    private final Families families;
    private final DistributionKeys distributionKeys;
    private final Coupons coupons;
    private final GroupPasses groupPasses;
    private final Kiosks kiosks;
    private final Checkins checkins;
    private final Rewards rewards;
    private final Redemptions redemptions;

    Imports(
            JsonMapper json,
            Validator validator,
            Clock clock,
            Municipalities municipalities,
            CardSystems cardSystems,
            Organizers organizers,
            Staff staff,
            StaffAccounts staffAccounts,
            Events events,
            ApiClients clients,
            Cards cards,
            MembershipPrices prices,
            PassholderImports passholders,
            Families families,
            DistributionKeys distributionKeys,
            Coupons coupons,
            GroupPasses groupPasses,
            Kiosks kiosks,
            Checkins checkins,
            Rewards rewards,
            Redemptions redemptions) {
        this.reader = json.readerFor(ImportDocument.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.validator = validator;
        this.clock = clock;
        this.municipalities = municipalities;
        this.cardSystems = cardSystems;
        this.organizers = organizers;
        this.staff = staff;
        this.staffAccounts = staffAccounts;
        this.events = events;
        this.clients = clients;
        this.cards = cards;
        this.prices = prices;
        this.passholders = passholders;
        this.families = families;
        this.distributionKeys = distributionKeys;
        this.coupons = coupons;
        this.groupPasses = groupPasses;
        this.kiosks = kiosks;
        this.checkins = checkins;
        this.rewards = rewards;
        this.redemptions = redemptions;
    }

    /**
     * Reads a document in the import format, or refuses it: {@link UnreadableImport} when it is not JSON,
     * {@link ImportRejected} when it is empty or its JSON does not fit the format (an unknown property, a value of the
     * wrong type).
     */
    public ImportDocument read(byte[] json) {
        if (json.length == 0) {
            throw new ImportRejected(List.of(ImportError.invalid("", "the import document is empty"))).exception();
        }
        try {
            return reader.readValue(json);
        } catch (JacksonException unreadable) {
            if (JsonReadErrors.notJson(unreadable)) {
                throw new UnreadableImport(JsonReadErrors.line(unreadable), JsonReadErrors.column(unreadable))
                        .exception();
            }
            throw new ImportRejected(List.of(ImportError.invalid(
                            JsonReadErrors.propertyPath(unreadable), JsonReadErrors.describe(unreadable))))
                    .exception();
        }
    }

    /**
     * Loads a document, all or nothing: refused with {@link ImportRejected} (every error of every entry) when any entry
     * cannot be stored.
     *
     * @param rebaseDates shift every event by whole weeks so that the document's reference date falls in the
     *     current week
     */
    @Transactional
    public ImportReport load(ImportDocument document, boolean rebaseDates) {
        List<ImportError> errors = new ArrayList<>(check(document));
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors).exception();
        }
        long weeks = rebaseDates && document.referenceDate() != null
                ? DateRebasing.weeksToCurrentWeek(document.referenceDate(), LocalDate.now(clock))
                : 0;
        List<EventCommand> eventCommands = DateRebasing.events(document.events(), weeks);
        List<ImportedPassholder> passholderEntries = DateRebasing.passholders(document.passholders(), weeks);
        List<Coupon> couponEntries = DateRebasing.coupons(document.coupons(), weeks);
        List<GroupPassCommand> groupPassEntries = DateRebasing.groupPasses(document.groupPasses(), weeks);
        List<ImportedCheckin> checkinEntries = DateRebasing.checkins(document.checkins(), weeks);
        List<ImportDocument.RewardEntry> rewardEntries = DateRebasing.rewards(document.rewards(), weeks);
        Map<String, String> generatedSecrets = new LinkedHashMap<>();
        Writer writer = new Writer(errors);

        if (!document.municipalities().isEmpty()) {
            writer.apply("municipalities", () -> municipalities.save(document.municipalities()));
        }
        writer.each("cardSystems", document.cardSystems(), cardSystems::save);
        writer.each("organizerGroups", document.organizerGroups(), organizers::saveGroup);
        // Organizers first without their links, so that links may point to organizers later in the list.
        writer.each(
                "organizers",
                document.organizers(),
                command -> organizers.save(new OrganizerCommand(
                        command.id(),
                        command.name(),
                        command.address(),
                        command.email(),
                        command.phone(),
                        command.website(),
                        command.cardSystemIds(),
                        List.of(),
                        command.groupIds())));
        writer.each("organizers", document.organizers(), command -> {
            if (!command.linkedOrganizerIds().isEmpty()) {
                organizers.save(command);
            }
        });
        writer.each("staff", document.staff(), entry -> {
            StaffMember member = staff.add(entry.organizerId(), entry.email(), entry.type());
            staffAccounts.setSocialTariff(entry.organizerId(), member.userId(), entry.socialTariff());
            if (entry.passwordHash() != null) {
                staffAccounts.setPasswordHash(member.userId(), entry.passwordHash());
            }
        });
        writer.each("events", eventCommands, events::save);
        writer.each("distributionKeys", document.distributionKeys(), distributionKeys::save);
        writer.each("coupons", couponEntries, coupons::save);
        writer.each("clients", document.clients(), (ApiClientCommand command) -> {
            CreatedApiClient saved = clients.save(command);
            if (command.secret() == null && saved.secret() != null) {
                generatedSecrets.put(saved.client().clientId(), saved.secret());
            }
        });

        writer.each("voucherTypes", document.voucherTypes(), entry -> {
            prices.saveVoucherType(entry.type());
            if (entry.codes() != null) {
                prices.addVouchers(entry.type().id(), entry.codes());
            }
        });
        writer.each(
                "membershipPrices",
                document.membershipPrices(),
                entry -> prices.replaceRules(entry.cardSystemId(), entry.rules()));
        writer.each("cards", document.cards(), entry -> {
            if (cards.find(entry.uitpasNumber()).isEmpty()) {
                cards.register(new CardView(
                        entry.uitpasNumber(),
                        entry.chipNumber(),
                        entry.cardSystemId(),
                        entry.cardType() == null ? CardType.NFC_CARD : entry.cardType(),
                        entry.status() == null ? CardStatus.PROVISIONED : entry.status(),
                        UitpasNumber.parse(entry.uitpasNumber())
                                .map(UitpasNumber::kansenpas)
                                .orElse(false),
                        entry.organizerId(),
                        null));
            }
        });
        writer.each("cardBatches", document.cardBatches(), batch -> {
            List<String> numbers = cards.generate(batch.cardSystemId(), batch.count(), batch.socialTariff(), List.of());
            if (batch.organizerId() != null) {
                for (int from = 0; from < numbers.size(); from += Cards.MAX_PACKAGE_SIZE) {
                    List<String> part = numbers.subList(from, Math.min(numbers.size(), from + Cards.MAX_PACKAGE_SIZE));
                    CardPackage sent = cards.sendPackage(
                            batch.cardSystemId(), batch.organizerId(), part, part.size(), batch.socialTariff());
                    if (batch.received()) {
                        cards.receivePackage(sent.id());
                    }
                }
            }
        });
        Set<Integer> failedPassholders = writer.each("passholders", passholderEntries, passholders::importPassholder);
        // family lists last, and only between passholders that could be stored (no follow-up errors)
        Set<UUID> failedIds = new HashSet<>();
        failedPassholders.forEach(i -> failedIds.add(passholderEntries.get(i).id()));
        for (int i = 0; i < passholderEntries.size(); i++) {
            ImportedPassholder entry = passholderEntries.get(i);
            if (entry.id() != null
                    && !entry.familyMembers().isEmpty()
                    && !failedIds.contains(entry.id())
                    && entry.familyMembers().stream().noneMatch(failedIds::contains)) {
                writer.apply(
                        "passholders[" + i + "].familyMembers",
                        () -> families.replaceMembers(
                                PassholderId.of(entry.id()),
                                entry.familyMembers().stream()
                                        .map(PassholderId::of)
                                        .toList()));
            }
        }
        // group passes after cards and passholders: a group pass may take a card of the stock imported above
        writer.each("groupPasses", groupPassEntries, groupPasses::save);
        writer.each("kiosks", document.kiosks(), kiosks::save);
        // check-in history last: it needs events and passholders
        writer.each("checkins", checkinEntries, entry -> checkins.importCheckin(entry, "import"));
        // rewards last: they name organizers and card systems, and welcome rewards the passholders they were granted to
        for (int i = 0; i < rewardEntries.size(); i++) {
            ImportDocument.RewardEntry entry = rewardEntries.get(i);
            String path = "rewards[" + i + "]";
            AtomicReference<UUID> saved = new AtomicReference<>();
            if (writer.apply(
                    path + ".reward",
                    () -> saved.set(rewards.save(entry.reward(), IMPORTED_BY).id()))) {
                if (!entry.codes().isEmpty()) {
                    writer.apply(
                            path + ".codes", () -> rewards.addRedeemCodes(RewardId.of(saved.get()), entry.codes()));
                }
                if (!entry.grantedTo().isEmpty()) {
                    writer.apply(
                            path,
                            () -> redemptions.importGrants(
                                    RewardId.of(saved.get()),
                                    entry.grantedTo().stream()
                                            .map(PassholderId::of)
                                            .toList()));
                }
            }
        }

        if (!errors.isEmpty()) {
            throw new ImportRejected(errors).exception();
        }
        ImportReport report = new ImportReport(
                document.formatVersion(),
                document.municipalities().size(),
                document.cardSystems().size(),
                document.organizerGroups().size(),
                document.organizers().size(),
                document.staff().size(),
                eventCommands.size(),
                document.clients().size(),
                document.voucherTypes().size(),
                document.membershipPrices().size(),
                document.cards().size(),
                document.cardBatches().size(),
                document.passholders().size(),
                couponEntries.size(),
                document.groupPasses().size(),
                document.kiosks().size(),
                checkinEntries.size(),
                rewardEntries.size(),
                generatedSecrets);
        log.info(
                "Imported {} municipalities, {} card systems, {} organizer groups, {} organizers, {} staff, {} events, "
                        + "{} clients, {} voucher types, {} price tables, {} cards, {} card batches, {} passholders, "
                        + "{} coupons, {} group passes, {} kiosks, {} check-ins, {} rewards",
                report.municipalities(),
                report.cardSystems(),
                report.organizerGroups(),
                report.organizers(),
                report.staff(),
                report.events(),
                report.clients(),
                report.voucherTypes(),
                report.membershipPrices(),
                report.cards(),
                report.cardBatches(),
                report.passholders(),
                report.coupons(),
                report.groupPasses(),
                report.kiosks(),
                report.checkins(),
                report.rewards());
        return report;
    }

    /**
     * Field-level checks of the whole document (Bean Validation), in the order of their place in the document (as the
     * JSON pointers of the answer sort).
     */
    private List<ImportError> check(ImportDocument document) {
        List<ImportError> errors = new ArrayList<>();
        if (document.formatVersion() != null && document.formatVersion() != ImportDocument.CURRENT_VERSION) {
            errors.add(ImportError.invalid(
                    "formatVersion",
                    "unsupported version; this openpas reads version " + ImportDocument.CURRENT_VERSION));
        }
        for (ConstraintViolation<ImportDocument> violation : validator.validate(document)) {
            errors.add(ImportError.invalid(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        // cardSystems[0].name sorts as /cardSystems/0/name: '.' and '/' sort alike against every other character
        errors.sort(Comparator.comparing(error -> error.path().replace('[', '.').replace("]", "")));
        return errors;
    }

    /**
     * Applies entries and collects their errors. A refusal of one entry does not stop the others from being checked;
     * an unexpected failure does, because the transaction may no longer be usable.
     */
    private static final class Writer {

        private final List<ImportError> errors;
        private boolean broken;

        Writer(List<ImportError> errors) {
            this.errors = errors;
        }

        /** Applies every entry of a section; answers the indexes of the entries that failed. */
        <T> Set<Integer> each(String section, List<T> entries, Consumer<T> action) {
            Set<Integer> failed = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                T entry = entries.get(i);
                if (!apply(section + "[" + i + "]", () -> action.accept(entry))) {
                    failed.add(i);
                }
            }
            return failed;
        }

        /** Applies one entry (at this path of the document); answers whether it succeeded. */
        boolean apply(String path, Runnable action) {
            if (broken) {
                return false;
            }
            try {
                action.run();
                return true;
            } catch (RefusalException refused) {
                errors.add(new ImportError(path, refused.refusal()));
            } catch (RuntimeException unexpected) {
                log.error("Import stopped at {}", path, PersonalDataRedaction.redact(unexpected));
                errors.add(ImportError.invalid(path, "could not be saved; the import was stopped here"));
                broken = true;
            }
            return false;
        }
    }
}
