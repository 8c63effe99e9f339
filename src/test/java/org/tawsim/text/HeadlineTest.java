package org.tawsim.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HeadlineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            furniture lines before the headline      | icon\\nالتغطية الحية\\n\\nمن وراء ظهور خلايا تنظيم الدولة | من وراء ظهور خلايا تنظيم الدولة
            font-size widget is not a headline       | +A حجم الخط -A\\nاشتباكات عنيفة في مدينة جاسم              | اشتباكات عنيفة في مدينة جاسم
            a date line has no words                 | 2022.10.20 - 17:50 دمشق\\nقمة عمّان للمياه تدعو إلى خطة     | قمة عمّان للمياه تدعو إلى خطة
            the first line when it is a headline     | قمة عمّان للمياه تدعو إلى خطة إقليمية\\nعمّان - 2024.03.12  | قمة عمّان للمياه تدعو إلى خطة إقليمية
            no line of four words: the first line    | الأول\\nنص قصير                                            | الأول
            leading blanks and spaces are stripped   | \\n   \\n  Fighting in Jasim, Daraa province  \\n           | Fighting in Jasim, Daraa province
            """)
    void headlineIsTheFirstLineOfFourWords(String name, String text, String expected) {
        assertThat(Headline.of(text.replace("\\n", "\n"), "fallback")).isEqualTo(expected);
    }

    @Test
    void blankTextFallsBack() {
        assertThat(Headline.of(" \n\t\n", "doc-7")).isEqualTo("doc-7");
    }

    @Test
    void theFoundingArticleIsNamedByItsFourthLine() throws IOException {
        String text = Files.readString(Path.of("seeds/000_9720df9780ae2cfa.txt"));
        assertThat(Headline.firstLine(text, "x")).isEqualTo("icon");
        assertThat(Headline.of(text, "x")).isEqualTo(text.lines().toList().get(3).strip())
                .startsWith("من وراء ظهور خلايا تنظيم الدولة في جاسم بدرعا؟");
    }

    @Test
    void wordsNeedALetter() {
        assertThat(Headline.words("+A حجم الخط -A")).isEqualTo(2);
        assertThat(Headline.words("2022.10.20 | 17:50 دمشق")).isEqualTo(1);
    }

    @Test
    void aVeryLongLineIsCut() {
        String line = "كلمة ".repeat(200).strip();
        assertThat(Headline.of(line, "x").codePointCount(0, Headline.of(line, "x").length())).isEqualTo(250);
    }
}
