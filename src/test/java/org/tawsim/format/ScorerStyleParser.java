package org.tawsim.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads coreference the way the CoNLL-2012 reference scorer v8.01 does (CorScorer.pm, GetCoreference), to check
 * that our files mean to the scorer what we meant: a document starts at a line matching
 * {@code ^#\s*begin document (.*?)$}, blank lines are skipped, a line matching {@code #\s*end document} ends it,
 * other lines are split at TAB only and the last column is taken; in it first every {@code (n)} is removed, then
 * every {@code (n}, then every {@code n)}, a closing popping the latest opening of n. Tokens are numbered across
 * the whole document. Independent of our reader on purpose.
 */
final class ScorerStyleParser {

    private static final Pattern BEGIN = Pattern.compile("^#\\s*begin document (.*?)$");
    private static final Pattern END = Pattern.compile("#\\s*end document");
    private static final Pattern SINGLE = Pattern.compile("\\((\\d+)\\)");
    private static final Pattern OPEN = Pattern.compile("\\((\\d+)");
    private static final Pattern CLOSE = Pattern.compile("(\\d+)\\)");

    private ScorerStyleParser() {
    }

    /** Document name → entity number → mentions as "first-last" token numbers, in the order found. */
    static Map<String, Map<String, List<String>>> parse(String file) {
        Map<String, Map<String, List<String>>> documents = new LinkedHashMap<>();
        Map<String, List<String>> entities = null;
        Map<String, Deque<Integer>> half = new HashMap<>();
        int token = 0;
        for (String line : file.split("\n", -1)) {
            Matcher begin = BEGIN.matcher(line);
            if (entities == null) {
                if (begin.find()) {
                    entities = new LinkedHashMap<>();
                    documents.put(begin.group(1), entities);
                    half.clear();
                    token = 0;
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            if (END.matcher(line).find()) {
                for (Deque<Integer> open : half.values()) {
                    if (!open.isEmpty()) {
                        throw new IllegalStateException("some mentions in the document do not close");
                    }
                }
                entities = null;
                continue;
            }
            String[] columns = line.split("\t");
            String info = columns[columns.length - 1];
            info = remove(info, SINGLE, entities, half, token, 'S');
            info = remove(info, OPEN, entities, half, token, 'O');
            remove(info, CLOSE, entities, half, token, 'C');
            token++;
        }
        return documents;
    }

    private static String remove(String info, Pattern pattern, Map<String, List<String>> entities,
                                 Map<String, Deque<Integer>> half, int token, char kind) {
        Matcher m = pattern.matcher(info);
        while (m.find()) {
            String entity = m.group(1);
            switch (kind) {
                case 'S' -> entities.computeIfAbsent(entity, e -> new ArrayList<>()).add(token + "-" + token);
                case 'O' -> half.computeIfAbsent(entity, e -> new ArrayDeque<>()).push(token);
                default -> {
                    Deque<Integer> open = half.get(entity);
                    if (open == null || open.isEmpty()) {
                        throw new IllegalStateException("end of a mention [" + entity + "] without begin");
                    }
                    entities.computeIfAbsent(entity, e -> new ArrayList<>()).add(open.pop() + "-" + token);
                }
            }
            info = info.substring(0, m.start()) + info.substring(m.end());
            m = pattern.matcher(info);
        }
        return info;
    }
}
