package org.tawsim.suggestion.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading and checking predictions files without a database: line numbers, every problem at once, code points. */
class PredictionFileReaderTest {

    private static final String LINE = "{\"id\":\"jasim\",\"source\":\"predictions\",\"spans\":[{\"start\":3,\"end\":4,\"label\":\"LOCATION\"}]}";

    @Test
    void linesAreNumberedAcrossBlankLinesCrLfAndAByteOrderMark() {
        String file = "\uFEFF" + LINE + "\r\n\r\n" + "oops\r\n" + LINE.replace("LOCATION", "ORG") + "\n";
        PredictionFileReader.Reading reading = PredictionFileReader.read(file.getBytes(StandardCharsets.UTF_8));
        assertThat(reading.lines()).extracting(PredictionLine::line).containsExactly(1, 4);
        assertThat(reading.problems()).containsExactly(PredictionProblem.of(3, "json",
                reading.problems().get(0).args().get(0)));
        assertThat(reading.lines().get(1).spans()).containsExactly(new Prediction(3, 4, "ORG", 1.0));
    }

    @Test
    void aLineThatIsNotUtf8IsReportedOnItsOwnLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((LINE + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'});
        PredictionFileReader.Reading reading = PredictionFileReader.read(bytes.toByteArray());
        assertThat(reading.problems()).containsExactly(PredictionProblem.of(2, "utf8"));
    }

    @Test
    void everyProblemOfALineIsListed() {
        String line = "{\"document_id\":7,\"source\":\"predictions\",\"spans\":[{\"start\":5,\"end\":2,\"label\":\"X\"},"
                + "{\"start\":1,\"end\":2,\"label\":\"X\",\"score\":-0.1},{\"end\":2,\"label\":\"X\"},7]}";
        PredictionFileReader.Reading reading = PredictionFileReader.read(line.getBytes(StandardCharsets.UTF_8));
        assertThat(reading.problems()).extracting(PredictionProblem::key).containsExactly("predictions.problem.inverted",
                "predictions.problem.score", "predictions.problem.missing", "predictions.problem.span-not-object");
        assertThat(reading.lines()).isEmpty();
    }

    /** 😀 is one code point and two UTF-16 units: offsets after it are code points, as the export writes them. */
    @Test
    void offsetsAndSpanTextsAreCodePoints() {
        String text = "😀 في درعا";
        String line = "{\"id\":\"e\",\"source\":\"predictions\",\"text\":\"" + text + "\",\"spans\":[{\"start\":5,\"end\":9,"
                + "\"label\":\"LOCATION\",\"text\":\"درعا\"},{\"start\":5,\"end\":10,\"label\":\"LOCATION\"}]}";
        PredictionFileReader.Reading reading = PredictionFileReader.read(line.getBytes(StandardCharsets.UTF_8));
        assertThat(reading.problems()).isEmpty();
        PredictionChecks.Checked checked = PredictionChecks.check(reading.lines(), Map.of(),
                Map.of("e", new KnownDocument(11, "e", text)), Set.of("LOCATION"));
        assertThat(checked.problems()).containsExactly(PredictionProblem.of(1, "range", 1, 5, 10, 9));
        assertThat(checked.byDocument()).isEmpty();
    }

    @Test
    void checkedLinesGiveEachDocumentItsPredictions() {
        PredictionFileReader.Reading reading = PredictionFileReader.read((LINE + "\n").getBytes(StandardCharsets.UTF_8));
        PredictionChecks.Checked checked = PredictionChecks.check(reading.lines(), Map.of(),
                Map.of("jasim", new KnownDocument(11, "jasim", "في جاسم")), Set.of("LOCATION"));
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.byDocument()).isEqualTo(Map.of(11L, List.of(new Prediction(3, 4, "LOCATION", 1.0))));
    }
}
