package dev.examloop.map.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the nodes go, decided on the server so that the browser draws at once (a force layout of 2,000
 * nodes would take seconds): staged nodes in pipeline columns from left to right, security in a row under
 * them; every other node near its strongest neighbour, on a spiral (golden angle) so that none overlap;
 * nodes with no placed neighbour in a grid below.
 */
public final class MapLayout {
    public static final List<String> STAGES =
            List.of("ingestion", "storage", "transformation", "training", "deployment", "monitoring");
    private static final double COLUMN = 260;
    private static final double ROW = 110;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    private MapLayout() {}

    /** A node to place: its stage (or null) and its neighbours, strongest first. */
    public record Placed(String id, String stage, List<String> neighbours) {}

    public static Map<String, double[]> layout(List<Placed> nodes) {
        Map<String, double[]> at = new HashMap<>();
        Map<String, Integer> perColumn = new HashMap<>();
        int security = 0;
        int maxRows = 1;
        for (Placed n : nodes) {
            int column = n.stage() == null ? -1 : STAGES.indexOf(n.stage());
            if (column >= 0) {
                int row = perColumn.merge(n.stage(), 1, Integer::sum) - 1;
                maxRows = Math.max(maxRows, row + 1);
                at.put(n.id(), new double[] {column * COLUMN, row * ROW + (column % 2) * ROW / 2});
            }
        }
        for (Placed n : nodes) {
            if (n.stage() != null && !STAGES.contains(n.stage())) {
                at.put(n.id(), new double[] {(security++ + 0.5) * COLUMN, (maxRows + 0.6) * ROW});
            }
        }
        Map<String, Integer> satellites = new HashMap<>();
        int grid = 0;
        double gridTop = (maxRows + 2) * ROW;
        for (Placed n : nodes) {
            if (at.containsKey(n.id())) {
                continue;
            }
            String anchor =
                    n.neighbours().stream().filter(at::containsKey).findFirst().orElse(null);
            if (anchor != null) {
                int k = satellites.merge(anchor, 1, Integer::sum);
                double radius = 55 + 16 * Math.sqrt(k);
                double angle = k * GOLDEN_ANGLE;
                double[] centre = at.get(anchor);
                at.put(n.id(), new double[] {centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)
                });
            } else {
                int perRow = 12;
                int column = grid % perRow;
                int row = grid / perRow;
                at.put(n.id(), new double[] {column * COLUMN / 2, gridTop + row * ROW / 1.5});
                grid++;
            }
        }
        return at;
    }
}
