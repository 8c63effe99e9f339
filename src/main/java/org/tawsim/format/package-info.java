/**
 * Corpus file formats over plain records ({@link org.tawsim.format.CorpusDocument},
 * {@link org.tawsim.format.CorpusSpan}) and java.io streams, independent of the database and the UI.
 *
 * <p>Writers, one document at a time, UTF-8 and {@code \n}: {@link org.tawsim.format.ConllNerWriter}
 * (CoNLL-2003 layout, IOB2 or BIOES), {@link org.tawsim.format.Conll2012Writer} (OntoNotes columns, for
 * the reference coreference scorer), {@link org.tawsim.format.JsonlWriter} (spaCy / Prodigy style).
 * Readers, strict, failing with {@link org.tawsim.format.FormatException} at the offending line:
 * {@link org.tawsim.format.JsonlReader}, {@link org.tawsim.format.DoccanoReader},
 * {@link org.tawsim.format.ConllNerReader}, {@link org.tawsim.format.Conll2012Reader}.
 * All offsets are Unicode code points (Python string indices).
 */
package org.tawsim.format;
