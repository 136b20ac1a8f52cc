package dev.examloop.notes;

import dev.examloop.common.ClientProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The REST API of notes, their links and backlinks, and images. */
@RestController
@Tag(name = "Notes", description = "Notes in Markdown, links and backlinks, images")
class NoteApi {
    private final Notes notes;
    private final Images images;

    NoteApi(Notes notes, Images images) {
        this.notes = notes;
        this.images = images;
    }

    @GetMapping("/api/notes")
    @Operation(summary = "The notes, most recently changed first, optionally only those with a tag")
    List<NoteSummary> list(@RequestParam(required = false) String tag) {
        return notes.list(tag);
    }

    @PostMapping("/api/notes")
    @Operation(
            summary =
                    "Write a note: {\"title\",\"body\" (Markdown),\"domainId\",\"tags\":[…],\"links\":[\"card:ID\",\"question:PACK/ID\",…]}")
    ResponseEntity<NoteView> create(@RequestBody(required = false) NoteForm form) {
        NoteView note = notes.create(form);
        return ResponseEntity.created(URI.create("/api/notes/" + note.id())).body(note);
    }

    @GetMapping("/api/notes/template")
    @Operation(
            summary = "The reflective template: why it matters, where it shows up, what it depends on, what limits it")
    Map<String, String> template() {
        return Map.of("body", Notes.REFLECTIVE_TEMPLATE);
    }

    @GetMapping("/api/notes/{id}")
    @Operation(summary = "A note with its rendered, sanitised HTML, its links and backlinks")
    NoteView get(@PathVariable String id) {
        return notes.get(id);
    }

    @PutMapping("/api/notes/{id}")
    @Operation(summary = "Change a note (the whole note is sent)")
    NoteView update(@PathVariable String id, @RequestBody(required = false) NoteForm form) {
        return notes.update(id, form);
    }

    @DeleteMapping("/api/notes/{id}")
    @Operation(summary = "Delete a note")
    ResponseEntity<Void> delete(@PathVariable String id) {
        notes.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/links")
    @Operation(summary = "Backlinks: the notes that link to a note, card, question (id PACK/ID) or resource")
    List<LinkView> backlinks(@RequestParam String kind, @RequestParam String id) {
        return notes.backlinks(kind, id);
    }

    @PostMapping(value = "/api/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload an image (multipart field 'file'): PNG, JPEG, GIF or WebP by content, at most 5 MB")
    ResponseEntity<ImageView> upload(@RequestPart("file") MultipartFile file) throws IOException {
        ImageView image = images.upload(file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create(image.url())).body(image);
    }

    @PostMapping(
            value = "/api/images",
            consumes = {"image/png", "image/jpeg", "image/gif", "image/webp", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Upload an image as the raw request body (a pasted screenshot)")
    ResponseEntity<ImageView> uploadRaw(
            @RequestBody byte[] bytes, @RequestHeader(value = "X-File-Name", required = false) String fileName) {
        ImageView image = images.upload(fileName, bytes);
        return ResponseEntity.created(URI.create(image.url())).body(image);
    }

    @GetMapping({"/api/images/{id}", "/images/{id}"})
    @Operation(summary = "An image, to its owner only (404 for anyone else)")
    ResponseEntity<byte[]> image(@PathVariable String id) {
        if (!id.matches("[0-9a-f-]{36}")) {
            throw ClientProblem.notFound("image " + id);
        }
        Images.ImageData image = images.get(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", "inline")
                .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePrivate())
                .eTag("\"" + image.sha256() + "\"")
                .body(image.bytes());
    }
}
