package org.tawsim.project.ui;

/** A tab's content that reloads each time its tab is selected: another tab may have changed what it shows. */
public interface RefreshedOnSelection {

    void refresh();
}
