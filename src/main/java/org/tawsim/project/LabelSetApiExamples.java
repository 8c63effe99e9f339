package org.tawsim.project;

/** Examples of the label set API's bodies for its OpenAPI description. */
final class LabelSetApiExamples {

    static final String LABELS = """
            [{"name":"PERSON","colour":"#f4a261","hotkey":"1","position":0,"displayEn":"Person","displayAr":"شخص",
              "guideline":"Named people, without titles."},
             {"name":"LOCATION","colour":"#8ab17d","hotkey":"3","position":1,"displayEn":null,"displayAr":"مكان","guideline":""}]""";

    static final String EDIT = """
            {"labels":[{"name":"PERSON","colour":"#f4a261","hotkey":"1","displayEn":"Person","displayAr":"شخص",
                        "guideline":"Named people, without titles.","previousName":null},
                       {"name":"LOCATION","colour":"#8ab17d","hotkey":"3","displayEn":null,"displayAr":"مكان","guideline":"",
                        "previousName":"LOC"}],
             "relabel":{"ORG":"PERSON"}}""";

    private LabelSetApiExamples() {
    }
}
