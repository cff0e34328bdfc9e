package be.openpas.cardsystem;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A city of a card system's region, with its own settings: whether people of this city may register online with a
 * social tariff, and the contact address of the card system in this city.
 */
public record CardSystemCity(
        @NotBlank @Pattern(regexp = "[0-9]{4}", message = "must be a Belgian postal code of four digits")
        String postalCode,

        @NotBlank @Size(max = 100) String name,
        boolean allowsCardlessRegistration,
        @Email @Size(max = 320) String contactEmail) {}
