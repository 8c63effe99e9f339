package org.tawsim.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BackupFileTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Test
    void theFileIsNamedAfterTheProjectAndTheDay() {
        assertThat(BackupFile.fileName("Arabic news", DAY)).isEqualTo("Arabic-news-backup-2026-11-25.json");
    }

    @Test
    void arabicNamesStayAndPathCharactersGo() {
        assertThat(BackupFile.fileName("أخبار/درعا: 2022", DAY)).isEqualTo("أخبار-درعا-2022-backup-2026-11-25.json");
        assertThat(BackupFile.fileName("../..", DAY)).isEqualTo("project-backup-2026-11-25.json");
    }
}
