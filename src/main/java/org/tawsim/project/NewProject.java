package org.tawsim.project;

/** A project to create over the API. */
public record NewProject(String name, String description) {
}
