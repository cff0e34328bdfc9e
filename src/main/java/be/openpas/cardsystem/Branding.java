package be.openpas.cardsystem;

import jakarta.validation.constraints.Size;

/** Logo and colours a card system shows in apps. */
public record Branding(
        @Size(max = 1000) String logo,
        @Size(max = 50) String primaryColor,
        @Size(max = 50) String secondaryColor) {

    public static final Branding NONE = new Branding(null, null, null);
}
