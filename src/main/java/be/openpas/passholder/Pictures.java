package be.openpas.passholder;

import be.openpas.passholder.internal.persistence.PictureRepository;
import be.openpas.shared.refusal.InvalidInput;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passholder pictures: JPEG or PNG only (recognised by their content, not by a file name), at most 2 MB and 4000
 * pixels a side. A picture is decoded and encoded again before it is stored, which drops embedded metadata (such as
 * the GPS position of a phone photo) and anything that is not an image.
 */
@Service
@Transactional(readOnly = true)
public class Pictures {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_SIDE = 4000;

    private final PictureRepository repository;
    private final Passholders passholders;

    Pictures(PictureRepository repository, Passholders passholders) {
        this.repository = repository;
        this.passholders = passholders;
    }

    public record Picture(String contentType, byte[] data, long version) {}

    public Optional<Picture> picture(PassholderId passholderId) {
        return repository
                .picture(passholderId.value())
                .map(p -> new Picture(p.contentType(), p.data(), p.updatedAt().toEpochSecond()));
    }

    public boolean hasPicture(PassholderId passholderId) {
        passholders.get(passholderId);
        return repository.pictureVersion(passholderId.value()).isPresent();
    }

    @Transactional
    public void save(PassholderId passholderId, byte[] upload) {
        passholders.get(passholderId);
        if (upload == null || upload.length == 0) {
            throw InvalidInput.of("file", "a picture file is required").exception();
        }
        if (upload.length > MAX_BYTES) {
            throw InvalidInput.of("file", "a picture may be at most 2 MB").exception();
        }
        String format = format(upload)
                .orElseThrow(() -> InvalidInput.of("file", "only JPEG and PNG pictures are accepted")
                        .exception());
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(upload));
        } catch (IOException | RuntimeException unreadable) {
            image = null;
        }
        if (image == null) {
            throw InvalidInput.of("file", "the picture cannot be read").exception();
        }
        if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
            throw InvalidInput.of("file", "a picture may be at most " + MAX_SIDE + " pixels wide and high")
                    .exception();
        }
        ByteArrayOutputStream clean = new ByteArrayOutputStream();
        try {
            BufferedImage target = image;
            if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
                target = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                target.getGraphics().drawImage(image, 0, 0, null);
            }
            ImageIO.write(target, format, clean);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode a picture", e);
        }
        repository.savePicture(
                passholderId.value(), "jpeg".equals(format) ? "image/jpeg" : "image/png", clean.toByteArray());
    }

    @Transactional
    public void delete(PassholderId passholderId) {
        passholders.get(passholderId);
        if (!repository.deletePicture(passholderId.value())) {
            throw new PictureNotFound(passholderId.value()).exception();
        }
    }

    private static Optional<String> format(byte[] data) {
        if (data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return Optional.of("jpeg");
        }
        if (data.length > 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return Optional.of("png");
        }
        return Optional.empty();
    }
}
