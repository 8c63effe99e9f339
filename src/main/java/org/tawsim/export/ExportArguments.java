package org.tawsim.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tawsim.base.UserError;
import org.tawsim.format.CorpusFormat;
import org.tawsim.format.CorpusFormats;
import org.tawsim.format.TagScheme;

/**
 * The arguments of {@code java -jar tawsim.jar export ...}: which project, format and sources to export and where
 * to copy the files. Options of Spring itself ({@code --spring.*}, {@code --tawsim.*}) are kept apart for the
 * application context.
 *
 * @param project      the project's id or name
 * @param user         the login the export runs as (it must be allowed to export); null for the admin account
 * @param springArgs   the options left for Spring
 */
record ExportArguments(String project, ExportRequest request, Path out, String user, List<String> springArgs) {

    static final String USAGE = """
            Usage: java -jar tawsim.jar export --project <id or name> --out <dir> [options]
            %s   default jsonl
              --scheme iob2|bioes              CoNLL tags, default iob2
              --source all|<login>             every annotator (default) or one annotator
              --finished-only yes|no           only documents the annotator marked done (default yes)
              --split <train>,<dev>,<test>     e.g. 0.8,0.1,0.1: train/dev/test files by document
              --seed <n>                       seed of the split, default 1
              --user <login>                   who exports (a lead, admin or viewer of the project), default admin
              --spring.*, --tawsim.*           application settings, e.g. --spring.datasource.url=...
            Writes the export under the exports folder as the page and the API do, copies its files and
            manifest.json into --out and prints where. Exit status 0 on success, 2 for bad arguments, 1 when the
            export fails.""".formatted("%-32s".formatted("  --format " + String.join("|", CorpusFormats.commandLineNames())));

    /** A command line that cannot be run: the message says what to change. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    static ExportArguments parse(String... args) {
        Map<String, String> options = new HashMap<>();
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--spring.") || arg.startsWith("--tawsim.") || arg.startsWith("--server.")) {
                spring.add(arg);
                continue;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new Invalid("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new Invalid("--" + name + " needs a value");
            }
            if (!List.of("project", "format", "scheme", "source", "finished-only", "split", "seed", "out", "user").contains(name)) {
                throw new Invalid("unknown option --" + name);
            }
            if (options.put(name, value.strip()) != null) {
                throw new Invalid("--" + name + " is given twice");
            }
        }
        String project = required(options, "project");
        Path out = Path.of(required(options, "out"));
        CorpusFormat format = format(options.getOrDefault("format", "jsonl"));
        TagScheme scheme = scheme(options.getOrDefault("scheme", "iob2"));
        String source = options.getOrDefault("source", "all");
        ExportSources sources = switch (source.toLowerCase(Locale.ROOT)) {
            case "all" -> ExportSources.ALL_ANNOTATORS;
            case "gold" -> ExportSources.GOLD;
            default -> ExportSources.ANNOTATOR;
        };
        String annotator = sources == ExportSources.ANNOTATOR ? source : null;
        ExportSplit split = split(options.get("split"), options.getOrDefault("seed", "1"));
        if (split == null && options.containsKey("seed")) {
            throw new Invalid("--seed is only for --split");
        }
        boolean finishedOnly = yesOrNo("finished-only", options.getOrDefault("finished-only", "yes"));
        return new ExportArguments(project, new ExportRequest(format, scheme, sources, annotator, split, finishedOnly), out,
                options.get("user"), List.copyOf(spring));
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isEmpty()) {
            throw new Invalid("--" + name + " is required");
        }
        return value;
    }

    private static boolean yesOrNo(String option, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw new Invalid("--" + option + " must be yes or no, not '" + value + "'");
        };
    }

    private static CorpusFormat format(String name) {
        return CorpusFormats.find(name).filter(CorpusFormat::canWrite)
                .orElseThrow(() -> new Invalid("--format must be " + oneOf(CorpusFormats.commandLineNames()) + ", not '"
                        + name + "'"));
    }

    /** "a, b or c" */
    private static String oneOf(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
    }

    private static TagScheme scheme(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "iob2" -> TagScheme.IOB2;
            case "bioes" -> TagScheme.BIOES;
            default -> throw new Invalid("--scheme must be iob2 or bioes, not '" + name + "'");
        };
    }

    private static ExportSplit split(String ratios, String seed) {
        if (ratios == null) {
            return null;
        }
        String[] parts = ratios.split(",");
        if (parts.length != 3) {
            throw new Invalid("--split needs three ratios train,dev,test, e.g. 0.8,0.1,0.1");
        }
        try {
            return new ExportSplit(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Long.parseLong(seed));
        } catch (NumberFormatException e) {
            throw new Invalid("--split takes numbers and --seed a whole number: " + e.getMessage());
        } catch (UserError e) {
            throw new Invalid("--split ratios must not be negative and must not all be 0: '" + ratios + "'");
        }
    }
}
