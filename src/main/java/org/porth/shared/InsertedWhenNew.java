package org.porth.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * An entity that makes its own id: new until it was stored or loaded, so that saving it inserts it at
 * once. Spring Data takes an entity with an id (and no version, or a primitive one) for a stored one
 * and merges it: Hibernate first selects the row by its id, a round trip and a copy for every insert
 * (decision 0062).
 */
@MappedSuperclass
public abstract class InsertedWhenNew<I> implements Persistable<I> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }
}
