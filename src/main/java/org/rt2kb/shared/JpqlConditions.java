package org.rt2kb.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The where-clause of a list query built from optional filters: a condition is kept only when its value is given,
 * and its parameter is bound with it, so the two never drift apart.
 */
public final class JpqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Starts with a condition that always holds, which uses {@code :name}, bound to {@code value}. */
    public JpqlConditions(String always, String name, Object value) {
        conditions.add(always);
        parameters.put(name, value);
    }

    /**
     * Adds {@code condition}, which uses {@code :name}, when {@code value} is not null; {@code fixed} are further
     * parameters of the condition, as name and value pairs, bound with it.
     */
    public JpqlConditions with(String condition, String name, Object value, Object... fixed) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
            for (int i = 0; i < fixed.length; i += 2) {
                parameters.put((String) fixed[i], fixed[i + 1]);
            }
        }
        return this;
    }

    /** {@code select … from … where <conditions> <order>}, with every parameter bound. */
    public <T> TypedQuery<T> query(EntityManager em, String selectFrom, String order, Class<T> type) {
        TypedQuery<T> query = em.createQuery(selectFrom + " where " + String.join(" and ", conditions) + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
