package org.tawsim.export;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;

/**
 * Exports run in the background on a small pool of their own, so a large export neither holds an HTTP request
 * open nor blocks a page. Jobs live in memory: a restart of the server forgets them (a job that was running then
 * leaves no export), and a finished job is forgotten after {@code tawsim.export.job-retention}; its export stays
 * in the project's exports list.
 */
@Service
public class ExportJobs {

    private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

    static final Duration DEFAULT_SYNC_WAIT = Duration.ofSeconds(3);

    private final ExportService exports;
    private final ThreadPoolTaskExecutor executor;
    private final Environment environment;
    private final Duration retention;
    private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();

    ExportJobs(ExportService exports, ThreadPoolTaskExecutorBuilder executors, Environment environment,
               @Value("${tawsim.export.threads:2}") int threads,
               @Value("${tawsim.export.queue:20}") int queue,
               @Value("${tawsim.export.job-retention:1h}") Duration retention) {
        this.exports = exports;
        this.environment = environment;
        this.retention = retention;
        this.executor = executors.corePoolSize(threads).maxPoolSize(threads).queueCapacity(queue)
                .threadNamePrefix("export-").build();
        executor.initialize();
    }

    /**
     * Checks that the user may export the project, then starts the export in the background.
     *
     * @throws ExportsBusy when every worker is busy and the queue is full
     */
    public ExportJob start(UserAccount user, long projectId, ExportRequest request) {
        ExportJob job = new ExportJob(projectId, exports.documentsToRead(user, projectId, request));
        forgetOldJobs();
        jobs.put(job.id(), job);
        try {
            executor.execute(() -> run(job, user, request));
        } catch (TaskRejectedException busy) {
            jobs.remove(job.id());
            throw new ExportsBusy();
        }
        return job;
    }

    /**
     * Waits up to {@code tawsim.export.sync-wait} for the job to finish, so small exports answer at once.
     *
     * @return whether to answer with the result now; false (answer "accepted") when the job still runs, and always
     *         when the wait is zero, so that a client configured for background exports always gets a status URL
     */
    public boolean awaitBriefly(ExportJob job) {
        // read on every request, not once: a property source added while the app runs (as tests do) takes effect
        Duration syncWait = environment.getProperty("tawsim.export.sync-wait", Duration.class, DEFAULT_SYNC_WAIT);
        if (syncWait.isZero() || syncWait.isNegative()) {
            return false;
        }
        try {
            job.result().get(syncWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillRunningOrFailed) {
            // the job says which
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return job.status() != ExportJob.Status.RUNNING;
    }

    /** A job answered at once has no status URL anyone knows: nothing needs to keep it. */
    public void forget(ExportJob job) {
        jobs.remove(job.id());
    }

    /** The project's job, for whoever may export the project; empty for another project's job or a forgotten one. */
    public Optional<ExportJob> find(UserAccount user, long projectId, String jobId) {
        exports.requireExporter(user, projectId);
        return Optional.ofNullable(jobs.get(jobId)).filter(job -> job.projectId() == projectId);
    }

    private void run(ExportJob job, UserAccount user, ExportRequest request) {
        try {
            job.succeed(exports.export(user, job.projectId(), request, job));
        } catch (UserError refused) {
            job.fail(refused);
        } catch (RuntimeException failure) {
            log.error("Export job {} of project {} failed", job.id(), job.projectId(), failure);
            job.fail(failure);
        } catch (Error fatal) {
            job.fail(new IllegalStateException(fatal));
            throw fatal;
        }
    }

    private void forgetOldJobs() {
        Instant before = Instant.now().minus(retention);
        jobs.values().removeIf(job -> job.finishedAt() != null && job.finishedAt().isBefore(before));
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
