package org.rt2kb.annotation;

import static org.rt2kb.entry.EntryType.INSTRUMENT;
import static org.rt2kb.entry.EntryType.PRACTICE;
import static org.rt2kb.entry.EntryType.THEME;

import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Coded;
import org.rt2kb.shared.CodedConverter;

/**
 * How one entry is linked to another, and between which types of entries each relation makes sense: the pages
 * group links by the other entry's type ("Practices illustrating this theme", "Where the paper cites it"), so a
 * link between the wrong types would show under the wrong heading.
 */
public enum LinkRelation implements Coded {
    /** A section of the paper cites an instrument. */
    CITES(one(THEME, INSTRUMENT)),
    /** A practice puts an instrument into effect. */
    APPLIES(one(PRACTICE, INSTRUMENT)),
    /**
     * Reads the same from both ends, so either may be the source. Practices reach themes by illustrating them and
     * themes reach each other through their parents, so "related" joins neither.
     */
    RELATES_TO(
            both(PRACTICE, PRACTICE),
            both(PRACTICE, INSTRUMENT),
            both(INSTRUMENT, INSTRUMENT),
            both(THEME, INSTRUMENT)),
    /** A practice is an example of a theme. */
    ILLUSTRATES(one(PRACTICE, THEME));

    /** The types of a link's source and target. */
    public record Ends(EntryType from, EntryType to) {}

    private final Set<Ends> allowed;

    @SafeVarargs
    LinkRelation(List<Ends>... allowed) {
        this.allowed = Stream.of(allowed).flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** Whether an entry of type {@code from} may link to one of type {@code to} with this relation. */
    public boolean allows(EntryType from, EntryType to) {
        return allowed.contains(new Ends(from, to));
    }

    /** The types an entry of type {@code from} may link to with this relation; empty when it may not start one. */
    public Set<EntryType> targetsFrom(EntryType from) {
        Set<EntryType> targets = EnumSet.noneOf(EntryType.class);
        allowed.stream().filter(ends -> ends.from() == from).forEach(ends -> targets.add(ends.to()));
        return targets;
    }

    /** The relations an entry of this type may start, in their usual order. */
    public static List<LinkRelation> startingFrom(EntryType from) {
        return Arrays.stream(values())
                .filter(r -> !r.targetsFrom(from).isEmpty())
                .toList();
    }

    private static List<Ends> one(EntryType from, EntryType to) {
        return List.of(new Ends(from, to));
    }

    private static List<Ends> both(EntryType one, EntryType other) {
        return List.of(new Ends(one, other), new Ends(other, one));
    }

    @Converter(autoApply = true)
    public static class DbConverter extends CodedConverter<LinkRelation> {
        public DbConverter() {
            super(LinkRelation.class);
        }
    }
}
