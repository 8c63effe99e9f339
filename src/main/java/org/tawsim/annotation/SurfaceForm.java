package org.tawsim.annotation;

/** The text spans covered with one label, and how many spans did (what suggestions learn from). */
public record SurfaceForm(String text, String label, int times) {
}
