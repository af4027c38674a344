package newskg.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newskg.extract.DateResolver;
import newskg.extract.EntityType;
import newskg.extract.Event;
import newskg.extract.EventType;
import newskg.extract.Mention;
import newskg.extract.Participant;
import newskg.extract.Quote;
import newskg.extract.Role;
import newskg.extract.RoleStatus;

/**
 * Facts after entity resolution: drops facts whose key mention names nothing kept, keeps one role per
 * person and title (the one that says most), and merges repeated reports of one happening: events of
 * one type whose participants are the same or a subset of the other's, and statements of one speaker in
 * neighbouring sentences. Thread-safe (stateless).
 */
final class FactMerger {
    private static final int STATEMENT_WINDOW = 1;
    /** How many days a date read from the story or the tense may be from a stated one of the same happening. */
    private static final int READ_DATE_SLACK = 7;

    private FactMerger() {
    }

    /**
     * One role per person, title and organization: a role stated without its organization joins the one
     * stated with it; the status is the one the words say (a post left or announced beats the default
     * "current" of a title before a name), and dates stated anywhere are kept.
     */
    static List<Role> roles(List<Role> roles, Map<Mention, Entity> entityOf) {
        Map<String, List<Role>> byTitle = new LinkedHashMap<>();
        for (Role r : roles) {
            Entity person = entityOf.get(r.person());
            if (person == null || person.type() != EntityType.PERSON) {
                continue;
            }
            Role kept = r.withOwners(typed(r.org(), entityOf, EntityType.ORGANIZATION),
                    typed(r.place(), entityOf, EntityType.PLACE));
            byTitle.computeIfAbsent(person.key() + "|" + r.title().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(kept);
        }
        List<Role> out = new ArrayList<>();
        for (List<Role> same : byTitle.values()) {
            Map<String, Role> byOrg = new LinkedHashMap<>();
            List<Role> unowned = new ArrayList<>();
            for (Role r : same) {
                if (r.org() == null) {
                    unowned.add(r);
                } else {
                    byOrg.merge(entityOf.get(r.org()).key(), r, FactMerger::mergeRoles);
                }
            }
            for (Role r : unowned) {
                if (byOrg.size() == 1) {
                    String only = byOrg.keySet().iterator().next();
                    byOrg.put(only, mergeRoles(byOrg.get(only), r));
                } else {
                    byOrg.merge("", r, FactMerger::mergeRoles);
                }
            }
            out.addAll(byOrg.values());
        }
        out.sort((a, b) -> Integer.compare(a.evidence().span().start(), b.evidence().span().start()));
        return out;
    }

    /** Two statements of one role: the one that says most, with the status and dates either gives. */
    private static Role mergeRoles(Role a, Role b) {
        Role base = detail(b) > detail(a) ? b : a;
        Role other = base == a ? b : a;
        RoleStatus status = base.status() != RoleStatus.CURRENT ? base.status() : other.status();
        return new Role(base.person(), base.title(), base.org() != null ? base.org() : other.org(),
                base.place() != null ? base.place() : other.place(), status,
                base.start() != null ? base.start() : other.start(), base.end() != null ? base.end() : other.end(),
                base.evidence());
    }

    private static Mention typed(Mention m, Map<Mention, Entity> entityOf, EntityType type) {
        Entity e = m == null ? null : entityOf.get(m);
        return e != null && e.type() == type ? m : null;
    }

    private static int detail(Role r) {
        return (r.org() != null ? 1 : 0) + (r.place() != null ? 1 : 0);
    }

    static List<Quote> quotes(List<Quote> quotes, Map<Mention, Entity> entityOf) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            Entity e = entityOf.get(q.speaker());
            if (e != null && e.type() != EntityType.PLACE) {
                out.add(q);
            }
        }
        return out;
    }

    static List<Event> events(List<Event> events, Map<Mention, Entity> entityOf) {
        List<Event> kept = new ArrayList<>();
        List<Set<String>> keys = new ArrayList<>();
        for (Event e : events) {
            Event resolved = resolved(e, entityOf);
            if (resolved == null) {
                continue;
            }
            Set<String> who = participantKeys(resolved, entityOf);
            int same = -1;
            for (int i = 0; i < kept.size(); i++) {
                if (sameHappening(kept.get(i), keys.get(i), resolved, who, entityOf)) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                kept.add(resolved);
                keys.add(who);
            } else {
                Event merged = merge(kept.get(same), resolved, entityOf);
                kept.set(same, merged);
                keys.set(same, participantKeys(merged, entityOf));
            }
        }
        return kept;
    }

    /** The event with unresolved participants dropped and each entity once; null when nothing is left. */
    private static Event resolved(Event e, Map<Mention, Entity> entityOf) {
        if (e.type() == EventType.Statement && (e.participants().isEmpty()
                || entityOf.get(e.participants().get(0).mention()) == null)) {
            return null; // a statement without its named speaker
        }
        Map<String, Participant> ps = new LinkedHashMap<>();
        for (Participant p : e.participants()) {
            Entity ent = entityOf.get(p.mention());
            if (ent != null && ent.type() != EntityType.PLACE) {
                ps.putIfAbsent(ent.key(), p);
            }
        }
        if (e.type() == EventType.Statement && ps.isEmpty()) {
            return null;
        }
        Mention place = typed(e.place(), entityOf, EntityType.PLACE);
        if (ps.isEmpty() && place == null) {
            return null;
        }
        return new Event(e.type(), e.trigger(), new ArrayList<>(ps.values()), place, e.date(), e.dateMethod(), e.evidence());
    }

    private static Set<String> participantKeys(Event e, Map<Mention, Entity> entityOf) {
        Set<String> keys = new LinkedHashSet<>();
        e.participants().forEach(p -> keys.add(entityOf.get(p.mention()).key()));
        return keys;
    }

    private static boolean sameHappening(Event a, Set<String> aw, Event b, Set<String> bw,
                                         Map<Mention, Entity> entityOf) {
        if (a.type() != b.type()) {
            return false;
        }
        if (!sameTime(a, b)) {
            return false; // two dates: two happenings ("appointed chair in 2024", "interim chief in 2025")
        }
        if (a.type() == EventType.Statement) {
            String sa = entityOf.get(a.participants().get(0).mention()).key();
            String sb = entityOf.get(b.participants().get(0).mention()).key();
            return sa.equals(sb) && Math.abs(a.evidence().sentence() - b.evidence().sentence()) <= STATEMENT_WINDOW;
        }
        if (aw.isEmpty() || bw.isEmpty()) {
            return aw.isEmpty() && bw.isEmpty() && a.place() != null && b.place() != null
                    && entityOf.get(a.place()).key().equals(entityOf.get(b.place()).key());
        }
        return aw.containsAll(bw) || bw.containsAll(aw);
    }

    /**
     * Whether two events' dates allow one happening: one or both undated, the same date, or a date read from
     * the story or the tense ({@link DateResolver#untold}) within a week of the other's day: "has ordered"
     * (news of the day of publication) and "the memo, dated Sunday" may be one order.
     */
    private static boolean sameTime(Event a, Event b) {
        if (a.date() == null || b.date() == null || a.date().equals(b.date())) {
            return true;
        }
        boolean read = !DateResolver.STATED.equals(a.dateMethod()) || !DateResolver.STATED.equals(b.dateMethod());
        return read && a.date() instanceof LocalDate x && b.date() instanceof LocalDate y
                && Math.abs(ChronoUnit.DAYS.between(x, y)) <= READ_DATE_SLACK;
    }

    private static Event merge(Event a, Event b, Map<Mention, Entity> entityOf) {
        Map<String, Participant> ps = new LinkedHashMap<>();
        for (Participant p : a.participants()) {
            ps.putIfAbsent(entityOf.get(p.mention()).key(), p);
        }
        for (Participant p : b.participants()) {
            ps.putIfAbsent(entityOf.get(p.mention()).key(), p);
        }
        // a date the text states wins over one read from the story or the tense
        boolean bDate = b.date() != null && (a.date() == null
                || DateResolver.STATED.equals(b.dateMethod()) && !DateResolver.STATED.equals(a.dateMethod()));
        return new Event(a.type(), a.trigger(), new ArrayList<>(ps.values()), a.place() != null ? a.place() : b.place(),
                bDate ? b.date() : a.date(), bDate ? b.dateMethod() : a.dateMethod(), a.evidence());
    }

}
