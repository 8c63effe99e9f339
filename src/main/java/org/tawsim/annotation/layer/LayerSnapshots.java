package org.tawsim.annotation.layer;

import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consistent reads of many layers: everything read in one callback, the caller's own queries included, comes from
 * one read-only REPEATABLE READ transaction, so a change committed meanwhile (a span linked, a layer edited) is
 * either wholly seen or not at all. Called inside a transaction already open, the callback joins it.
 */
@Service
public class LayerSnapshots {

    private final TransactionTemplate snapshot;
    private final LayerReads reads;

    LayerSnapshots(PlatformTransactionManager transactions, ProjectLayersRepository repository) {
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.reads = new LayerReads(repository);
    }

    public <T> T read(Function<LayerReads, T> work) {
        return snapshot.execute(status -> work.apply(reads));
    }
}
