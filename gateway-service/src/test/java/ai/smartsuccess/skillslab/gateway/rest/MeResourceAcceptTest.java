package ai.smartsuccess.skillslab.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /api/me/export answers the ZIP only when Accept asks for it; JSON stays the answer to anything else. */
class MeResourceAcceptTest {

    @ParameterizedTest(name = "[{0}] -> zip {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "NULL | false",
                "*/* | false",
                "application/json | false",
                "application/zip | true",
                "application/zip, application/problem+json | true",
                "application/json;q=0.9, application/zip | true",
                "APPLICATION/ZIP | true",
                "application/zip;q=0 | false",
                "application/zip; q=0.0, application/json | false",
                "application/zipx | false"
            })
    void only_an_accept_that_names_the_zip_gets_it(String accept, boolean zip) {
        assertThat(MeResource.wantsZip(accept)).isEqualTo(zip);
    }
}
