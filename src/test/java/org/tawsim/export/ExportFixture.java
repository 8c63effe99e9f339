package org.tawsim.export;

import java.util.List;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.project.Project;
import org.tawsim.support.Scenario;
import org.tawsim.support.Scenarios;

/**
 * A project with three documents annotated by two annotators, who marked all three done, for export tests. The first text has an emoji
 * and a mathematical letter (both outside the BMP: one code point, two UTF-16 units) before its entities.
 */
class ExportFixture {

    // Code points: مدينة جاسم starts at 16, جاسم at 22, بدرعا at 27 and درعا (without the clitic ب) at 28.
    static final String TEXT = "😀 اشتباكات 𝐀 في مدينة جاسم بدرعا.";
    static final String SECOND = "وصل الوفد إلى دمشق.";
    static final String THIRD = "قال أحمد إن الوضع هادئ.";

    final Scenario scenario;
    final UserAccount lead;
    final UserAccount first;
    final UserAccount second;
    final UserAccount viewer;
    final UserAccount outsider;
    final Project project;
    final long documentId;
    /** jasim, delegation, ahmad */
    final List<Long> documentIds;

    ExportFixture(Scenarios scenarios) {
        scenario = scenarios.project("Exports").annotators("ann1", "ann2").viewers("ml").outsider("out", SystemRole.VIEWER)
                .document("jasim.txt", TEXT).document("delegation.txt", SECOND).document("ahmad.txt", THIRD)
                .assignBalanced(2)
                // ann1: the city, the town nested in it, درعا without its clitic, and a chain of city and درعا
                .on("jasim.txt").span("ann1", "مدينة جاسم", "LOCATION").span("ann1", "جاسم", "LOCATION")
                .span("ann1", "درعا", "LOCATION").chain("ann1", "مدينة جاسم", "درعا")
                .on("delegation.txt").span("ann1", "دمشق", "LOCATION")
                // ann2: the town alone and the whole word بدرعا, so the two layers have different boundaries
                .on("jasim.txt").span("ann2", "جاسم", "LOCATION").span("ann2", "بدرعا", "LOCATION");
        // both finished every document (exports hold finished documents by default)
        for (String document : List.of("jasim.txt", "delegation.txt", "ahmad.txt")) {
            scenario.on(document).done("ann1", "ann2");
        }
        lead = scenario.lead();
        first = scenario.user("ann1");
        second = scenario.user("ann2");
        viewer = scenario.user("ml");
        outsider = scenario.user("out");
        project = scenario.project();
        documentId = scenario.documentId("jasim.txt");
        documentIds = scenario.documentIds();
    }
}
