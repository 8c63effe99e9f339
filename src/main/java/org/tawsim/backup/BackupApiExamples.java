package org.tawsim.backup;

/** Examples of the backup API's bodies for its OpenAPI description (see docs/backup.md). */
final class BackupApiExamples {

    static final String BACKUP = """
            {"format":"tawsim-project-backup","version":1,"name":"Arabic news","description":"Daraa coverage",
             "annotatorsSeeEachOther":false,
             "labels":[{"name":"LOCATION","colour":"#8ab17d","hotkey":"3","position":0,"displayEn":null,"displayAr":"مكان",
                        "guideline":""}],
             "users":[{"login":"lead","displayName":"Lead","systemRole":"lead"},
                      {"login":"annotator1","displayName":"Annotator 1","systemRole":"annotator"}],
             "members":[{"login":"lead","role":"lead"},{"login":"annotator1","role":"annotator"}],
             "documents":[{"externalId":"jasim","title":"Clashes in Jasim","text":"اشتباكات في مدينة جاسم بدرعا.",
                           "sha256":"5d5e1ad0c6d2a8d0b1f4f0f6f4a7f5c1b1e3f1f4d8c3a2b1e0f9d8c7b6a5f4e3","sourceFile":"jasim.txt",
                           "language":"ar","direction":"rtl",
                           "assignments":[{"annotator":"annotator1","status":"done","assignedAt":"2026-11-20T09:00:00Z",
                                           "startedAt":"2026-11-20T09:05:00Z","finishedAt":"2026-11-20T09:30:00Z"}],
                           "layers":[{"annotator":"annotator1","revision":3,
                                      "spans":[{"start":12,"end":22,"label":"LOCATION","createdBy":"annotator1",
                                                "createdAt":"2026-11-20T09:10:00Z","updatedBy":null,"updatedAt":null},
                                               {"start":24,"end":28,"label":"LOCATION","createdBy":"annotator1",
                                                "createdAt":"2026-11-20T09:11:00Z","updatedBy":null,"updatedAt":null}],
                                      "chains":[[0,1]]}]}]}""";

    static final String RESTORED = """
            {"projectId":7,
             "accountsCreated":[{"login":"chief","role":"annotator","roleInBackup":"admin"},
                                {"login":"sara","role":"annotator","roleInBackup":null}],
             "creatorsReplaced":["admin"],"authorship":"as recorded in the backup"}""";

    private BackupApiExamples() {
    }
}
