package dev.examloop.core.exam;

import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Draws the questions of a mock to the blueprint's domain weights.
 *
 * <ol>
 *   <li>Each domain's quota is its share of the count by weight, rounded by the largest-remainder method so
 *       that the quotas add up to the count exactly.
 *   <li>Within a domain, questions the learner has not met recently come first (in random order), then the
 *       ones met longest ago.
 *   <li>A domain that cannot fill its quota passes the shortfall to the domains furthest below their target.
 *   <li>A case-study set is drawn whole or not at all and its questions stay together. Each of its questions
 *       counts toward its own domain's quota, so a set that spans domains does not skew the mock: it is taken
 *       when every domain it touches still has room for its questions there.
 *   <li>When the bank holds no more questions than the mock asks for, the mock takes the whole bank.
 * </ol>
 */
public final class MockDraw {
    private MockDraw() {}

    public static DrawnMock draw(DrawRequest request, RandomGenerator random) {
        List<Domain> domains = request.blueprint().domains().stream()
                .filter(d -> request.domains().isEmpty() || request.domains().contains(d.id()))
                .toList();
        List<Question> eligible = request.bank().stream()
                .filter(q -> domains.stream().anyMatch(d -> d.id().equals(q.domain())))
                .toList();
        List<Unit> units = units(eligible);
        List<String> notes = new ArrayList<>();
        if (eligible.size() <= request.count()) {
            List<Unit> all = new ArrayList<>(units);
            Collections.shuffle(all, random);
            if (eligible.size() < request.count()) {
                notes.add("The bank has " + eligible.size() + " questions for this selection, fewer than the "
                        + request.count() + " asked for: this mock takes all of them.");
            }
            return new DrawnMock(flatten(all), true, notes);
        }

        Map<String, Integer> quotas = quotas(domains, request.count());
        // Every unit in the order it is preferred: unseen first (in random order), then the longest unseen.
        List<Unit> ranked = new ArrayList<>(units);
        Collections.shuffle(ranked, random);
        ranked.sort(Comparator.comparingLong(u -> u.lastSeen(request.lastSeen())));

        List<Unit> taken = new ArrayList<>();
        Map<String, Integer> takenPerDomain = new HashMap<>();
        domains.forEach(d -> takenPerDomain.put(d.id(), 0));
        for (var iterator = ranked.iterator(); iterator.hasNext(); ) {
            Unit unit = iterator.next();
            if (unit.fitsWithin(quotas, takenPerDomain)) {
                take(unit, taken, takenPerDomain);
                iterator.remove();
            }
        }
        int shortfall = request.count() - size(taken);
        while (shortfall > 0) {
            // One unit at a time, so that the shortfall is spread over the domains furthest below their target.
            Unit best = null;
            double bestDeficit = Double.NEGATIVE_INFINITY;
            for (Unit unit : ranked) {
                if (unit.size() > shortfall) {
                    continue;
                }
                double deficit = unit.questions().stream()
                        .mapToDouble(
                                q -> (double) request.count() * weightOf(domains, q.domain()) / totalWeight(domains)
                                        - takenPerDomain.getOrDefault(q.domain(), 0))
                        .average()
                        .orElse(0);
                if (deficit > bestDeficit) {
                    bestDeficit = deficit;
                    best = unit;
                }
            }
            if (best == null) {
                notes.add("Case-study sets did not fit the last " + shortfall + " places: this mock has "
                        + (request.count() - shortfall) + " questions.");
                break;
            }
            take(best, taken, takenPerDomain);
            ranked.remove(best);
            shortfall -= best.size();
        }
        for (Domain domain : domains) {
            int quota = quotas.getOrDefault(domain.id(), 0);
            int got = takenPerDomain.getOrDefault(domain.id(), 0);
            if (got != quota) {
                notes.add("Domain " + domain.id() + " (" + domain.title() + ") has " + got + " questions instead of "
                        + quota + (got < quota ? ": the bank has too few." : ", making up for other domains."));
            }
        }
        Collections.shuffle(taken, random);
        return new DrawnMock(flatten(taken), false, notes);
    }

    /** Each domain's number of questions out of {@code count}, by weight, by the largest-remainder method. */
    public static Map<String, Integer> quotas(List<Domain> domains, int count) {
        int weights = totalWeight(domains);
        Map<String, Integer> quotas = new LinkedHashMap<>();
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int assigned = 0;
        for (Domain domain : domains) {
            double exact = (double) count * domain.weight() / weights;
            int floor = (int) Math.floor(exact);
            quotas.put(domain.id(), floor);
            assigned += floor;
            remainders.add(Map.entry(domain.id(), exact - floor));
        }
        remainders.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        for (int i = 0; i < count - assigned; i++) {
            quotas.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return quotas;
    }

    private static int totalWeight(List<Domain> domains) {
        return domains.stream().mapToInt(Domain::weight).sum();
    }

    private static int weightOf(List<Domain> domains, String domainId) {
        return domains.stream()
                .filter(d -> d.id().equals(domainId))
                .mapToInt(Domain::weight)
                .sum();
    }

    private static void take(Unit unit, List<Unit> taken, Map<String, Integer> takenPerDomain) {
        taken.add(unit);
        unit.questions().forEach(q -> takenPerDomain.merge(q.domain(), 1, Integer::sum));
    }

    private static int size(List<Unit> units) {
        return units.stream().mapToInt(Unit::size).sum();
    }

    private static List<Unit> units(List<Question> questions) {
        Map<String, List<Question>> sets = new LinkedHashMap<>();
        List<Unit> units = new ArrayList<>();
        for (Question question : questions) {
            if (question.scenario() == null) {
                units.add(new Unit(List.of(question)));
            } else {
                sets.computeIfAbsent(question.scenario(), s -> new ArrayList<>())
                        .add(question);
            }
        }
        sets.values().forEach(set -> units.add(new Unit(set)));
        return units;
    }

    private static List<Question> flatten(List<Unit> units) {
        return units.stream().flatMap(u -> u.questions().stream()).toList();
    }

    /** A question on its own, or a whole case-study set. */
    private record Unit(List<Question> questions) {
        /** True when each of its questions still has room in its own domain's quota. */
        boolean fitsWithin(Map<String, Integer> quotas, Map<String, Integer> takenPerDomain) {
            Map<String, Integer> needed = new HashMap<>();
            questions.forEach(q -> needed.merge(q.domain(), 1, Integer::sum));
            return needed.entrySet().stream()
                    .allMatch(e -> takenPerDomain.getOrDefault(e.getKey(), 0) + e.getValue()
                            <= quotas.getOrDefault(e.getKey(), 0));
        }

        int size() {
            return questions.size();
        }

        long lastSeen(Map<String, Long> seen) {
            return questions.stream()
                    .mapToLong(q -> seen.getOrDefault(q.id(), Long.MIN_VALUE))
                    .max()
                    .orElse(Long.MIN_VALUE);
        }
    }
}
