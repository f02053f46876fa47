package bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One endpoint that reads the database. */
@Path("/greetings")
public class GreetingResource {

  @GET
  public long count() {
    return Greeting.count();
  }
}
