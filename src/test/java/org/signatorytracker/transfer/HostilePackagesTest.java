package org.signatorytracker.transfer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Zips built to exhaust the service are refused before they do. */
@QuarkusTest
class HostilePackagesTest {

  private interface Entries {
    void write(ZipOutputStream zip) throws IOException;
  }

  private static byte[] zip(Entries entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entries.write(zip);
    }
    return bytes.toByteArray();
  }

  /** An entry of {@code size} bytes of empty rows, compressed a thousandfold. */
  private static void repeated(ZipOutputStream zip, String name, String head, long size)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(head.getBytes(StandardCharsets.UTF_8));
    byte[] chunk = ",,,,\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
    for (long written = 0; written < size; written += chunk.length) {
      zip.write(chunk);
    }
    zip.closeEntry();
  }

  private static io.restassured.response.ValidatableResponse post(byte[] zip) {
    return given().contentType("application/zip").body(zip).post("/api/import").then();
  }

  @Test
  void aZipBombIsStoppedAsItExpands() throws IOException {
    byte[] bomb =
        zip(
            zip ->
                repeated(
                    zip, "positions.csv", "statement,state,action,date,source_url\n", 200L << 20));
    org.assertj.core.api.Assertions.assertThat(bomb.length).isLessThan(1 << 20);
    post(bomb)
        .statusCode(413)
        .contentType("application/problem+json")
        .body("detail", containsString("times its compressed size"));
  }

  @Test
  void aHugeDescriptorIsRefused() throws IOException {
    byte[] zip =
        zip(
            z -> {
              z.putNextEntry(new ZipEntry("datapackage.json"));
              StringBuilder json = new StringBuilder("{\"resources\": [");
              for (int i = 0; i < 60_000; i++) {
                json.append("{\"path\": \"file-")
                    .append(i)
                    .append(".csv\", \"hash\": \"sha256:0\"},");
              }
              json.append("{}]}");
              z.write(json.toString().getBytes(StandardCharsets.UTF_8));
              z.closeEntry();
              z.putNextEntry(new ZipEntry("statements.csv"));
              z.write("key,title,kind\n".getBytes(StandardCharsets.UTF_8));
              z.closeEntry();
            });
    post(zip).statusCode(413).body("detail", containsString("datapackage.json"));
  }

  @Test
  void aPackageOfThousandsOfEntriesIsRefused() throws IOException {
    byte[] zip =
        zip(
            z -> {
              for (int i = 0; i < 1_000; i++) {
                z.putNextEntry(new ZipEntry("entry-" + i + ".csv"));
                z.closeEntry();
              }
              z.putNextEntry(new ZipEntry("statements.csv"));
              z.write("key,title,kind\n".getBytes(StandardCharsets.UTF_8));
              z.closeEntry();
            });
    post(zip).statusCode(413).body("detail", containsString("entries"));
  }

  @Test
  void anEntryLeadingOutsideThePackageIsRefused() throws IOException {
    for (String name : new String[] {"../statements.csv", "/etc/statements.csv", "a/../../x.csv"}) {
      byte[] zip =
          zip(
              z -> {
                z.putNextEntry(new ZipEntry(name));
                z.write("key,title,kind\n".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
              });
      post(zip)
          .statusCode(400)
          .body("errors[0].field", equalTo("package"))
          .body("errors[0].value", equalTo(name));
    }
  }
}
