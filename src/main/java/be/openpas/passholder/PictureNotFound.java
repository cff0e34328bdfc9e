package be.openpas.passholder;

import be.openpas.shared.refusal.Refusal;
import java.util.UUID;

/** The passholder has no picture (openpas' slug; the contract answers it as {@code url/not-found}). */
public record PictureNotFound(UUID passholderId) implements Refusal {

    @Override
    public String slug() {
        return "picture-not-found";
    }
}
