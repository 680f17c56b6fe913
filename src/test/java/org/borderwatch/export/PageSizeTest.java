package org.borderwatch.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageSizeTest {

    @Test
    void a4AndA3Are300DpiLandscapeUnlessAskedForPortrait() {
        assertThat(PageSize.parse("a4")).isEqualTo(new PageSize("a4", 3508, 2480, 300));
        assertThat(PageSize.parse("A3")).isEqualTo(new PageSize("a3", 4961, 3508, 300));
        assertThat(PageSize.parse("a4-portrait").heightPx()).isEqualTo(3508);
        assertThat(PageSize.parse("a3").widthPt()).isCloseTo(1190.55f, org.assertj.core.api.Assertions.within(0.1f));
    }

    @Test
    void screenSizesScaleTextWithTheShortSide() {
        assertThat(PageSize.parse("1920x1080").pixelScale()).isEqualTo(1.0);
        assertThat(PageSize.parse("3840x2160").pixelScale()).isEqualTo(2.0);
        assertThat(PageSize.parse("800x600").pixelScale()).isEqualTo(1.0);
    }

    @Test
    void aSizeThatIsNeitherPresetNorWxHSaysWhatIsAccepted() {
        assertThatThrownBy(() -> PageSize.parse("big"))
                .hasMessageContaining("\"big\"")
                .hasMessageContaining("WIDTHxHEIGHT");
        assertThatThrownBy(() -> PageSize.parse("100x100")).hasMessageContaining("100x100 px is outside");
    }
}
