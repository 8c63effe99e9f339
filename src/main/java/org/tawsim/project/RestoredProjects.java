package org.tawsim.project;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project rebuilt by a restore: the project row, its label set and its members as the backup has them. The
 * restore has already checked who may restore and every value; runs in its transaction (all or nothing).
 */
@Service
public class RestoredProjects {

    private final ProjectRepository projects;
    private final LabelRepository labels;

    RestoredProjects(ProjectRepository projects, LabelRepository labels) {
        this.projects = projects;
        this.labels = labels;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean nameTaken(String name) {
        return projects.nameTaken(name);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long create(String name, String description, boolean annotatorsSeeEachOther, long createdBy) {
        long projectId = projects.insert(name, description, createdBy);
        projects.setAnnotatorsSeeEachOther(projectId, annotatorsSeeEachOther);
        return projectId;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void addLabel(long projectId, Label label) {
        labels.insert(projectId, label);
    }

    /** @param role the role as stored ("lead", "annotator", "viewer") */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addMember(long projectId, long userId, String role) {
        projects.insertMember(projectId, userId, role);
    }
}
