package org.signatorytracker.operations;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.signatorytracker.security.UserService;

/**
 * What runs once as the service starts, in this order: an instance without an active admin gets
 * one, then the demo data is loaded into an empty database if asked for.
 */
@ApplicationScoped
public class StartupJobs {

  @Inject UserService users;
  @Inject DemoData demo;

  void onStart(@Observes StartupEvent event) {
    users.ensureAnAdmin();
    demo.loadIfAsked();
  }
}
