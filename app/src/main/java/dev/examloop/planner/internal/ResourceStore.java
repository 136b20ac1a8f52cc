package dev.examloop.planner.internal;

import dev.examloop.common.JsonLists;
import dev.examloop.planner.ResourceView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code resource} and {@code resource_section} tables. */
@Repository
public class ResourceStore {
    private final JdbcClient jdbc;

    public ResourceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertResource(
            String id,
            String accountId,
            String type,
            String title,
            String url,
            List<String> domains,
            List<String> tags,
            String packCode,
            long now) {
        jdbc.sql(
                        "INSERT INTO resource (id, account_id, type, title, url, domains, tags, pack_code, created_at, updated_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        accountId,
                        type,
                        title,
                        url,
                        JsonLists.write(domains),
                        JsonLists.write(tags),
                        packCode,
                        now,
                        now)
                .update();
    }

    public void insertSection(
            String id,
            String accountId,
            String resourceId,
            int position,
            String title,
            int minutes,
            String domainId,
            long now) {
        jdbc.sql(
                        "INSERT INTO resource_section (id, account_id, resource_id, position, title, minutes, domain_id, status, "
                                + "returns, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'not-started', 0, ?)")
                .params(id, accountId, resourceId, position, title, minutes, domainId, now)
                .update();
    }

    public boolean hasStarter(String accountId, String packCode, String url) {
        return jdbc.sql("SELECT COUNT(*) FROM resource WHERE account_id = ? AND pack_code = ? AND url = ?")
                        .params(accountId, packCode, url)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void updateSection(String accountId, String sectionId, String status, int returns, long now) {
        jdbc.sql("UPDATE resource_section SET status = ?, returns = ?, updated_at = ? WHERE id = ? AND account_id = ?")
                .params(status, returns, now, sectionId, accountId)
                .update();
    }

    /** Deletes a resource and its sections (blocks that pointed to them must have forgotten them first). */
    public boolean delete(String accountId, String resourceId) {
        jdbc.sql("DELETE FROM resource_section WHERE account_id = ? AND resource_id = ?")
                .params(accountId, resourceId)
                .update();
        return jdbc.sql("DELETE FROM resource WHERE account_id = ? AND id = ?")
                        .params(accountId, resourceId)
                        .update()
                == 1;
    }

    /** Every resource of the account with its sections, in the order they were added. */
    public List<ResourceView> list(String accountId) {
        Map<String, List<ResourceView.Section>> sections = new LinkedHashMap<>();
        jdbc.sql("SELECT s.id, s.resource_id, r.title AS resource_title, s.position, s.title, s.minutes, s.domain_id, "
                        + "s.status, s.returns FROM resource_section s JOIN resource r ON r.id = s.resource_id "
                        + "WHERE s.account_id = ? ORDER BY s.resource_id, s.position")
                .param(accountId)
                .query(rs -> {
                    sections.computeIfAbsent(rs.getString("resource_id"), k -> new ArrayList<>())
                            .add(new ResourceView.Section(
                                    rs.getString("id"),
                                    rs.getString("resource_id"),
                                    rs.getString("resource_title"),
                                    rs.getInt("position"),
                                    rs.getString("title"),
                                    rs.getInt("minutes"),
                                    rs.getString("domain_id"),
                                    rs.getString("status"),
                                    rs.getInt("returns")));
                });
        return jdbc.sql("SELECT id, type, title, url, domains, tags, pack_code FROM resource WHERE account_id = ? "
                        + "ORDER BY created_at, id")
                .param(accountId)
                .query((rs, n) -> new ResourceView(
                        rs.getString("id"),
                        rs.getString("type"),
                        rs.getString("title"),
                        rs.getString("url"),
                        JsonLists.read(rs.getString("domains")),
                        JsonLists.read(rs.getString("tags")),
                        rs.getString("pack_code"),
                        sections.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }

    public Optional<ResourceView.Section> section(String accountId, String sectionId) {
        return list(accountId).stream()
                .flatMap(r -> r.sections().stream())
                .filter(s -> s.id().equals(sectionId))
                .findFirst();
    }
}
