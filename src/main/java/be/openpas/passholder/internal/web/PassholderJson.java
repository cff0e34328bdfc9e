package be.openpas.passholder.internal.web;

import be.openpas.card.CardType;
import be.openpas.cardsystem.CardSystemView;
import be.openpas.passholder.Gender;
import be.openpas.passholder.MembershipView;
import be.openpas.passholder.OptInPreferences;
import be.openpas.passholder.PassholderAddress;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.PersonDetails;
import be.openpas.passholder.SocialTariffStatus;
import be.openpas.passholder.SocialTariffView;
import be.openpas.shared.time.ClockConfiguration;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The contract's {@code Passholder} schema, for requests and responses. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PassholderJson(
        String id,
        String name,
        String firstName,
        String inszNumber,
        String uitpasNumber,
        List<Membership> cardSystemMemberships,
        String email,
        OffsetDateTime creationDate,
        LocalDate dateOfBirth,
        Gender gender,
        OrganizerReference registrationOrganizer,
        Integer points,
        String uitidStatus,
        Address address,
        String postalCode,
        String city,
        String phoneNumber,
        OptInPreferences optInPreferences,
        String nationality,
        Boolean parentalConsent,
        Boolean legalTermsPaper,
        Boolean legalTermsDigital,
        Integer registrationCardSystemId,
        String registrationVoucher,
        CardType registrationCardType,
        String registrationUitpasNumber,
        LocalDate registrationSocialTariffEndDate) {

    record Address(String street, String number, String box, String postalCode, String city, String country) {}

    record OrganizerReference(String id, String name) {}

    record CardSystemReference(int id, String name) {}

    record Card(String uitpasNumber, String cardType, String status) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SocialTariff(
            String status,
            OffsetDateTime endDate,
            Boolean inGracePeriod,
            OffsetDateTime suspendedUntilDate,
            Boolean expired) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Membership(
            CardSystemReference cardSystem,
            String uitpasNumber,
            Card currentCard,
            String status,
            SocialTariff socialTariff) {}

    /** The person as sent by a client; street number and box (deprecated) are appended to the street. */
    PersonDetails person() {
        PassholderAddress parsedAddress = address == null
                ? null
                : new PassholderAddress(
                        joinStreet(address.street(), address.number(), address.box()),
                        address.postalCode(),
                        address.city(),
                        address.country());
        return new PersonDetails(
                name,
                firstName,
                inszNumber,
                dateOfBirth,
                gender,
                parsedAddress,
                email,
                phoneNumber,
                nationality,
                optInPreferences,
                Boolean.TRUE.equals(parentalConsent),
                Boolean.TRUE.equals(legalTermsPaper),
                Boolean.TRUE.equals(legalTermsDigital));
    }

    static PassholderJson of(
            PassholderView view,
            PassholderAccess.Visibility visibility,
            Map<Integer, CardSystemView> cardSystems,
            OrganizerReference registrationOrganizer) {
        PassholderAddress address = view.address();
        return new PassholderJson(
                view.id().toString(),
                view.name(),
                view.firstName(),
                visibility.inszNumber() ? view.inszNumber() : null,
                view.uitpasNumber().orElse(null),
                view.memberships().stream()
                        .map(m -> membership(
                                m, cardSystems.get(m.cardSystemId()), visibility.socialTariff(m.cardSystemId())))
                        .toList(),
                view.email(),
                view.createdAt(),
                view.dateOfBirth(),
                view.gender(),
                registrationOrganizer,
                view.points(),
                "UNREGISTERED",
                new Address(
                        address.street(),
                        null,
                        null,
                        address.postalCode(),
                        address.city(),
                        address.country().toLowerCase(Locale.ROOT)),
                address.postalCode(),
                address.city(),
                view.phoneNumber(),
                view.optInPreferences(),
                view.nationality(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static Membership membership(MembershipView m, CardSystemView cardSystem, boolean socialTariffVisible) {
        Card card = m.currentCard() == null
                ? null
                : new Card(
                        m.currentCard(),
                        m.cardType() == null ? null : m.cardType().name(),
                        m.cardStatus() == null ? null : m.cardStatus().name());
        SocialTariffView st = m.socialTariff();
        SocialTariff socialTariff = st == null || !socialTariffVisible
                ? null
                : new SocialTariff(
                        st.status().name(),
                        endOfDay(st.endDate()),
                        st.inGracePeriod(),
                        st.suspendedUntil() == null ? null : endOfDay(st.suspendedUntil()),
                        st.status() == SocialTariffStatus.EXPIRED);
        return new Membership(
                new CardSystemReference(m.cardSystemId(), cardSystem == null ? "" : cardSystem.name()),
                m.hasActiveCard() ? m.currentCard() : null,
                card,
                m.status().name(),
                socialTariff);
    }

    /** End dates are whole Belgian days: the end is 23:59:59 local time (contract examples: 2024-04-30T21:59:00Z). */
    static OffsetDateTime endOfDay(LocalDate date) {
        return date.atTime(LocalTime.of(23, 59, 59))
                .atZone(ClockConfiguration.BRUSSELS)
                .toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String joinStreet(String street, String number, String box) {
        StringBuilder full = new StringBuilder(street == null ? "" : street.trim());
        if (number != null && !number.isBlank()) {
            full.append(full.isEmpty() ? "" : " ").append(number.trim());
        }
        if (box != null && !box.isBlank()) {
            full.append(" bus ").append(box.trim());
        }
        return full.isEmpty() ? null : full.toString();
    }

    @Override
    public String toString() {
        return "PassholderJson[" + id + "]";
    }
}
