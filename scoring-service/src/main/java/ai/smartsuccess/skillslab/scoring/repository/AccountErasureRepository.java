package ai.smartsuccess.skillslab.scoring.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What this service keeps about a deleted account: its scoring runs, found by the candidate's id in the stored
 * submission (the result quotes what they wrote). Native statements: a run's stored input is never loaded for this.
 */
@ApplicationScoped
public class AccountErasureRepository {

    private static final String CANDIDATE = "input_event -> 'candidate' ->> 'userId'";

    /**
     * A run whose outcome has gone out (or never will: a failed re-score): deleting it cannot make a scoring in progress
     * publish a failure after its score.
     */
    private static final String SETTLED = "(published or (status = 'failed' and origin = 'rescore'))";

    /** Remembers the account as erased; answers false when it already was. */
    public Uni<Boolean> remember(String userId) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "insert into {h-schema}erased_accounts (user_id) values (:userId)"
                                        + " on conflict (user_id) do nothing")
                        .setParameter("userId", userId)
                        .executeUpdate())
                .map(inserted -> inserted > 0);
    }

    /** Deletes the account's settled runs; answers how many. */
    public Uni<Integer> deleteSettledRuns(String userId) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "delete from {h-schema}scoring_runs where " + CANDIDATE + " = :userId and " + SETTLED)
                        .setParameter("userId", userId)
                        .executeUpdate());
    }

    /** Bulk re-scores an administrator who left had started no longer name them. */
    public Uni<Integer> forgetRequester(String userId) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "update {h-schema}rescore_jobs set requested_by = null where requested_by = :userId")
                        .setParameter("userId", userId)
                        .executeUpdate());
    }

    /**
     * Deletes settled runs of erased accounts (those that were being scored when the account went, or whose submission
     * arrived after): a bounded batch, rows another instance is deleting skipped. Answers how many.
     */
    public Uni<Integer> sweepSettledRuns(int limit) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("delete from {h-schema}scoring_runs where id in ("
                                + "select r.id from {h-schema}scoring_runs r join {h-schema}erased_accounts e"
                                + " on r." + CANDIDATE + " = e.user_id"
                                + " where (r.published or (r.status = 'failed' and r.origin = 'rescore'))"
                                + " limit :limit for update of r skip locked)")
                        .setParameter("limit", limit)
                        .executeUpdate());
    }
}
