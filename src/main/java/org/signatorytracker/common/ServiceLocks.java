package org.signatorytracker.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Lets writers take turns through a lock on a row of {@code service_lock}, held until their
 * transaction ends: a lock in the database, so that it holds across replicas.
 */
@ApplicationScoped
public class ServiceLocks {

  public static final String IMPORT = "import";
  public static final String ACCOUNTS = "accounts";

  @Inject EntityManager em;

  /** Waits for the lock; call inside the transaction it protects. */
  public void await(String name) {
    em.createNativeQuery("SELECT name FROM service_lock WHERE name = :name FOR UPDATE")
        .setParameter("name", name)
        .getSingleResult();
  }

  /**
   * Takes the lock if it is free.
   *
   * @throws ConflictException with {@code busy} as its message when another transaction holds it
   */
  public void takeOrConflict(String name, String busy) {
    try {
      em.createNativeQuery("SELECT name FROM service_lock WHERE name = :name FOR UPDATE NOWAIT")
          .setParameter("name", name)
          .getSingleResult();
    } catch (PersistenceException lockedElsewhere) {
      throw new ConflictException(busy);
    }
  }
}
