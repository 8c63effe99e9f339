package org.tawsim.format;

import java.util.Set;

/** doccano's JSONL export ({@code text} and {@code label: [[start, end, label], ...]}): read only. */
final class DoccanoFormat extends CorpusFormat {

    DoccanoFormat() {
        super("DOCCANO");
    }

    @Override
    public String commandLineName() {
        return null;
    }

    @Override
    public CorpusReader reader(Set<String> labels) {
        return new DoccanoReader(labels);
    }
}
