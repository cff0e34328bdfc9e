package be.openpas.shared.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPointersTests {

    @Test
    void turnsPropertyPathsIntoPointers() {
        assertThat(JsonPointers.fromPropertyPath("cities[0].postalCode")).isEqualTo("/cities/0/postalCode");
        assertThat(JsonPointers.fromPropertyPath("name")).isEqualTo("/name");
        assertThat(JsonPointers.fromPropertyPath("name[nl]")).isEqualTo("/name/nl");
        assertThat(JsonPointers.fromPropertyPath("")).isEqualTo("/");
    }

    @Test
    void escapesSlashesAndTildes() {
        assertThat(JsonPointers.of(List.of("a/b", "c~d"))).isEqualTo("/a~1b/c~0d");
        assertThat(JsonPointers.child("/", "x")).isEqualTo("/x");
        assertThat(JsonPointers.child("/items", 3)).isEqualTo("/items/3");
    }

    @Test
    void prefixesErrorsOfAnEntry() {
        assertThat(new SchemaError("/name", "x").prefixed("/cardSystems/2").jsonPointer())
                .isEqualTo("/cardSystems/2/name");
        assertThat(new SchemaError("/", "x").prefixed("/cardSystems/2").jsonPointer())
                .isEqualTo("/cardSystems/2");
    }
}
