package org.tawsim.base;

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
 * from Maven-served binaries, keeping its data in a folder that survives restarts. Only the app's role can log in
 * (with the password kept in that folder), and the server is started again if it dies (see {@link EmbeddedServer}).
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

    /** Stopped after the pool (which depends on it) has closed; supervised while the app runs. */
    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(DataFolderLock lock, @Value("${tawsim.embedded-db.dir:data/postgres}") String dataDir,
                                  @Value("${tawsim.embedded-db.port:0}") int port) throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath();
        // We hold the folder's lock, so a server still running on it was left by a process that died.
        OrphanedPostgres.stopIfRunning(dir);
        EmbeddedServer server = EmbeddedServer.start(dir, port).supervise();
        log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}; the app connects as role {}",
                server.port(), dir, server.user());
        return server;
    }

    @Bean
    DataSource dataSource(EmbeddedServer server,
                          @Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeoutMillis) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(server.jdbcUrl())
                .username(server.user())
                .password(server.password())
                .build();
        dataSource.setPoolName("tawsim-embedded");
        // While the database restarts, requests fail after this long with a clear 503 instead of hanging.
        dataSource.setConnectionTimeout(connectionTimeoutMillis);
        return dataSource;
    }
}
