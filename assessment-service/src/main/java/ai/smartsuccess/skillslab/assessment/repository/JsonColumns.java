package ai.smartsuccess.skillslab.assessment.repository;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;

/** JSONB columns of read models read without trusting their shape. */
final class JsonColumns {

    /** The column's JSON object, or null when it is SQL null, JSON null or another kind of JSON value. */
    static JsonObject object(Row row, String column) {
        return row.getValue(column) instanceof JsonObject json ? json : null;
    }

    private JsonColumns() {}
}
