package be.openpas.municipality;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One entry of the municipality list: a postal code with a (deel)gemeente name and its hoofdgemeente. */
public record Municipality(
        @NotBlank @Pattern(regexp = "[1-9][0-9]{3}", message = "must be a Belgian postal code of four digits")
        String postalCode,

        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String mainMunicipality,
        @Size(max = 60) String province,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {

    /** The hoofdgemeente, or the name itself when it is one. */
    public String effectiveMainMunicipality() {
        return mainMunicipality == null || mainMunicipality.isBlank() ? name : mainMunicipality;
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
