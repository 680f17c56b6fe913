package org.borderwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoordinateFormatTest {

    @Test
    void decimalWritesLatitudeFirstWithFiveDecimalsAndHemispheres() {
        assertThat(CoordinateFormat.DECIMAL.format(21.1655, 42.6629)).isEqualTo("42.66290° N  21.16550° E");
        assertThat(CoordinateFormat.DECIMAL.format(-3.7, -40.25)).isEqualTo("40.25000° S  3.70000° W");
    }

    @Test
    void dmsWritesDegreesMinutesAndTenthsOfSeconds() {
        // 42.6629° = 42° 39′ 46.44″ ; 21.1655° = 21° 09′ 55.8″
        assertThat(CoordinateFormat.DMS.format(21.1655, 42.6629)).isEqualTo("42°39′46.4″ N  21°09′55.8″ E");
    }

    @Test
    void dmsCarriesRoundedSecondsIntoMinutesAndDegrees() {
        // 20.99999999° rounds to 21°00′00.0″, never to 20°59′60.0″
        assertThat(CoordinateFormat.DMS.angle(20.99999999)).isEqualTo("21°00′00.0″");
    }
}
