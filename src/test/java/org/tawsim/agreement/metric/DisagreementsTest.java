package org.tawsim.agreement.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tawsim.agreement.metric.Disagreements.Finding;
import org.tawsim.agreement.metric.Disagreements.Kind;

class DisagreementsTest {

    static final Span CITY = new Span(11, 21, "LOCATION");      // مدينة جاسم
    static final Span JASIM = new Span(17, 21, "LOCATION");     // جاسم
    static final Span DARAA = new Span(30, 34, "LOCATION");
    static final Span MINISTER = new Span(4, 10, "PERSON");

    @Test
    void identicalAnnotationsHaveNoFindings() {
        Annotation a = new Annotation("a", List.of(CITY, DARAA), List.of(Chain.of(CITY, DARAA)));
        assertThat(Disagreements.between(a, new Annotation("b", a.spans(), a.chains()))).isEmpty();
    }

    @Test
    void classifiesEveryKindOnce() {
        Span daraaAsOrg = new Span(30, 34, "ORG");
        Span cityWithoutWord = new Span(17, 21, "LOCATION");
        Span extra = new Span(40, 44, "EVENT");
        Annotation a = new Annotation("a", List.of(MINISTER, CITY, DARAA), List.of(Chain.of(MINISTER, CITY)));
        Annotation b = new Annotation("b", List.of(MINISTER, cityWithoutWord, daraaAsOrg, extra), List.of());

        assertThat(Disagreements.between(a, b)).containsExactly(
                new Finding(Kind.DIFFERENT_CHAIN, Optional.of(MINISTER), Optional.of(MINISTER)),
                new Finding(Kind.BOUNDARY_MISMATCH, Optional.of(CITY), Optional.of(cityWithoutWord)),
                new Finding(Kind.LABEL_MISMATCH, Optional.of(DARAA), Optional.of(daraaAsOrg)),
                new Finding(Kind.MISSING, Optional.empty(), Optional.of(extra)));
    }

    @Test
    void chainsCompareByMentionsNotByIds() {
        Annotation a = new Annotation("a", List.of(MINISTER, JASIM, DARAA), List.of(Chain.of(JASIM, DARAA)));
        Annotation b = new Annotation("b", List.of(MINISTER, JASIM, DARAA), List.of(Chain.of(DARAA, JASIM)));
        assertThat(Disagreements.between(a, b)).isEmpty();
    }
}
