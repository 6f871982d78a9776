package io.gridflex.application.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridflex.domain.failure.InvalidValueException;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void splits_words_and_keeps_quoted_phrases_together() {
        assertThat(SearchTerms.parse("solar \"ACME corp\"  ").terms()).containsExactly("solar", "acme corp");
        assertThat(SearchTerms.parse(null).isEmpty()).isTrue();
    }

    @Test
    void matches_when_every_term_is_in_some_field() {
        SearchTerms terms = SearchTerms.parse("solar \"ACME corp\"");

        assertThat(terms.matches("Solar roof", "ACME Corp Ltd")).isTrue();
        assertThat(terms.matches("Solar roof", "Other")).isFalse();
        assertThat(terms.matches(null, "ACME corp solar")).isTrue();
    }

    @Test
    void a_page_starts_at_one_and_has_bounds() {
        assertThat(new PageRequest(3, 10).offset()).isEqualTo(20);
        assertThatThrownBy(() -> new PageRequest(0, 10)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PageRequest(1, 0)).isInstanceOf(InvalidValueException.class);
    }
}
