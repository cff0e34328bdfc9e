package be.openpas.grouppass;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Create or replace a group pass. {@code id} is only used by the import (create or replace by id; without one a new
 * UUID is assigned). Without {@code uitpasNumber} a new card is issued on creation (a kansenpas when there is a
 * kansenstatuut) and the current card is kept on replacement; with a number, that card comes from the card system's
 * stock (a different number on replacement replaces the card; the old one is blocked).
 */
public record GroupPassCommand(
        UUID id,
        @NotBlank @Size(max = 300) String name,
        @NotNull Integer cardSystemId,
        String uitpasNumber,
        @Email @Size(max = 320) String email,
        @Size(max = 50) String telephone,
        @NotNull @Valid GroupPassAddress address,
        LocalDate socialTariffEndDate,
        @NotNull @Min(0) Integer ticketsPerYear) {

    public GroupPassCommand {
        name = name == null ? null : name.trim();
        uitpasNumber = uitpasNumber == null || uitpasNumber.isBlank() ? null : uitpasNumber.trim();
        email = email == null || email.isBlank() ? null : email.trim();
        telephone = telephone == null || telephone.isBlank() ? null : telephone.trim();
    }

    public GroupPassCommand withId(UUID newId) {
        return new GroupPassCommand(
                newId,
                name,
                cardSystemId,
                uitpasNumber,
                email,
                telephone,
                address,
                socialTariffEndDate,
                ticketsPerYear);
    }

    public GroupPassCommand withSocialTariffEndDate(LocalDate endDate) {
        return new GroupPassCommand(
                id, name, cardSystemId, uitpasNumber, email, telephone, address, endDate, ticketsPerYear);
    }
}
