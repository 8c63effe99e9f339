package org.tawsim.corpus;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 11: documents stored before titles came from the headline ({@link org.tawsim.text.Headline}) were
 * titled by their first line, often page furniture ("icon"). Those whose title is still that first line, and that
 * no lead renamed, get their headline; titles given by an import or a lead stay. Runs once, like the SQL migrations.
 */
@Component
class HeadlineTitles implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "headline titles";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        DocumentRepository.retitleFromHeadlines(context.getConnection());
    }
}
