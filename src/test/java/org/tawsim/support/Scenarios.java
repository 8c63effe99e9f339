package org.tawsim.support;

import org.springframework.stereotype.Component;
import org.tawsim.account.AccountService;
import org.tawsim.annotation.AnnotationService;
import org.tawsim.annotation.AssignmentService;
import org.tawsim.corpus.DocumentService;
import org.tawsim.project.ProjectService;

/**
 * Where tests start a {@link Scenario}: the app's public services, nothing below them, so a scenario keeps
 * working whatever repository or table stores projects, documents and layers.
 */
@Component
public class Scenarios {

    record Services(AccountService accounts, ProjectService projects, DocumentService documents,
                    AssignmentService assignments, AnnotationService annotations) {
    }

    private final Services services;

    Scenarios(AccountService accounts, ProjectService projects, DocumentService documents,
              AssignmentService assignments, AnnotationService annotations) {
        this.services = new Services(accounts, projects, documents, assignments, annotations);
    }

    /** A fresh project named {@code name} plus a unique tag; its lead and members are fresh accounts too. */
    public Scenario project(String name) {
        return new Scenario(services, name);
    }
}
