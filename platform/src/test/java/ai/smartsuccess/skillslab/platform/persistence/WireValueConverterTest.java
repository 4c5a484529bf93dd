package ai.smartsuccess.skillslab.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WireValueConverterTest {

    enum Light implements WireValue {
        GREEN("go"),
        RED("stop");

        private final String value;

        Light(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }

    static class LightConverter extends WireValueConverter<Light> {
        LightConverter() {
            super(Light.class);
        }
    }

    private final LightConverter converter = new LightConverter();

    @Test
    void a_constant_is_stored_under_its_own_name_and_read_back_from_it() {
        assertThat(converter.convertToDatabaseColumn(Light.RED)).isEqualTo("stop");
        assertThat(converter.convertToEntityAttribute("go")).isEqualTo(Light.GREEN);
        assertThat(WireValue.all(Light.class)).containsExactly("go", "stop");
    }

    @Test
    void null_stays_null_both_ways() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void the_java_name_or_an_unknown_name_is_refused() {
        assertThatThrownBy(() -> converter.convertToEntityAttribute("RED"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown Light RED");
        assertThatThrownBy(() -> WireValue.of(Light.class, "amber")).isInstanceOf(IllegalArgumentException.class);
    }
}
