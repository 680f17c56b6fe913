package org.borderwatch.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.ui.task.InlineTaskRunner;
import org.borderwatch.ui.task.QueuedTaskRunner;
import org.junit.jupiter.api.Test;

class ExploreStateTest {

    @Test
    void shownEventsAreThoseTheFilterPassesInStoreOrder() {
        ExploreState state = new ExploreState(new InlineTaskRunner());
        List<Event> all = ExploreFixtures.small();
        state.eventsProperty().set(all);
        EventFilter september = EventFilter.ALL.withDates(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30));
        state.filterProperty().set(september);

        assertThat(state.shownProperty().get())
                .containsExactlyElementsOf(all.stream().filter(september::test).toList());
        assertThat(state.shownProperty().get())
                .extracting(Event::id)
                .containsExactly("2023-05-30-kfor-reinforced", "2023-09-24-banjska-ambush", "2023-09-29-build-up");
        assertThat(state.shownList())
                .containsExactlyElementsOf(state.shownProperty().get());
        assertThat(state.countsProperty().get()).isEqualTo("3 of 8 events");
    }

    @Test
    void selectionFindsTheEventAndIsClearedByAFilterThatHidesIt() {
        ExploreState state = new ExploreState(new InlineTaskRunner());
        state.eventsProperty().set(ExploreFixtures.small());
        state.select("2023-09-24-banjska-ambush");
        assertThat(state.selectedProperty().get().title()).isEqualTo("Kosovo police patrol ambushed near Banjska");

        state.filterProperty().set(EventFilter.ALL.withKinds(Set.of(EventKind.DEPLOYMENT)));

        assertThat(state.selectedProperty().get()).isNull();
        assertThat(state.selectedIdProperty().get()).isNull();
    }

    @Test
    void selectionSurvivesAFilterThatKeepsItsEvent() {
        ExploreState state = new ExploreState(new InlineTaskRunner());
        state.eventsProperty().set(ExploreFixtures.small());
        state.select("2023-09-24-banjska-ambush");

        state.filterProperty().set(EventFilter.ALL.withKinds(Set.of(EventKind.INCIDENT)));

        assertThat(state.selectedIdProperty().get()).isEqualTo("2023-09-24-banjska-ambush");
        state.clearSelection();
        assertThat(state.selectedProperty().get()).isNull();
    }

    @Test
    void largeStoresFilterInTheBackgroundAndCoalesceChangesMadeMeanwhile() {
        QueuedTaskRunner background = new QueuedTaskRunner();
        ExploreState state = new ExploreState(background);
        List<Event> many = ExploreFixtures.many(ExploreState.INLINE_LIMIT + 1000);

        state.eventsProperty().set(many);
        assertThat(state.filteringProperty().get()).isTrue();
        assertThat(state.shownProperty().get()).isEmpty();
        for (int i = 1; i <= 20; i++) state.filterProperty().set(EventFilter.ALL.withText("Event " + i));
        assertThat(background.waiting()).isEqualTo(1);

        background.runNext();
        // the first pass (no filter) is shown, and exactly one more pass is queued for the latest filter
        assertThat(state.shownProperty().get()).hasSize(many.size());
        assertThat(background.waiting()).isEqualTo(1);
        background.runNext();
        assertThat(background.waiting()).isZero();
        assertThat(state.filteringProperty().get()).isFalse();
        EventFilter last = EventFilter.ALL.withText("Event 20");
        assertThat(state.shownProperty().get())
                .containsExactlyElementsOf(many.stream().filter(last::test).toList());
        assertThat(state.countsProperty().get())
                .isEqualTo(String.format(
                        Locale.ROOT,
                        "%,d of 6,000 events",
                        state.shownProperty().get().size()));
    }

    @Test
    void histogramIgnoresTheDateRangeButFollowsTheRestOfTheFilter() {
        ExploreState state = new ExploreState(new InlineTaskRunner());
        state.eventsProperty().set(ExploreFixtures.small());
        int all = java.util.Arrays.stream(state.histogramProperty().get().counts())
                .max()
                .orElse(0);
        state.filterProperty().set(EventFilter.ALL.withDates(LocalDate.of(2023, 9, 24), LocalDate.of(2023, 9, 24)));
        assertThat(java.util.Arrays.stream(state.histogramProperty().get().counts())
                        .max()
                        .orElse(0))
                .isEqualTo(all);
        state.filterProperty().set(EventFilter.ALL.withKinds(Set.of(EventKind.DIPLOMATIC)));
        assertThat(java.util.Arrays.stream(state.histogramProperty().get().counts())
                        .sum())
                .isEqualTo(1);
    }
}
