package dev.examloop.notes;

import dev.examloop.common.ClientProblem;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Question;
import dev.examloop.search.SearchIndex;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The note pages (list, editor, note), the read-only question page, and the backlinks fragment other pages
 * include. Forms post and redirect, so every page works without JavaScript; with it, a screenshot pasted
 * into the editor is uploaded and linked at the cursor.
 */
@Controller
class NotePages {
    private final Notes notes;
    private final Images images;
    private final PackCatalog catalog;
    private final SearchIndex index;

    NotePages(Notes notes, Images images, PackCatalog catalog, SearchIndex index) {
        this.notes = notes;
        this.images = images;
        this.catalog = catalog;
        this.index = index;
    }

    @GetMapping("/notes")
    String list(@RequestParam(required = false) String tag, Model model) {
        model.addAttribute("notes", notes.list(tag));
        model.addAttribute("tag", tag);
        return "notes/list";
    }

    @GetMapping("/notes/new")
    String blank(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String link,
            @RequestParam(required = false) String tags,
            @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "true") boolean template,
            Model model) {
        model.addAttribute(
                "page",
                new NotePage(
                        null,
                        title == null ? "" : title,
                        template ? Notes.REFLECTIVE_TEMPLATE : "",
                        domain,
                        tags == null ? "" : tags,
                        link == null ? "" : link,
                        knownTags(),
                        images.maxBytes() / (1024 * 1024)));
        return "notes/edit";
    }

    @PostMapping("/notes")
    String create(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) String domainId,
            @RequestParam(defaultValue = "") String tags,
            @RequestParam(defaultValue = "") String links,
            @RequestParam(required = false) MultipartFile image)
            throws IOException {
        NoteView note = notes.create(form(title, withImage(body, image), domainId, tags, links));
        return "redirect:/notes/" + note.id();
    }

    @GetMapping("/notes/{id}")
    String note(@PathVariable String id, Model model) {
        model.addAttribute("note", notes.get(id));
        return "notes/view";
    }

    @GetMapping("/notes/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        NoteView n = notes.get(id);
        model.addAttribute(
                "page",
                new NotePage(
                        n.id(),
                        n.title(),
                        n.body(),
                        n.domainId(),
                        String.join(" ", n.tags()),
                        String.join(
                                "\n",
                                n.links().stream()
                                        .map(l -> l.kind() + ":" + l.id())
                                        .toList()),
                        knownTags(),
                        images.maxBytes() / (1024 * 1024)));
        return "notes/edit";
    }

    @PostMapping("/notes/{id}")
    String update(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) String domainId,
            @RequestParam(defaultValue = "") String tags,
            @RequestParam(defaultValue = "") String links,
            @RequestParam(required = false) MultipartFile image)
            throws IOException {
        notes.update(id, form(title, withImage(body, image), domainId, tags, links));
        return "redirect:/notes/" + id;
    }

    @PostMapping("/notes/{id}/delete")
    String delete(@PathVariable String id) {
        notes.delete(id);
        return "redirect:/notes";
    }

    /** The notes linking to something, as a fragment for its page (htmx loads it; without JavaScript, a link). */
    @GetMapping("/backlinks")
    String backlinks(@RequestParam String kind, @RequestParam String id, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("backlinks", notes.backlinks(kind, id));
        return "notes/backlinks";
    }

    @GetMapping("/questions/{pack}/{id}")
    String question(@PathVariable String pack, @PathVariable String id, Model model) {
        Pack p = catalog.find(pack).orElseThrow(() -> ClientProblem.notFound("pack " + pack));
        Question q = p.question(id).orElseThrow(() -> ClientProblem.notFound("question " + id + " of " + pack));
        model.addAttribute("pack", p);
        model.addAttribute("question", q);
        model.addAttribute("backlinks", notes.backlinks("question", p.code() + "/" + q.id()));
        return "notes/question";
    }

    private String withImage(String body, MultipartFile image) throws IOException {
        if (image == null || image.isEmpty()) {
            return body;
        }
        ImageView uploaded = images.upload(image.getOriginalFilename(), image.getBytes());
        return body + (body.isEmpty() || body.endsWith("\n") ? "" : "\n") + "\n" + uploaded.markdown() + "\n";
    }

    private List<String> knownTags() {
        return index.tags().stream().map(SearchIndex.TagCount::tag).limit(500).toList();
    }

    static NoteForm form(String title, String body, String domainId, String tags, String links) {
        return new NoteForm(title, body, domainId, split(tags, "[\\s,]+"), split(links, "[\\s,]+"));
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.strip().split(separator))
                .filter(s -> !s.isBlank())
                .toList();
    }
}
