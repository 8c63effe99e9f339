/**
 * Corpus file formats over plain records ({@link org.tawsim.export.format.ExportDocument},
 * {@link org.tawsim.export.format.ExportSpan}) and java.io streams, independent of the database and the UI.
 *
 * <p>Writers, one document at a time, UTF-8 and {@code \n}: {@link org.tawsim.export.format.ConllNerWriter}
 * (CoNLL-2003 layout, IOB2 or BIOES), {@link org.tawsim.export.format.Conll2012Writer} (OntoNotes columns, for
 * the reference coreference scorer), {@link org.tawsim.export.format.JsonlWriter} (spaCy / Prodigy style).
 * Readers, strict, failing with {@link org.tawsim.export.format.FormatException} at the offending line:
 * {@link org.tawsim.export.format.JsonlReader}, {@link org.tawsim.export.format.DoccanoReader},
 * {@link org.tawsim.export.format.ConllNerReader}, {@link org.tawsim.export.format.Conll2012Reader}.
 * All offsets are Unicode code points (Python string indices).
 */
package org.tawsim.export.format;
