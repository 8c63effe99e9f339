package org.tawsim.annotation;

import java.util.List;

/** A page of a project's documents: {@code total} counts every document that matches the filters. */
public record DocumentListPage(int page, int size, long total, List<DocumentListEntry> documents) {
}
