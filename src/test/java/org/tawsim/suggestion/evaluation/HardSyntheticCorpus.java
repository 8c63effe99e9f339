package org.tawsim.suggestion.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tawsim.suggestion.model.GoldSpan;
import org.tawsim.suggestion.model.HeldOutSplit;
import org.tawsim.suggestion.model.TrainingDocument;

/**
 * Arabic news-like documents from templates with PERSON, ORG, LOCATION and EVENT spans, harder than the model
 * benchmark's {@code SyntheticCorpus}: 24 sentence patterns; a second mention of a person by surname alone; some
 * names only in the documents {@link HeldOutSplit} holds out (every 5th), never in training ones; place names inside
 * organisation and event names (درعا and مجلس مدينة درعا); جاسم both a place and a first name; writers' variants of a
 * name (bare alef, ه for ة, diacritics, tatweel); proclitics in front (the span on the stem; ل + ال is written لل and
 * the span starts at the article's ل, as annotators mark it; ل + الل is written لل, the span without the article). Same seed, same corpus.
 */
public final class HardSyntheticCorpus {

    public static final List<String> PERSONS = List.of("محمد الأحمد", "أحمد المسالمة", "خالد الحريري", "سامر الزعبي",
            "عمر الخطيب", "يوسف الشرع", "حسن العودة", "مازن القداح", "رامي الحلقي", "علي النابلسي", "أنس الجباوي",
            "طارق المحاميد", "جاسم الرفاعي", "فاطمة العلي", "إيمان الكردي", "أسامة الحمصي");
    public static final List<String> UNSEEN_PERSONS = List.of("ناصر البردان", "هيثم الصياصنة", "ليلى القاسم",
            "وائل الغزاوي", "إبراهيم الدرعاوي", "نور الهدى المصري", "زياد العبود", "سلمى الخالدي");
    public static final List<String> PLACES = List.of("درعا", "جاسم", "حلب", "دمشق", "إدلب", "حمص", "طفس", "نوى",
            "الصنمين", "إنخل", "الحراك", "السويداء", "حماة", "اللاذقية", "القنيطرة", "بصرى الشام");
    public static final List<String> UNSEEN_PLACES = List.of("الشيخ مسكين", "إزرع", "داعل", "المزيريب", "تسيل",
            "خربة غزالة", "الرقة", "منبج");
    public static final List<String> ORGS = List.of("مجلس مدينة درعا", "جامعة دمشق", "غرفة تجارة حلب",
            "الهلال الأحمر العربي السوري", "وزارة الصحة", "نقابة المحامين", "الدفاع المدني", "اللواء الثامن",
            "منظمة الصحة العالمية", "مؤسسة مياه حمص", "تجمع أحرار حوران", "مديرية التربية في السويداء");
    /** Mostly named after places the training documents know as places. */
    public static final List<String> UNSEEN_ORGS = List.of("جمعية نوى الخيرية", "مجلس محافظة القنيطرة", "جامعة حماة",
            "اتحاد فلاحي إدلب", "صندوق الأمم المتحدة للسكان", "منظمة أطباء بلا حدود");
    public static final List<String> EVENTS = List.of("معرض دمشق الدولي", "مهرجان بصرى الدولي", "مؤتمر الحوار الوطني",
            "بطولة كأس الجمهورية", "مهرجان القطن", "الانتخابات البلدية", "ماراثون حلب");
    public static final List<String> UNSEEN_EVENTS = List.of("ملتقى حوران الثقافي", "معرض الكتاب في اللاذقية",
            "مهرجان الربيع في حمص", "بطولة الشطرنج العربية");

    /**
     * {P} a person, {p} the surname of the last person named in the document, {L} and {M} places, {O} an
     * organisation, {E} an event; letters right before a slot are proclitics outside the span.
     */
    private static final List<String> TEMPLATES = List.of(
            "قال {P} إن الاشتباكات اندلعت ب{L} صباح اليوم.",
            "وصل {P} إلى {L} يوم الأحد قادما من {M}.",
            "أعلن {O} أن الوضع في {L} مستقر رغم التوتر.",
            "افتتح {P} فعاليات {E} ب{L} بحضور ممثلين عن {O}.",
            "وأكد {p} أن {O} سيواصل عمله في {L}.",
            "التقى {P} بوجهاء من {L} و{M} في اجتماع مغلق.",
            "فب{L} تتواصل التحضيرات ل{E} منذ أيام.",
            "عاد {P} ل{L} بعد غياب طويل.",
            "كتب الصحفي {P} عن الأوضاع ب{L} ول{M}.",
            "نقلت مصادر محلية أن وفدا من {O} زار {L} أمس.",
            "وتشهد {L} حملة واسعة ينظمها {O}.",
            "ذكر موقع محلي أن {P} شارك في {E} العام الماضي.",
            "وأشار {p} إلى أن {E} يجذب زوارا من {L} و{M}.",
            "دعا {O} و{O} إلى اجتماع طارئ في {L}.",
            "وقال رئيس {O} {P} إن الخدمات عادت إلى {L}.",
            "وستقام الدورة المقبلة في مدن كبرى ك{L} و{M}.",
            "وفي {L}، قال {P} لـ{O} إن الأهالي يطالبون بالمياه.",
            "اعتقلت قوات الأمن {P} قرب {L}.",
            "وتابع {p} أن {O} خصص مبلغا لدعم {E}.",
            "زار {P} مقر {O} في {L} والتقى مديره {P}.",
            "من {L} إلى {M}، امتدت الاحتجاجات التي دعا إليها {O}.",
            "وأوضح {p} أن أهالي {L} فقدوا الثقة ب{O}.",
            "وتستضيف {L} فعاليات {E} للمرة الأولى.",
            "ووصف {P} {E} بأنه الحدث الأبرز في {L}.");

