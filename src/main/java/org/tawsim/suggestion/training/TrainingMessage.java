package org.tawsim.suggestion.training;

import java.util.List;
import java.util.Locale;
import org.tawsim.base.UserError;

/**
 * Why the last training gave no model, as a translation key and its arguments (stored so, translated when shown).
 */
record TrainingMessage(String key, List<Object> args) {

    static final String TOO_FEW_DOCUMENTS = "opennlp.message.too-few-documents";
    static final String TOO_FEW_SPANS = "opennlp.message.too-few-spans";
    static final String ERROR = "opennlp.message.error";

    String in(Locale locale) {
        return UserError.translate(key, args.toArray(), locale);
    }
}
