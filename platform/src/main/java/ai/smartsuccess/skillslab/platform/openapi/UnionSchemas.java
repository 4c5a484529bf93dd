package ai.smartsuccess.skillslab.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * A union that a record declares with {@code @Schema(oneOf = {Structure.class, String.class})} on a marker type gets
 * {@code type: object} from that Java type as well, which no string can match. Such a component keeps only its
 * {@code oneOf}, so that a validator and the generated web app types accept each alternative. Runs at build time, like
 * the stored document.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class UnionSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(UnionSchemas::untype);
    }

    static void untype(Schema schema) {
        List<Schema> alternatives = schema.getOneOf();
        if (alternatives != null && alternatives.stream().anyMatch(UnionSchemas::notAnObject)) {
            schema.setType(null);
        }
    }

    private static boolean notAnObject(Schema alternative) {
        return alternative.getRef() == null
                && alternative.getType() != null
                && !alternative.getType().equals(List.of(SchemaType.OBJECT));
    }
}
