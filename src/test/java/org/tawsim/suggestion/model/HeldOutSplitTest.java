package org.tawsim.suggestion.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HeldOutSplitTest {

    @Test
    void every_fifth_document_is_held_out() {
        HeldOutSplit<Integer> split = HeldOutSplit.of(IntStream.rangeClosed(1, 12).boxed().toList());
        assertThat(split.heldOut()).containsExactly(5, 10);
        assertThat(split.training()).containsExactly(1, 2, 3, 4, 6, 7, 8, 9, 11, 12);
    }

    @Test
    void a_small_project_still_holds_one_out_and_a_single_document_trains() {
        assertThat(HeldOutSplit.of(List.of(1, 2, 3)).heldOut()).containsExactly(3);
        assertThat(HeldOutSplit.of(List.of(1, 2, 3)).training()).containsExactly(1, 2);
        assertThat(HeldOutSplit.of(List.of(1)).heldOut()).isEmpty();
        assertThat(HeldOutSplit.of(List.of()).training()).isEmpty();
    }
}
