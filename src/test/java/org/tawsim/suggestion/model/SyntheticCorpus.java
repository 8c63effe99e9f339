package org.tawsim.suggestion.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Arabic news-like documents made from templates, with PERSON and LOCATION spans; places often carry proclitics
 * (بدرعا، ودرعا، لدرعا، فبدرعا) and the span is on the stem only, as annotators mark it. Same seed, same corpus.
 */
public final class SyntheticCorpus {

    public static final List<String> PERSONS = List.of("محمد الأحمد", "أحمد المسالمة", "خالد الحريري", "سامر الزعبي",
            "عمر الخطيب", "يوسف الشرع", "حسن العودة", "مازن القداح", "رامي الحلقي", "علي النابلسي", "أنس الجباوي",
            "طارق المحاميد");
    public static final List<String> PLACES = List.of("درعا", "جاسم", "حلب", "دمشق", "إدلب", "حمص", "طفس", "نوى",
            "الصنمين", "إنخل", "الحراك", "السويداء");
    /** {P} a person, {L} and {M} places; the letters right before {L}/{M} are proclitics outside the span. */
    private static final List<String> TEMPLATES = List.of(
            "قال {P} إن الاشتباكات اندلعت ب{L} صباح اليوم.",
            "وصل {P} إلى {L} يوم الأحد قادما من {M}.",
            "أعلن {P} أن الوضع في {L} مستقر رغم التوتر.",
            "اندلعت اشتباكات عنيفة ب{L} بين مجموعات محلية.",
            "التقى {P} بوجهاء من {L} و{M} في اجتماع مغلق.",
            "فب{L} تتواصل الاحتجاجات منذ أيام.",
            "عاد {P} ل{L} بعد غياب طويل.",
            "كتب الصحفي {P} عن الأوضاع ب{L} ول{M}.",
            "نقلت مصادر محلية أن قوات النظام انسحبت من {L}.",
            "وتشهد {L} حملة اعتقالات واسعة.",
            "ذكر موقع محلي أن {P} اعتقل على حاجز قرب {L}.",
            "أكد {P} أن الأهالي ب{L} يرفضون التسوية.");

    private SyntheticCorpus() {
    }

    public static List<TrainingDocument> documents(int count, int sentencesPerDocument, long seed) {
        Random random = new Random(seed);
        List<TrainingDocument> documents = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            StringBuilder text = new StringBuilder();
            List<GoldSpan> spans = new ArrayList<>();
            for (int s = 0; s < sentencesPerDocument; s++) {
                if (s > 0) {
                    text.append(s % 3 == 0 ? "\n" : " ");
                }
                appendSentence(text, spans, TEMPLATES.get(random.nextInt(TEMPLATES.size())), random);
            }
            documents.add(new TrainingDocument(text.toString(), spans));
        }
        return documents;
    }

    private static void appendSentence(StringBuilder text, List<GoldSpan> spans, String template, Random random) {
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                text.append(template, i, template.length());
                return;
            }
            text.append(template, i, open);
            char slot = template.charAt(open + 1);
            String value = slot == 'P' ? pick(PERSONS, random) : pick(PLACES, random);
            int start = text.codePointCount(0, text.length());
            text.append(value);
            spans.add(new GoldSpan(start, start + value.codePointCount(0, value.length()), slot == 'P' ? "PERSON" : "LOCATION"));
            i = open + 3;
        }
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
