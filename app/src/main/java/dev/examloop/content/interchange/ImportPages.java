package dev.examloop.content.interchange;

import dev.examloop.core.interchange.ImportRefusal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Import page: choose a file (and, if need be, its format, the pack and the encoding), read the preview of what
 * comes in and what is skipped, then import or cancel. Plain forms that work without JavaScript; a refusal is a page
 * with the file, the line and the reason, answered 422, and a way back.
 */
@Controller
class ImportPages {
    private static final Logger log = LoggerFactory.getLogger(ImportPages.class);

    private final ImportPreviews previews;

    ImportPages(ImportPreviews previews) {
        this.previews = previews;
    }

    @GetMapping("/import")
    String form() {
        return "content/import";
    }

    @PostMapping("/import")
    String preview(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String pack,
            @RequestParam(required = false) String encoding,
            Model model,
            HttpServletResponse response) {
        noStore(response);
        if (file == null || file.isEmpty()) {
            String name = file == null ? "" : file.getOriginalFilename();
            return refused(
                    model,
                    response,
                    400,
                    name == null || name.isBlank()
                            ? "No file was chosen: choose the file to import."
                            : name + " is empty: there is nothing to import.");
        }
        try (InputStream in = file.getInputStream()) {
            ImportPreviews.Preview preview = previews.preview(
                    file.getOriginalFilename(), in, new ImportPreviews.Choices(format, pack, encoding));
            model.addAttribute("preview", preview);
            return "content/preview";
        } catch (ImportRefusal refusal) {
            return refused(model, response, 422, refusal.getMessage());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Upload of {} could not be kept: {}", file.getOriginalFilename(), e.getMessage());
            return refused(
                    model, response, 500, "The upload could not be kept on the server's disk: " + e.getMessage());
        }
    }

    @PostMapping("/import/confirm")
    String confirm(
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String pack,
            @RequestParam(required = false) String encoding,
            Model model,
            HttpServletResponse response) {
        noStore(response);
        try {
            model.addAttribute("imported", previews.confirm(token, new ImportPreviews.Choices(format, pack, encoding)));
            return "content/imported";
        } catch (ImportRefusal refusal) {
            return refused(model, response, 422, refusal.getMessage());
        } catch (dev.examloop.common.ClientProblem problem) {
            // A note of an Anki deck that cannot be a card: the review module refused the whole deck.
            return refused(model, response, problem.status(), problem.getMessage());
        } catch (UncheckedIOException e) {
            log.warn("Import could not be written: {}", e.getMessage());
            return refused(model, response, 500, "The pack could not be written: " + e.getMessage());
        }
    }

    @PostMapping("/import/cancel")
    String cancel(@RequestParam(required = false) String token) {
        previews.cancel(token);
        return "redirect:/import";
    }

    private static String refused(Model model, HttpServletResponse response, int status, String message) {
        response.setStatus(status);
        model.addAttribute("message", message);
        return "content/refused";
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }
}