    private static final double UNSEEN_SHARE = 0.5;
    private static final double VARIANT_SHARE = 0.25;
    private static final String NON_JOINING = "اأإآدذرزوؤةى";

    private HardSyntheticCorpus() {
    }

    public static List<TrainingDocument> documents(int count, int sentencesPerDocument, long seed) {
        Random random = new Random(seed);
        List<TrainingDocument> documents = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            boolean heldOut = (d + 1) % HeldOutSplit.EVERY == 0;
            StringBuilder text = new StringBuilder();
            List<GoldSpan> spans = new ArrayList<>();
            String[] lastPerson = {null};
            for (int s = 0; s < sentencesPerDocument; s++) {
                if (s > 0) {
                    text.append(s % 3 == 0 ? "\n" : " ");
                }
                appendSentence(text, spans, TEMPLATES.get(random.nextInt(TEMPLATES.size())), heldOut, lastPerson, random);
            }
            documents.add(new TrainingDocument(text.toString(), spans));
        }
        return documents;
    }

    private static void appendSentence(StringBuilder text, List<GoldSpan> spans, String template, boolean heldOut,
                                       String[] lastPerson, Random random) {
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                text.append(template, i, template.length());
                return;
            }
            text.append(template, i, open);
            char slot = template.charAt(open + 1);
            String label = switch (slot) {
                case 'P', 'p' -> "PERSON";
                case 'L', 'M' -> "LOCATION";
                case 'O' -> "ORG";
                default -> "EVENT";
            };
            String value;
            if (slot == 'p' && lastPerson[0] != null) {
                value = lastPerson[0].substring(lastPerson[0].lastIndexOf(' ') + 1);
            } else {
                value = pick(label, heldOut, random);
                if (label.equals("PERSON")) {
                    lastPerson[0] = value;
                }
            }
            if (endsWithLamClitic(text) && value.startsWith("ال")) {
                // ل + الحراك is written للحراك, ل + اللاذقية is written للاذقية
                value = value.substring(value.startsWith("الل") ? 2 : 1);
            }
            if (random.nextDouble() < VARIANT_SHARE) {
                value = variant(value, random);
            }
            int start = text.codePointCount(0, text.length());
            text.append(value);
            spans.add(new GoldSpan(start, start + value.codePointCount(0, value.length()), label));
            i = open + 3;
        }
    }

    private static String pick(String label, boolean heldOut, Random random) {
        boolean unseen = heldOut && random.nextDouble() < UNSEEN_SHARE;
        List<String> names = switch (label) {
            case "PERSON" -> unseen ? UNSEEN_PERSONS : PERSONS;
            case "LOCATION" -> unseen ? UNSEEN_PLACES : PLACES;
            case "ORG" -> unseen ? UNSEEN_ORGS : ORGS;
            default -> unseen ? UNSEEN_EVENTS : EVENTS;
        };
        return names.get(random.nextInt(names.size()));
    }

    /** The text ends in a ل that is a proclitic: the word so far is ل, ول or فل. */
    private static boolean endsWithLamClitic(StringBuilder text) {
        int end = text.length();
        if (end == 0 || text.charAt(end - 1) != 'ل') {
            return false;
        }
        int wordStart = end - 1;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, end);
        return word.equals("ل") || word.equals("ول") || word.equals("فل");
    }

    /** How writers vary a name: bare alef, ه for a final ة, a diacritic on each word's first letter, or a tatweel. */
    static String variant(String name, Random random) {
        for (int attempt = 0; attempt < 4; attempt++) {
            String varied = switch (random.nextInt(4)) {
                case 0 -> name.replaceAll("[أإآ]", "ا");
                case 1 -> name.replaceAll("ة(?=\\s|$)", "ه");
                case 2 -> withDiacritics(name, random);
                default -> withTatweel(name);
            };
            if (!varied.equals(name)) {
                return varied;
            }
        }
        return name;
    }

    private static String withDiacritics(String name, Random random) {
        char mark = "\u064E\u064F\u0650\u0652\u0651".charAt(random.nextInt(5)); // fatha, damma, kasra, sukun, shadda
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            out.append(name.charAt(i));
            boolean wordStart = i == 0 || name.charAt(i - 1) == ' ';
            if (wordStart && !name.startsWith("ال", i) && Character.isLetter(name.charAt(i))) {
                out.append(mark);
            }
        }
        return out.toString();
    }

    /** A tatweel after the first letter that joins the next one, as in الأهـــلي. */
    private static String withTatweel(String name) {
        for (int i = 1; i + 1 < name.length(); i++) {
            char c = name.charAt(i);
            char next = name.charAt(i + 1);
            if (Character.isLetter(c) && Character.isLetter(next) && NON_JOINING.indexOf(c) < 0 && c != 'ل') {
                return name.substring(0, i + 1) + "ــ" + name.substring(i + 1);
            }
        }
        return name;
    }
}
