package org.rt2kb.annotation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.rt2kb.entry.Entry;

/** A typed, directed link between two entries, such as "theme cites instrument", with an optional note. */
@Entity
public class EntryLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_entry_id")
    private Entry from;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_entry_id")
    private Entry to;

    private LinkRelation relation;
    private String note;

    protected EntryLink() {}

    /** @throws IllegalArgumentException when the relation does not join entries of these two types */
    public EntryLink(Entry from, Entry to, LinkRelation relation, String note) {
        if (!relation.allows(from.getType(), to.getType())) {
            // The last guard: forms and seed files check the same rule first, with a message for people.
            throw new IllegalArgumentException("'" + relation.code() + "' cannot link "
                    + from.getType().code() + " → " + to.getType().code());
        }
        this.from = from;
        this.to = to;
        this.relation = relation;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Entry getFrom() {
        return from;
    }

    public Entry getTo() {
        return to;
    }

    public LinkRelation getRelation() {
        return relation;
    }

    public String getNote() {
        return note;
    }
}
