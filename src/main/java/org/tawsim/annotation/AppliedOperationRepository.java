package org.tawsim.annotation;

import static org.tawsim.db.Tables.APPLIED_OPERATION;

import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Operation ids already applied, per layer and actor: a retry is answered again, never applied twice, and an id
 * is never looked up outside its own layer and actor (it would tell someone else's revision and span ids).
 */
@Repository
class AppliedOperationRepository {

    private final DSLContext dsl;

    AppliedOperationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The answer given when this actor applied {@code opId} to this layer; {@link OperationIdReused} when it was
     * applied with another operation (an id from before hashes were kept, hash null, is answered as applied).
     */
    Optional<OperationResult> earlier(long layerId, long actorId, UUID opId, String hash) {
        var applied = dsl.select(APPLIED_OPERATION.OP_HASH, APPLIED_OPERATION.REVISION, APPLIED_OPERATION.SPAN_ID,
                        APPLIED_OPERATION.CHAIN_ID)
                .from(APPLIED_OPERATION)
                .where(APPLIED_OPERATION.LAYER_ID.eq(layerId))
                .and(APPLIED_OPERATION.ACTOR_ID.eq(actorId)).and(APPLIED_OPERATION.OP_ID.eq(opId))
                .fetchOne();
        if (applied == null) {
            return Optional.empty();
        }
        if (applied.value1() != null && !applied.value1().equals(hash)) {
            throw new OperationIdReused(opId);
        }
        return Optional.of(new OperationResult(applied.value2(), applied.value3(), applied.value4(), true));
    }

    void record(long layerId, long actorId, UUID opId, String hash, OperationResult result) {
        dsl.insertInto(APPLIED_OPERATION)
                .set(APPLIED_OPERATION.LAYER_ID, layerId)
                .set(APPLIED_OPERATION.ACTOR_ID, actorId)
                .set(APPLIED_OPERATION.OP_ID, opId)
                .set(APPLIED_OPERATION.OP_HASH, hash)
                .set(APPLIED_OPERATION.REVISION, result.revision())
                .set(APPLIED_OPERATION.SPAN_ID, result.spanId())
                .set(APPLIED_OPERATION.CHAIN_ID, result.chainId())
                .execute();
    }
}
