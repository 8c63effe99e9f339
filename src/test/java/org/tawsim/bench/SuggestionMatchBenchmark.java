package org.tawsim.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.tawsim.suggestion.match.ArabicNormalizer;
import org.tawsim.suggestion.match.Match;
import org.tawsim.suggestion.match.MatchDictionary;
import org.tawsim.suggestion.match.StringMatcher;

/**
 * Benchmark, not a test: prints figures and asserts nothing about time. Builds a synthetic Arabic document of
 * {@value #TOKENS} tokens (a quarter of them learnt forms, many behind clitics, some with diacritics or tatweel)
 * and a dictionary of {@value #ENTRIES} forms (one in five of two words), then times the string matcher on it
 * (goal: under 200 ms). Run it with:
 *
 * <pre>
 * mvn -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.tawsim.bench.SuggestionMatchBenchmark [tokens] [entries]
 * </pre>
 */
public final class SuggestionMatchBenchmark {

    static final int TOKENS = 50_000;
    static final int ENTRIES = 5_000;
    private static final int RUNS = 15;
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةى";
    private static final String[] CLITICS = {"", "", "و", "ب", "ل", "ال", "وب", "فب", "لل", "وال"};

    private SuggestionMatchBenchmark() {
    }

    public static void main(String[] args) {
        int tokens = args.length > 0 ? Integer.parseInt(args[0]) : TOKENS;
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : ENTRIES;
        Random random = new Random(17);
        List<String> forms = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            forms.add(i % 5 == 0 ? word(random) + " " + word(random) : word(random));
        }
        String text = document(random, forms, tokens);

        long built = System.nanoTime();
        MatchDictionary dictionary = new MatchDictionary(new ArabicNormalizer(true));
        for (int i = 0; i < forms.size(); i++) {
            dictionary.add(forms.get(i), i % 3 == 0 ? "PERSON" : "LOCATION");
        }
        double buildMs = (System.nanoTime() - built) / 1e6;

        double[] times = new double[RUNS];
        int found = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            List<Match> matches = new StringMatcher(dictionary).find(text);
            times[run] = (System.nanoTime() - start) / 1e6;
            found = matches.size();
        }
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "document: %d tokens, %d code points; dictionary: %d forms (built in %.1f ms)%n",
                tokens, text.codePointCount(0, text.length()), dictionary.size(), buildMs);
        System.out.printf(Locale.ROOT, "matches per run: %d%n", found);
        System.out.printf(Locale.ROOT, "string matching: first run %.1f ms, median %.1f ms, max after the first %.1f ms (goal < 200 ms)%n",
                times[0], sorted[RUNS / 2], Arrays.stream(times, 1, RUNS).max().orElse(0));
    }

    private static String document(Random random, List<String> forms, int tokens) {
        StringBuilder text = new StringBuilder(tokens * 7);
        for (int i = 0; i < tokens; i++) {
            if (i > 0) {
                text.append(i % 23 == 0 ? ".\n" : " ");
            }
            if (random.nextInt(4) == 0) {
                String form = forms.get(random.nextInt(forms.size()));
                text.append(CLITICS[random.nextInt(CLITICS.length)]);
                text.append(random.nextInt(10) == 0 ? form.replaceFirst("^(.)", "$1\u064E") : form);
                if (form.contains(" ")) {
                    i++;
                }
            } else {
                text.append(word(random));
                if (random.nextInt(50) == 0) {
                    text.append('\u0640');
                }
            }
        }
        return text.toString();
    }

    private static String word(Random random) {
        int length = 3 + random.nextInt(5);
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }
}
