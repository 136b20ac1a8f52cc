package dev.examloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** The cap of a form with a file: 65 MB on the Import page (a 64 MB bank and its fields), 12 MB anywhere else. */
class RequestLimitsTest {
    private final RequestLimits limits = new RequestLimits(5 * 1024 * 1024, DataSize.ofMegabytes(65));

    private static MockHttpServletRequest multipart(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("multipart/form-data; boundary=x");
        return request;
    }

    @Test
    void letsTheImportPageTakeAQuestionBankOf64Megabytes() {
        assertThat(limits.limitOf(multipart("/import")).bytes()).isEqualTo(65L * 1024 * 1024);
    }

    @Test
    void holdsEveryOtherFormWithAFileTo12Megabytes() {
        assertThat(limits.limitOf(multipart("/api/images")).bytes()).isEqualTo(12L * 1024 * 1024);
        assertThat(limits.limitOf(multipart("/import/confirm")).bytes()).isEqualTo(12L * 1024 * 1024);
    }
}
