package ai.smartsuccess.skillslab.notification.repository;

import ai.smartsuccess.skillslab.notification.model.Person;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, String> {

    /**
     * Inserts or completes what is known of a person; a value not given (null) keeps the one known. Nothing is written
     * for a forgotten account, and nothing when nothing changed. Plain SQL so that two requests of one person at once
     * cannot both insert.
     */
    private static final String LEARN = """
            insert into notification.people as p (user_id, email, name, company_name, updated_at)
            select $1, $2, $3, $4, now()
            where not exists (select 1 from notification.forgotten_users f where f.user_id = $1)
            on conflict (user_id) do update set
                email = coalesce(excluded.email, p.email),
                name = coalesce(excluded.name, p.name),
                company_name = coalesce(excluded.company_name, p.company_name),
                updated_at = now()
            where p.email is distinct from coalesce(excluded.email, p.email)
                or p.name is distinct from coalesce(excluded.name, p.name)
                or p.company_name is distinct from coalesce(excluded.company_name, p.company_name)""";

    private final Pool pool;

    PersonRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> learn(String userId, String email, String name, String companyName) {
        return pool.preparedQuery(LEARN)
                .execute(Tuple.of(userId, email, name, companyName))
                .replaceWithVoid();
    }
}
