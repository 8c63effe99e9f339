package org.tawsim.project;

import java.time.OffsetDateTime;

public record Project(long id, String name, String description, OffsetDateTime createdAt) {
}
