package org.tawsim.project;

/** A change to a project over the API: fields left out (null) stay as they are. */
public record ProjectEdit(String name, String description, Boolean sharing) {
}
