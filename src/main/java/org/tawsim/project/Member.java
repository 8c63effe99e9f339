package org.tawsim.project;

public record Member(long userId, String login, String displayName, ProjectRole role) {
}
