package be.openpas.passholder.internal.web;

import be.openpas.access.Permission;
import be.openpas.access.SignedLinks;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderNotFound;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.passholder.Pictures;
import be.openpas.shared.problem.ApiProblem;
import be.openpas.shared.problem.ProblemType;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Passholder pictures: upload (multipart, {@code file}), delete, and a short-lived link to show the picture in a page
 * without an access token (valid {@value #LINK_MINUTES} minutes).
 */
@RestController
class PictureController {

    static final int LINK_MINUTES = 15;
    static final String FILES = "/files/passholder-pictures/";

    private final Passholders passholders;
    private final Pictures pictures;
    private final PassholderAccess access;
    private final SignedLinks links;

    PictureController(Passholders passholders, Pictures pictures, PassholderAccess access, SignedLinks links) {
        this.passholders = passholders;
        this.pictures = pictures;
        this.access = access;
        this.links = links;
    }

    @GetMapping("/passholders/{passholderId}/picture")
    Map<String, String> link(@PathVariable String passholderId) {
        PassholderView passholder = passholder(passholderId);
        access.require(Permission.PASSHOLDERS_PICTURE_READ, passholder);
        if (!pictures.hasPicture(PassholderId.of(passholder.id()))) {
            throw new ApiProblem(ProblemType.URL_NOT_FOUND, "The passholder has no picture.");
        }
        String signed = links.sign(FILES + passholder.id(), Duration.ofMinutes(LINK_MINUTES));
        return Map.of(
                "pictureUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + signed);
    }

    @PutMapping(path = "/passholders/{passholderId}/picture", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> upload(
            @PathVariable String passholderId, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        PassholderView passholder = passholder(passholderId);
        access.require(Permission.PASSHOLDERS_PICTURE_WRITE, passholder);
        if (file == null || file.isEmpty()) {
            throw new ApiProblem(ProblemType.BODY_MISSING, "A multipart part 'file' with the picture is required.");
        }
        if (file.getSize() > Pictures.MAX_BYTES) {
            throw ApiProblem.invalidData("/file", "a picture may be at most 2 MB");
        }
        pictures.save(PassholderId.of(passholder.id()), file.getBytes());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/passholders/{passholderId}/picture")
    ResponseEntity<Void> delete(@PathVariable String passholderId) {
        PassholderView passholder = passholder(passholderId);
        access.require(Permission.PASSHOLDERS_PICTURE_WRITE, passholder);
        pictures.delete(PassholderId.of(passholder.id()));
        return ResponseEntity.noContent().build();
    }

    /** The picture itself, for whoever holds a valid signed link. */
    @GetMapping(FILES + "{passholderId}")
    ResponseEntity<byte[]> file(
            @PathVariable UUID passholderId, @RequestParam long expires, @RequestParam String signature) {
        if (!links.valid(FILES + passholderId, expires, signature)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "This link is not valid or has expired.");
        }
        Pictures.Picture picture = pictures.picture(PassholderId.of(passholderId))
                .orElseThrow(() -> new ApiProblem(ProblemType.URL_NOT_FOUND, "The passholder has no picture."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(picture.contentType()))
                .cacheControl(
                        CacheControl.maxAge(Duration.ofMinutes(LINK_MINUTES)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(picture.data());
    }

    private PassholderView passholder(String id) {
        return PassholderId.parse(id)
                .flatMap(passholders::find)
                .orElseThrow(() -> new PassholderNotFound(id).exception());
    }
}
