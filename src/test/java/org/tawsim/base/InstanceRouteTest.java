package org.tawsim.base;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The route ends a session id and a pattern in nginx's map: only plain names (TwoInstancesTest runs it for real). */
class InstanceRouteTest {

    @Test
    void plainNamesOrNone() {
        assertThatCode(() -> new InstanceRoute("")).doesNotThrowAnyException();
        assertThatCode(() -> new InstanceRoute("a")).doesNotThrowAnyException();
        assertThatCode(() -> new InstanceRoute("node-2_b")).doesNotThrowAnyException();
    }

    @Test
    void refusesWhatWouldBreakTheCookieOrThePattern() {
        for (String bad : new String[] {"a.b", "a b", "a;b", "ä", "x".repeat(33)}) {
            assertThatThrownBy(() -> new InstanceRoute(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tawsim.instance.route");
        }
    }
}
