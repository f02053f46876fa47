package org.signatorytracker.positions;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;
import org.signatorytracker.transfer.FreshInstance;

/** An instance of its own (as {@link FreshInstance}) that requires review. */
public class ReviewRequired implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> config = new HashMap<>(new FreshInstance().getConfigOverrides());
    config.put("tracker.review.required", "true");
    return config;
  }
}
