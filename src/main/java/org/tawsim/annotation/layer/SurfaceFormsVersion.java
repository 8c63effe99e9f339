package org.tawsim.annotation.layer;

/**
 * What the surface forms of a project's gold and one annotator's layers depend on, read in one aggregate over the
 * layers: every change to a layer's spans raises its revision (label moves too), a new layer raises the count, and
 * a layer deleted and another created lowers and raises the newest id. Equal versions mean equal forms.
 */
public record SurfaceFormsVersion(long layers, long revisions, long newestLayer) {
}
