package org.borderwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageLayoutTest {

    private static final String LONG_TITLE =
            "Incidents, deployments and diplomatic events in the Serbia–Kosovo border region "
                    + "during the autumn 2023 escalation, with every armed clash and every troop movement reported";
    private static final String LONG_FOOTER = "Base map: Natural Earth (public domain), GeoNames (CC BY 4.0), "
            + "geoBoundaries (CC BY 4.0) · Events: data/events.geojson (SHA-256 0123456789ab), reported by Reuters, "
            + "Associated Press, BBC News, Balkan Insight, Radio Free Europe/Radio Liberty, KFOR and 14 more";

    private static PageLayout layout(PageSize size, String title, String footer, int legendEntries) {
        double s = size.pixelScale();
        PageLayout.Fonts fonts = PageLayout.Fonts.of(s);
        StringBuilder info = new StringBuilder("Dates: 1 September – 31 October 2023\nKinds: all\nCategories: all\n");
        info.append("Labelled: 3 of 3 selected events\nProjection: WGS 84 / UTM zone 34N (EPSG:32634)");
        Dimension legend = new Dimension((int) (180 * s), (int) ((legendEntries + 1) * 16 * s));
        return PageLayout.compute(
                size,
                s,
                PageBuilder.FRC,
                fonts,
                new PageLayout.Texts(
                        title,
                        "1 September – 31 October 2023 · 412 events shown",
                        info.toString(),
                        footer,
                        "Exported 2026-11-25 19:00 UTC · BorderWatch 0.1.0"),
                maxH -> legend);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1920x1080",
                "3840x2160",
                "a4",
                "a3",
                "a4-portrait",
                "a3-portrait",
                "400x400",
                "800x600",
                "3000x400",
                "400x3000",
                "1080x1920",
                "20000x400"
            })
    void noPartOfThePageOverlapsAnotherAndAllStayOnThePage(String name) {
        PageSize size = PageSize.parse(name);
        for (String title : List.of("Short", LONG_TITLE)) {
            for (String footer : List.of("Base map: Natural Earth", LONG_FOOTER)) {
                for (int entries : new int[] {2, 12, 40}) {
                    PageLayout l = layout(size, title, footer, entries);
                    List<Rectangle2D> blocks = l.blocks();
                    for (int i = 0; i < blocks.size(); i++) {
                        Rectangle2D a = blocks.get(i);
                        assertThat(l.page().contains(a))
                                .as("block %d %s inside %s page", i, a, name)
                                .isTrue();
                        for (int j = i + 1; j < blocks.size(); j++)
                            assertThat(overlaps(a, blocks.get(j)))
                                    .as("%s: block %d %s overlaps block %d %s", name, i, a, j, blocks.get(j))
                                    .isFalse();
                    }
                    assertThat(l.map().getWidth()).as("map width on %s", name).isGreaterThan(50);
                    assertThat(l.map().getHeight()).as("map height on %s", name).isGreaterThan(50);
                    assertThat(l.map().contains(l.scaleBar()) && l.map().contains(l.northArrow()))
                            .isTrue();
                    assertThat(overlaps(l.scaleBar(), l.northArrow())).isFalse();
                }
            }
        }
    }

    @Test
    void aTitleTooLongForTwoLinesOfSmallerTypeEndsInAnEllipsisWithinTheMargins() {
        PageLayout l = layout(PageSize.parse("800x600"), LONG_TITLE, LONG_FOOTER, 3);
        assertThat(l.title().lines()).hasSize(2);
        assertThat(l.title().lines().get(1)).endsWith("…");
        assertThat(l.title().box().getMaxX()).isLessThanOrEqualTo(800 - 18);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a4-portrait", "800x600", "1920x1080"})
    void theCliDefaultTitleIsShownWholeWrappedIfNeeded(String name) {
        String title = PageTexts.defaultTitle(List.of(org.borderwatch.events.model.EventKind.values()), List.of());
        PageLayout l = layout(PageSize.parse(name), title, LONG_FOOTER, 3);

        assertThat(String.join(" ", l.title().lines())).isEqualTo(title);
        assertThat(l.title().box().getMaxX())
                .isLessThanOrEqualTo(PageSize.parse(name).widthPx()
                        - 18 * PageSize.parse(name).pixelScale());
    }

    @Test
    void aLongSourcesLineWrapsInsteadOfRunningUnderTheExportDate() {
        PageLayout l = layout(PageSize.parse("1000x700"), "Title", LONG_FOOTER, 3);
        assertThat(l.footerLeft().lines()).hasSizeGreaterThan(1);
        assertThat(l.footerLeft().box().getMaxX())
                .isLessThan(l.footerRight().box().getMinX());
    }

    @Test
    void landscapePagesPutTheLegendBesideTheMapAndPortraitPagesBelowIt() {
        PageLayout wide = layout(PageSize.parse("a4"), "Title", "Base map", 4);
        assertThat(wide.legend().getMinX()).isGreaterThan(wide.map().getMaxX());
        PageLayout tall = layout(PageSize.parse("a4-portrait"), "Title", "Base map", 4);
        assertThat(tall.legend().getMinY()).isGreaterThan(tall.map().getMaxY());
    }

    /** Strict overlap: boxes that only touch along an edge do not collide. */
    private static boolean overlaps(Rectangle2D a, Rectangle2D b) {
        return a.getMinX() < b.getMaxX()
                && b.getMinX() < a.getMaxX()
                && a.getMinY() < b.getMaxY()
                && b.getMinY() < a.getMaxY();
    }
}
