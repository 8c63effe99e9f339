package org.tawsim.suggestion.training;

/** Examples of the OpenNLP recommender API's bodies for its OpenAPI description. */
final class OpenNlpApiExamples {

    static final String STATUS = """
            {"state":"idle","messageKey":null,"message":null,"progress":null,"startedAt":"2026-12-04T13:20:01Z",
             "finishedAt":"2026-12-04T13:20:09Z","trainedAt":"2026-12-04T13:20:09Z","documents":10,
             "trainingDocuments":8,"heldOutDocuments":2,"curatedDocuments":10,"retrainAfter":5,"untilNextTraining":5,
             "labels":[{"label":"LOCATION","gold":14,"predicted":13,"correct":12,"precision":0.923,"recall":0.857,"f1":0.889},
                       {"label":"ORG","gold":0,"predicted":1,"correct":0,"precision":0.0,"recall":null,"f1":null}],
             "overall":{"label":"*","gold":14,"predicted":14,"correct":12,"precision":0.857,"recall":0.857,"f1":0.857},
             "trainOnAgreement":false,"agreedDocuments":0}""";

    static final String TRAINING = """
            {"state":"training","messageKey":null,"message":null,"progress":{"step":"queued","done":0,"total":0},
             "startedAt":"2026-12-04T13:20:01Z","finishedAt":null,"trainedAt":null,"documents":0,"trainingDocuments":0,
             "heldOutDocuments":0,"curatedDocuments":10,"retrainAfter":5,"untilNextTraining":0,"labels":[],"overall":null,
             "trainOnAgreement":false,"agreedDocuments":0}""";

    static final String OPTIONS = """
            {"trainOnAgreement":true}""";

    private OpenNlpApiExamples() {
    }
}
