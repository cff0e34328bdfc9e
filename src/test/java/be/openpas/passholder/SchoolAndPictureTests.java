package be.openpas.passholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.access.Permission;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.Tokens;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** A passholder's school link, and their picture with a short-lived link. */
@ApiTest
class SchoolAndPictureTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    Fixtures.Region region;
    PassholderView passholder;
    RequestPostProcessor caller;

    @BeforeEach
    void data() {
        region = fixtures.region();
        passholder = fixtures.passholder(region, null);
        String client = fixtures.client(Map.of(
                region.counterId(),
                EnumSet.of(
                        Permission.PASSHOLDERS_SEARCH, Permission.PASSHOLDERS_UPDATE,
                        Permission.PASSHOLDERS_PICTURE_READ, Permission.PASSHOLDERS_PICTURE_WRITE)));
        caller = Tokens.as(mvc, client, Fixtures.secretOf(client));
    }

    @Test
    void linksAPassholderToASchool() throws Exception {
        UUID school = fixtures.organizer(region.cardSystemId());
        mvc.perform(get("/passholders/{id}/school", passholder.id()).with(caller))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/school-not-found"));
        mvc.perform(put("/passholders/{id}/school", passholder.id())
                        .with(caller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"%s\"}".formatted(school)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/passholders/{id}/school", passholder.id()).with(caller))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(school.toString()));
        mvc.perform(get("/passholders").param("schoolId", school.toString()).with(caller))
                .andExpect(jsonPath("$.member[0].id").value(passholder.id().toString()));
        mvc.perform(put("/passholders/{id}/school", passholder.id())
                        .with(caller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"%s\"}".formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/uitpas/school-not-found"));
        mvc.perform(delete("/passholders/{id}/school", passholder.id()).with(caller))
                .andExpect(status().isNoContent());
        mvc.perform(get("/passholders/{id}/school", passholder.id()).with(caller))
                .andExpect(status().isNotFound());
    }

    @Test
    void storesAPictureAndServesItThroughAShortLivedSignedLink() throws Exception {
        upload(image("png", 40, 30), "photo.png").andExpect(status().isNoContent());
        String url = json.readTree(mvc.perform(get("/passholders/{id}/picture", passholder.id())
                                .with(caller))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("pictureUrl")
                .asString();
        URI link = URI.create(url);
        byte[] served = mvc.perform(get(link.getPath() + "?" + link.getQuery()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served)).getWidth())
                .isEqualTo(40);
        String query = link.getQuery();
        char first = query.charAt(query.indexOf("signature=") + "signature=".length());
        String tampered = query.replace("signature=" + first, "signature=" + (first == 'a' ? 'b' : 'a'));
        mvc.perform(get(link.getPath() + "?" + tampered)).andExpect(status().isForbidden());
        mvc.perform(get(link.getPath() + "?expires=1&signature=00")).andExpect(status().isForbidden());
        mvc.perform(delete("/passholders/{id}/picture", passholder.id()).with(caller))
                .andExpect(status().isNoContent());
        mvc.perform(get("/passholders/{id}/picture", passholder.id()).with(caller))
                .andExpect(status().isNotFound());
    }

    @Test
    void acceptsOnlyJpegAndPngPictures() throws Exception {
        upload("GIF89a not a picture".getBytes(), "photo.gif")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.schemaErrors[0].jsonPointer").value("/file"));
        upload(image("jpeg", 20, 20), "photo.jpg").andExpect(status().isNoContent());
    }

    @Test
    void aMissingPictureIsNotFoundAndAnUploadWithoutFileIsABodyMissing() throws Exception {
        mvc.perform(get("/passholders/{id}/picture", passholder.id()).with(caller))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/url/not-found"));
        mvc.perform(multipart(HttpMethod.PUT, "/passholders/{id}/picture", passholder.id())
                        .with(caller))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://api.publiq.be/probs/body/missing"));
    }

    private org.springframework.test.web.servlet.ResultActions upload(byte[] content, String name) throws Exception {
        return mvc.perform(multipart(HttpMethod.PUT, "/passholders/{id}/picture", passholder.id())
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(caller));
    }

    private static byte[] image(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
