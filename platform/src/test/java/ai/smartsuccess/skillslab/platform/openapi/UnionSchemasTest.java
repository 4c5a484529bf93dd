package ai.smartsuccess.skillslab.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class UnionSchemasTest {

    @Test
    void a_union_with_a_string_alternative_loses_the_object_type_a_union_of_objects_keeps_it() {
        Schema sentenceOrStructure = OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .addOneOf(OASFactory.createSchema().ref("CategoryAnalysis"))
                .addOneOf(OASFactory.createSchema().addType(SchemaType.STRING));
        Schema events = OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .addOneOf(OASFactory.createSchema().ref("Delta"))
                .addOneOf(OASFactory.createSchema().ref("Done"));

        UnionSchemas.untype(sentenceOrStructure);
        UnionSchemas.untype(events);

        assertThat(sentenceOrStructure.getType()).isNull();
        assertThat(events.getType()).isEqualTo(List.of(SchemaType.OBJECT));
    }
}
