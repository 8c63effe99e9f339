package org.tawsim.export.format;

/** A span together with the tokens it covers in one segmentation. */
record PlacedSpan(ExportSpan span, TokenRange tokens) {
}
