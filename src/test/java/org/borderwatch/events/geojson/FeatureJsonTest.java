package org.borderwatch.events.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.borderwatch.events.SyntheticEvents;
import org.borderwatch.events.model.Event;
import org.junit.jupiter.api.Test;

class FeatureJsonTest {

    @Test
    void readsBackWhatItWroteWithUnknownMembersVerbatim() throws Exception {
        FeatureJson json = new FeatureJson();
        for (Event e : new SyntheticEvents(50, 7)) {
            String text = json.write(e, Map.of("bbox", "[1,2,3,4]"));
            FeatureJson.Read read = json.read(text);
            assertThat(read.event()).isEqualTo(e);
            assertThat(read.featureMembers()).containsEntry("bbox", "[1,2,3,4]");
        }
    }

    @Test
    void namesTheMemberOfAnUnusableFeature() {
        String text =
                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[20.8,42.9]},\"properties\":"
                        + "{\"id\":\"bad\",\"kind\":\"incident\",\"category\":\"clash\",\"title\":\"Bad\",\"date\":\"29 May 2023\","
                        + "\"precision\":{\"level\":\"exact\"},\"confidence\":\"confirmed\"}}";
        assertThatThrownBy(() -> new FeatureJson().read(text))
                .isInstanceOfSatisfying(FeatureJson.BadFeature.class, b -> {
                    assertThat(b.pointer()).isEqualTo("/properties/date");
                    assertThat(b.id()).isEqualTo("bad");
                });
    }
}
