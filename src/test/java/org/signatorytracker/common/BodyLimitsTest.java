package org.signatorytracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.signatorytracker.TestAccounts;
import org.signatorytracker.TestApi;

/** Bodies built to slip past the limits: chunks of unknown length, thousands of parts. */
@QuarkusTest
class BodyLimitsTest {

  @TestHTTPResource("/")
  URL base;

  /** Sends the headers and then chunks of JSON until the server answers; returns its answer. */
  private String sendChunks(String path, String contentType, long megabytes) throws Exception {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                  + TestAccounts.adminAuthorization()
                  + "\r\nContent-Type: "
                  + contentType
                  + "\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk =
          ("{\"note\": \"" + "x".repeat(65_000) + "\"}").getBytes(StandardCharsets.US_ASCII);
      InputStream in = socket.getInputStream();
      try {
        for (long sent = 0; sent < megabytes << 20 && in.available() == 0; sent += chunk.length) {
          out.write(
              (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(chunk);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (java.io.IOException closedByTheServer) {
        // the server answered and closed the connection while chunks were still coming
      }
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; answer.size() < 4096 && (n = in.read(buffer)) > 0; ) {
        answer.write(buffer, 0, n);
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void aChunkedJsonBodyIsRefusedBeforeItIsRead() throws Exception {
    String key = TestApi.createLetter("chunked");
    String answer = sendChunks("/api/statements/" + key + "/positions", "application/json", 240);
    assertThat(answer)
        .startsWith("HTTP/1.1 411")
        .contains("application/problem+json")
        .contains("Content-Length");
  }

  @Test
  void aMultipartBodyOfThousandsOfPartsIsRefusedWith413() {
    var request = io.restassured.RestAssured.given();
    for (int i = 0; i < 1_200; i++) {
      request = request.multiPart("part" + i, "x");
    }
    request
        .multiPart(
            "statements", "statements.csv", "key,title,kind\n".getBytes(StandardCharsets.UTF_8))
        .post("/api/import")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
  }
}
