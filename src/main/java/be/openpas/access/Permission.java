package be.openpas.access;

/**
 * The contract's 48 permissions, granted to a client per organizer, with the labels shown in
 * {@code permissionDetails}.
 */
public enum Permission {
    TARIFFS_READ("Tarieven opvragen", "Read tariffs"),
    TICKETSALES_SEARCH("Ticketsales zoeken", "Search ticket sales"),
    TICKETSALES_REGISTER("Ticketsales registreren", "Register ticket sales"),
    EVENTS_UPDATE("Activiteiten bewerken", "Update events"),
    EVENTS_READ("Activiteiten opvragen", "Read events"),
    EVENT_SETTINGS_READ("Instellingen van activiteiten opvragen", "Read event settings"),
    EVENT_SETTINGS_UPDATE("Instellingen van activiteiten bewerken", "Update event settings"),
    EVENTS_QR_CHECKINCODE("QR-spaarcode van activiteiten downloaden", "Download event QR check-in codes"),
    CHECKINS_WRITE("Punten sparen", "Check in passholders"),
    ORGANIZERS_SEARCH("Organisators zoeken", "Search organizers"),
    ORGANIZERS_REPORTS("Financiële rapporten van organisators", "Organizer financial reports"),
    ORGANIZERS_ADMINS_READ("Medewerkers van organisators opvragen", "Read organizer admins"),
    ORGANIZERS_ADMINS_WRITE("Medewerkers van organisators beheren", "Manage organizer admins"),
    PASSHOLDERS_PICTURE_READ("Foto van pashouders bekijken", "Read passholder pictures"),
    PASSHOLDERS_PICTURE_WRITE("Foto van pashouders wijzigen", "Update passholder pictures"),
    PASSHOLDERS_SEARCH("Pashouders zoeken", "Search passholders"),
    PASSHOLDERS_SEARCH_ALL("Pashouders zoeken in alle kaartsystemen", "Search passholders in all card systems"),
    PASSHOLDERS_SEARCH_BY_ID("Pashouders opzoeken op identificatie", "Look up passholders by identifier"),
    GROUPPASSES_SEARCH("Groepspassen zoeken", "Search group passes"),
    PASSHOLDERS_WRITE("Pashouders registreren en bewerken", "Register and update passholders"),
    PASSHOLDERS_WRITE_SOCIALTARIFF_FULL_CARDSYSTEM(
            "Kansenstatuut registreren voor alle gemeenten van het kaartsysteem",
            "Register social tariff for every city of the card system"),
    PASSHOLDERS_WRITE_FOREIGN_COUNTRY("Pashouders uit het buitenland registreren", "Register passholders from abroad"),
    PASSHOLDERS_WRITE_SOCIALTARIFF("Kansenstatuut registreren en verlengen", "Register and renew social tariff"),
    PASSHOLDERS_UPDATE("Pashouders bijwerken", "Update passholders"),
    PASSHOLDERS_DELETE("Pashouders verwijderen", "Delete passholders"),
    MEMBERSHIP_PRICES_READ("Prijzen van de UiTPAS opvragen", "Read membership prices"),
    PASSES_READ("Passen opvragen", "Read passes"),
    PASSES_INSZNUMBERS_READ("Passen opvragen op rijksregisternummer", "Read passes by INSZ number"),
    PASSES_CHIPNUMBERS_READ("Passen opvragen op chipnummer", "Read passes by chip number"),
    REWARDS_WRITE("Voordelen aanmaken en bewerken", "Create and update rewards"),
    REWARDS_READ("Voordelen opvragen", "Read rewards"),
    REWARDS_REDEEM("Voordelen omruilen", "Redeem rewards"),
    REWARDS_PASSHOLDERS_READ("Voordelen voor een pashouder opvragen", "Read rewards for a passholder"),
    PASSHOLDERS_SELF_REGISTRATION("Zelfregistratie van pashouders", "Passholder self-registration"),
    PASSHOLDERS_SELF_CHECKIN("Zelf punten sparen", "Passholder self check-in"),
    PASSHOLDERS_SELF_READ("Eigen pashoudergegevens opvragen", "Read own passholder data"),
    PASSHOLDERS_REGISTER_UITID("UiTiD koppelen aan een pashouder", "Link UiTiD to a passholder"),
    PASSHOLDERS_TRANSACTION_HISTORY("Historiek van pashouders opvragen", "Read passholder transaction history"),
    PASSHOLDERS_FAMILY_MEMBERS("Gezinsleden beheren", "Manage family members"),
    ORDERS_READ("Bestellingen opvragen", "Read orders"),
    ORDERS_CREATE("Bestellingen aanmaken", "Create orders"),
    PERMISSIONS_READ("Rechten opvragen", "Read permissions"),
    PERMISSIONS_WRITE("Rechten beheren", "Manage permissions"),
    CARDS_READ("Kaarten opvragen", "Read cards"),
    ASSOCIATIONS("Verenigingen", "Associations"),
    SOCIALTARIFF_EXPORT("Kansentariefkaarten exporteren", "Export social tariff cards"),
    KIOSKS_READ("Zuilen opvragen", "Read kiosks"),
    KIOSKS_WRITE("Zuilen beheren", "Manage kiosks");

    private final String labelNl;
    private final String labelEn;

    Permission(String labelNl, String labelEn) {
        this.labelNl = labelNl;
        this.labelEn = labelEn;
    }

    public String labelNl() {
        return labelNl;
    }

    public String labelEn() {
        return labelEn;
    }
}
