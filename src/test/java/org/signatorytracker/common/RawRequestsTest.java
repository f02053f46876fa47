package org.signatorytracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Requests as they arrive on the wire, outside what an HTTP client library sends: an HTTP/1.0
 * request without a Host header is answered like any other, never with a 500.
 */
@QuarkusTest
class RawRequestsTest {

  @TestHTTPResource("/")
  URL base;

  @Test
  void anHttp10RequestWithoutAHostIsAnsweredLikeAnyOther() throws Exception {
    assertThat(raw("GET /account HTTP/1.0\r\n\r\n"))
        .startsWith("HTTP/1.0 303")
        .contains("/signin?then=");
    assertThat(raw("GET /import HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.0 303");
    assertThat(raw("GET /api/users HTTP/1.0\r\n\r\n"))
        .startsWith("HTTP/1.0 401")
        .contains("application/problem+json")
        .doesNotContain("Exception");
    assertThat(raw("GET /api/no-such-thing HTTP/1.0\r\n\r\n"))
        .startsWith("HTTP/1.0 404")
        .contains("application/problem+json");
    assertThat(raw("GET /no-such-page HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.0 404");
    assertThat(raw("GET /api/states/FRA HTTP/1.0\r\n\r\n"))
        .startsWith("HTTP/1.0 200")
        .contains("\"iso3\":\"FRA\"");
    assertThat(
            raw(
                "GET /api/statements/hrc41-2019-xinjiang-supportive/map.svg?asOf=2019-08-02"
                    + " HTTP/1.0\r\n\r\n"))
        .startsWith("HTTP/1.0 200")
        .contains("image/svg+xml");
    assertThat(raw("GET /agreement?issue=xinjiang&states=CUB,FRA HTTP/1.0\r\n\r\n"))
        .startsWith("HTTP/1.0 200");
    assertThat(raw("POST /api/statements HTTP/1.0\r\nContent-Length: 2\r\n\r\n{}"))
        .startsWith("HTTP/1.0 401");
  }

  @Test
  void aTableSentAsPlainTextIsRefusedWith415() throws Exception {
    // the form of another site sends text/plain; no resource takes it (nothing was chosen)
    assertThat(
            raw(
                "POST /api/import/positions HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic YWRtaW46dGVzdC1hZG1pbi1wYXNzd29yZA==\r\n"
                    + "Content-Type: text/plain\r\nContent-Length: 10\r\n"
                    + "Connection: close\r\n\r\nstatement\n"))
        .startsWith("HTTP/1.1 415")
        .contains("application/problem+json");
  }

  private String raw(String request) throws Exception {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0 && answer.size() < 1 << 20; ) {
        answer.write(buffer, 0, n);
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }
}
