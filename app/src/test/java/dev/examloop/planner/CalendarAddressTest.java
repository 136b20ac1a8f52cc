package dev.examloop.planner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarAddressTest {
    @Test
    void startsTheSubscriptionUrlWithTheConfiguredPublicBaseUrl() {
        CalendarAddress.Address address = new CalendarAddress(" https://exams.example.org/ ").of("/calendar/abc.ics");
        assertThat(address.url()).isEqualTo("https://exams.example.org/calendar/abc.ics");
        assertThat(address.thisComputerOnly()).isFalse();
    }

    @Test
    void callsLoopbackAddressesThisComputerOnly() {
        assertThat(CalendarAddress.isLoopback("http://127.0.0.1:8080/calendar/x.ics"))
                .isTrue();
        assertThat(CalendarAddress.isLoopback("http://localhost/calendar/x.ics"))
                .isTrue();
        assertThat(CalendarAddress.isLoopback("http://[::1]:8080/calendar/x.ics"))
                .isTrue();
        assertThat(CalendarAddress.isLoopback("https://exams.example.org/calendar/x.ics"))
                .isFalse();
        assertThat(CalendarAddress.isLoopback("http://192.168.1.20:8080/calendar/x.ics"))
                .isFalse();
    }
}
