package org.tawsim.base;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The default database: when no {@code spring.datasource.url} is configured the app runs a real PostgreSQL
 * from Maven-served binaries, keeping its data in a folder that survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceConfigured.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** Held while the app runs; released after the server below has stopped (it depends on this bean). */
    @Bean(destroyMethod = "close")
    DataFolderLock dataFolderLock(@Value("${tawsim.embedded-db.dir:data/postgres}") String dataDir) throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath();
        Files.createDirectories(dir);
        return DataFolderLock.acquire(dir);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataFolderLock lock, @Value("${tawsim.embedded-db.dir:data/postgres}") String dataDir,
                                      @Value("${tawsim.embedded-db.port:0}") int port) throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath();
        // We hold the folder's lock, so a server still running on it was left by a process that died.
        OrphanedPostgres.stopIfRunning(dir);
        EmbeddedPostgres postgres = configure(dir, port).start();
        log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dir);
        return postgres;
    }

    /** A server on a persistent folder with the durability settings of a real installation. */
    static EmbeddedPostgres.Builder configure(Path dir, int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // The library's defaults (fsync off, asynchronous commit) are for tests; annotators' work must survive a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres,
                          @Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeoutMillis) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
        dataSource.setPoolName("tawsim-embedded");
        // While the database restarts, requests fail after this long with a clear 503 instead of hanging.
        dataSource.setConnectionTimeout(connectionTimeoutMillis);
        return dataSource;
    }
}
