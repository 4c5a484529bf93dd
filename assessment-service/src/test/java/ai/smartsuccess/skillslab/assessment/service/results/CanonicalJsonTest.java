package ai.smartsuccess.skillslab.assessment.service.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void members_are_sorted_at_every_depth_and_nothing_is_between_tokens() throws Exception {
        String text = "{ \"b\": [3, {\"z\": true, \"a\": null}], \"a\": {\"y\": 1.5, \"x\": \"s\"}, \"B\": 80.0 }";
        assertThat(CanonicalJson.write(mapper.readTree(text)))
                .isEqualTo("{\"B\":80,\"a\":{\"x\":\"s\",\"y\":1.5},\"b\":[3,{\"a\":null,\"z\":true}]}");
    }

    @Test
    void strings_are_escaped_minimally() throws Exception {
        String text = mapper.writeValueAsString(java.util.Map.of("k", "quote \" back \\ nl \n tab \t bell \u0007 é €"));
        assertThat(CanonicalJson.write(mapper.readTree(text)))
                .isEqualTo("{\"k\":\"quote \\\" back \\\\ nl \\n tab \\t bell \\u0007 é €\"}");
    }

    @Test
    void the_same_value_written_twice_in_any_order_is_the_same_text() throws Exception {
        String one = CanonicalJson.write(mapper.readTree("{\"a\":1,\"b\":{\"c\":[1,2],\"d\":\"x\"}}"));
        String two = CanonicalJson.write(mapper.readTree("{\"b\":{\"d\":\"x\",\"c\":[1,2]},\"a\":1}"));
        assertThat(one).isEqualTo(two);
    }
}
