package bench;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** One entity, so that Hibernate and the pool start as they do in any Panache application. */
@Entity
public class Greeting extends PanacheEntity {
  public String text;
}
