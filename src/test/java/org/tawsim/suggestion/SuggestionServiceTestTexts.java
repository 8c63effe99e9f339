package org.tawsim.suggestion;

/** The documents the suggestion tests annotate (service and HTTP tests share them). */
public final class SuggestionServiceTestTexts {

    public static final String FIRST = "زار الوزير درعا أمس";
    /** درعا after ب at [15, 19), after و at [24, 28); الجيش at [4, 9) and [32, 37); والدرعاوي is another word. */
    public static final String SECOND = "وصل الجيش إلى بدرعا ثم ودرعا مع الجيش والدرعاوي";

    private SuggestionServiceTestTexts() {
    }
}
