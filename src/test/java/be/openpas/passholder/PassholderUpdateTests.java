package be.openpas.passholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.card.CardStatus;
import be.openpas.card.Cards;
import be.openpas.shared.time.ClockConfiguration;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.InszNumbers;
import be.openpas.support.Tokens;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** PUT and DELETE /passholders/{id}: replacement, kansenstatuut renewal, region rule, GDPR erasure. */
@ApiTest
class PassholderUpdateTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Passholders passholders;

    @Autowired
    Cards cards;

    @Autowired
    DSLContext db;

    Fixtures.Region region;

    @BeforeEach
    void region() {
        region = fixtures.region();
    }

    @Test
    void replacesThePersonalDataAndClearsOmittedOptionalFields() throws Exception {
        PassholderView passholder = fixtures.passholder(region, null);
        mvc.perform(put("/passholders/{id}", passholder.id())
                        .with(client(Set.of(Permission.PASSHOLDERS_WRITE)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(person(passholder, "Veldstraat 99", "9030", "Mariakerke", null)))
                .andExpect(status().isNoContent());
        PassholderView updated = passholders.get(PassholderId.of(passholder.id()));
        assertThat(updated.address().street()).isEqualTo("Veldstraat 99");
        assertThat(updated.address().city()).isEqualTo("Mariakerke");
        assertThat(updated.email()).isNull();
        assertThat(updated.inszNumber()).isEqualTo(passholder.inszNumber());
    }

    @Test
    void theInszNumberCanOnlyBeFilledInWhileItIsEmpty() throws Exception {
        PassholderView passholder = fixtures.passholder(region, null);
        InszNumbers.Person other = InszNumbers.aged(20);
        String changed = person(passholder, "Veldstraat 1", "9000", "Gent", null)
                .replace(passholder.inszNumber(), InszNumbers.of(passholder.dateOfBirth(), 997));
        mvc.perform(put("/passholders/{id}", passholder.id())
                        .with(client(Set.of(Permission.PASSHOLDERS_WRITE)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(changed))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/inszNumber"));
        assertThat(other).isNotNull();
    }

    @Test
    void renewingAKansenstatuutNeedsTheSocialTariffPermission() throws Exception {
        PassholderView passholder = fixtures.passholder(
                region, LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(2));
        LocalDate renewed =
                LocalDate.of(LocalDate.now(ClockConfiguration.BRUSSELS).getYear() + 1, 12, 31);
        mvc.perform(put("/passholders/{id}", passholder.id())
                        .with(client(Set.of(Permission.PASSHOLDERS_WRITE)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(person(passholder, "Veldstraat 1", "9000", "Gent", renewed)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/passholders/{id}", passholder.id())
                        .with(client(Set.of(Permission.PASSHOLDERS_WRITE, Permission.PASSHOLDERS_WRITE_SOCIALTARIFF)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(person(passholder, "Veldstraat 1", "9000", "Gent", renewed)))
                .andExpect(status().isNoContent());
        assertThat(passholders
                        .get(PassholderId.of(passholder.id()))
                        .memberships()
                        .getFirst()
                        .socialTariff()
                        .endDate())
                .isEqualTo(renewed);
    }

    @Test
    void withAKansenstatuutTheAddressCannotLeaveTheRegion() throws Exception {
        PassholderView passholder = fixtures.passholder(
                region, LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(2));
        mvc.perform(put("/passholders/{id}", passholder.id())
                        .with(client(Set.of(Permission.PASSHOLDERS_WRITE)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(person(passholder, "Grote Markt 1", "1000", "Brussel", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/address/postalCode"));
    }

    @Test
    void updatingNeedsThePermissionForThePassholdersCardSystem() throws Exception {
        PassholderView passholder = fixtures.passholder(region, null);
        Fixtures.Region other = fixtures.region();
        String stranger = fixtures.client(Map.of(other.counterId(), EnumSet.of(Permission.PASSHOLDERS_WRITE)));
        mvc.perform(put("/passholders/{id}", passholder.id())
                        .with(Tokens.as(mvc, stranger, Fixtures.secretOf(stranger)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(person(passholder, "Veldstraat 1", "9000", "Gent", null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void deletingErasesPersonalDataButKeepsTheAnonymisedHistory() throws Exception {
        PassholderView passholder = fixtures.passholder(
                region, LocalDate.now(ClockConfiguration.BRUSSELS).plusMonths(2));
        String card = passholder.uitpasNumber().orElseThrow();
        mvc.perform(delete("/passholders/{id}", passholder.id()).with(client(Set.of(Permission.PASSHOLDERS_WRITE))))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/passholders/{id}", passholder.id()).with(client(Set.of(Permission.PASSHOLDERS_DELETE))))
                .andExpect(status().isNoContent());
        mvc.perform(get("/passholders/{id}", passholder.id()).with(client(Set.of(Permission.PASSHOLDERS_SEARCH))))
                .andExpect(status().isNotFound());
        assertThat(cards.find(card).orElseThrow().status()).isEqualTo(CardStatus.BLOCKED);
        Record row = db.select(DSL.asterisk())
                .from(DSL.table(DSL.name("passholder")))
                .where(DSL.field(DSL.name("id")).eq(passholder.id()))
                .fetchOne();
        assertThat(row).isNotNull();
        assertThat(row.get("name")).isNull();
        assertThat(row.get("insz_number")).isNull();
        assertThat(row.get("date_of_birth")).isNull();
        assertThat(row.get("email")).isNull();
        assertThat(row.get("postal_code")).isEqualTo("9000");
        assertThat(((Number) row.get("birth_year")).intValue())
                .isEqualTo(passholder.dateOfBirth().getYear());
        assertThat(db.fetchCount(
                        DSL.table(DSL.name("passholder_membership")),
                        DSL.field(DSL.name("passholder_id")).eq(passholder.id())))
                .isEqualTo(1);
        // the INSZ number is free again
        mvc.perform(get("/passholders/status/insz-numbers/{insz}", passholder.inszNumber())
                        .with(Tokens.asTicketing(mvc)))
                .andExpect(jsonPath("$.state").value("UNUSED"));
    }

    private RequestPostProcessor client(Set<Permission> permissions) {
        String client = fixtures.client(Map.of(region.counterId(), EnumSet.copyOf(permissions)));
        return Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    private static String person(
            PassholderView passholder, String street, String postalCode, String city, LocalDate endDate) {
        return """
                {"name": "%s", "firstName": "%s", "inszNumber": "%s", "dateOfBirth": "%s", "gender": "X",
                 "address": {"street": "%s", "postalCode": "%s", "city": "%s", "country": "be"},
                 "legalTermsPaper": true %s}
                """.formatted(
                        passholder.name(),
                        passholder.firstName(),
                        passholder.inszNumber(),
                        passholder.dateOfBirth(),
                        street,
                        postalCode,
                        city,
                        endDate == null ? "" : ", \"registrationSocialTariffEndDate\": \"" + endDate + "\"");
    }
}
