package org.tawsim.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for passwords people choose: long enough, and none that README, docs or demo data print. */
class PasswordPolicyTest {

    /** Where our docs write passwords: curl -u login:password, VARIABLE_PASSWORD=..., README's account table. */
    private static final List<Pattern> WRITTEN = List.of(
            Pattern.compile("-u\\s+[^:\\s]+:([^\\s'\"…]+)"),
            Pattern.compile("PASSWORD='([^']+)'"),
            Pattern.compile("PASSWORD=([^\\s'\"\\\\…]+)"));
    /** A row `login` | `password` of a Markdown table whose header names a password (e.g. README's demo accounts). */
    private static final Pattern TABLE_ROW = Pattern.compile("\\|\\s*`[A-Za-z0-9._-]+`\\s*\\|\\s*`([^`]+)`\\s*\\|");

    @ParameterizedTest
    @ValueSource(strings = {"a long password of your own", "A Long Password Of Your Own", "'a long password of your own'",
            "  a long  password of your own ", "correct horse battery staple", "lead-demo", "annotator1-demo", "password1234"})
    void passwordsOthersKnowAreRefused(String password) {
        assertThat(PasswordPolicy.problem(password)).contains(PasswordPolicy.Problem.KNOWN);
    }

    @Test
    void aPasswordNeedsTwelveCharactersOfItsOwn() {
        assertThat(PasswordPolicy.problem(null)).contains(PasswordPolicy.Problem.EMPTY);
        assertThat(PasswordPolicy.problem("   ")).contains(PasswordPolicy.Problem.EMPTY);
        assertThat(PasswordPolicy.problem("eleven-char")).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(PasswordPolicy.problem("twelve-chars")).isEmpty();
        // Characters, not UTF-16 units: eleven Arabic letters and one emoji are still short.
        assertThat(PasswordPolicy.problem("كلمةمرورطوي\uD83D\uDD11")).isEmpty();
        assertThat(PasswordPolicy.problem("كلمةمرورطو\uD83D\uDD11")).contains(PasswordPolicy.Problem.TOO_SHORT);
    }

    @Test
    void everyPasswordWrittenInReadmeAndDocsIsRefused() throws IOException {
        Set<String> written = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            files = Stream.concat(Stream.of(Path.of("README.md")), docs.filter(p -> p.toString().endsWith(".md"))).toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            for (Pattern pattern : WRITTEN) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    written.add(m.group(1));
                }
            }
            for (String table : passwordTables(text)) {
                Matcher m = TABLE_ROW.matcher(table);
                while (m.find()) {
                    written.add(m.group(1));
                }
            }
        }
        assertThat(written).as("the scan finds README's examples")
                .contains("a long password of your own", "lead-demo", "annotator1-demo", "annotator2-demo");
        // "$ADMIN_PASSWORD" in a shell example names a variable, not a password.
        written.removeIf(w -> w.matches("\\$\\{?[A-Za-z_][A-Za-z0-9_]*}?"));
        assertThat(written).allSatisfy(password -> assertThat(PasswordPolicy.problem(password)).as(password).isPresent());
    }

    /** Markdown tables (runs of lines starting with |) whose header row mentions a password. */
    private static List<String> passwordTables(String text) {
        List<String> tables = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (String line : (text + "\n").split("\n", -1)) {
            if (line.startsWith("|")) {
                table.append(line).append('\n');
            } else if (!table.isEmpty()) {
                String header = table.substring(0, table.indexOf("\n"));
                if (header.toLowerCase(Locale.ROOT).contains("password")) {
                    tables.add(table.toString());
                }
                table.setLength(0);
            }
        }
        return tables;
    }
}
