package org.signatorytracker.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.signatorytracker.common.FieldError;
import org.signatorytracker.common.InvalidInputException;
import org.signatorytracker.common.TooLargeException;

/**
 * Reads a data package back: its entries checked (names, sizes, the descriptor's limit), the
 * SHA-256 of each file compared with what datapackage.json records, and its tables imported in one
 * transaction.
 */
@ApplicationScoped
public class PackageReader {

  @Inject ImportService importer;
  @Inject ObjectMapper json;
  @Inject TransferConfig config;

  /**
   * Imports a package: any of its tables (issues, groups, memberships, statements, stages, claims,
   * positions), in one transaction. A file whose SHA-256 differs from the one datapackage.json
   * records is imported with a warning, since a researcher may have corrected it on purpose.
   */
  public ImportReport importPackage(Path path, boolean dryRun) {
    try (ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8)) {
      checkEntries(zip);
      Optional<ZipEntry> statements = find(zip, DataPackages.STATEMENTS);
      Optional<ZipEntry> claims = find(zip, DataPackages.CLAIMS);
      Optional<ZipEntry> stages = find(zip, DataPackages.STAGES);
      Optional<ZipEntry> sideClaims = find(zip, DataPackages.SIDE_CLAIMS);
      Optional<ZipEntry> positions = find(zip, DataPackages.POSITIONS);
      Optional<ZipEntry> issues = find(zip, DataPackages.ISSUES);
      Optional<ZipEntry> groups = find(zip, DataPackages.GROUPS);
      Optional<ZipEntry> memberships = find(zip, DataPackages.MEMBERSHIPS);
      if (Stream.of(issues, groups, memberships, statements, stages, claims, positions, sideClaims)
          .allMatch(Optional::isEmpty)) {
        throw new InvalidInputException(
            "package",
            "the zip holds none of "
                + String.join(
                    ", ",
                    DataPackages.ISSUES,
                    DataPackages.GROUPS,
                    DataPackages.MEMBERSHIPS,
                    DataPackages.STATEMENTS,
                    DataPackages.STAGES,
                    DataPackages.CLAIMS)
                + " and "
                + DataPackages.POSITIONS);
      }
      List<String> warnings = new ArrayList<>();
      Map<String, String> recorded = recordedHashes(zip, warnings);
      for (ZipEntry entry :
          List.of(issues, groups, memberships, statements, stages, claims, positions, sideClaims)
              .stream()
              .flatMap(Optional::stream)
              .toList()) {
        String expected = recorded.get(baseName(entry.getName()));
        if (expected != null
            && !expected.equalsIgnoreCase(
                sha256Of(
                    entry, open(zip, entry, config.importing().maxExpandedSize().asLongValue())))) {
          warnings.add(
              entry.getName()
                  + " differs from the file datapackage.json describes (its SHA-256 changed)");
        }
      }
      return importer.run(
          new ImportFiles(
              file(zip, issues, DataPackages.ISSUES),
              file(zip, groups, DataPackages.GROUPS),
              file(zip, memberships, DataPackages.MEMBERSHIPS),
              file(zip, statements, DataPackages.STATEMENTS),
              file(zip, claims, DataPackages.CLAIMS),
              file(zip, positions, DataPackages.POSITIONS),
              file(zip, stages, DataPackages.STAGES),
              file(zip, sideClaims, DataPackages.SIDE_CLAIMS)),
          dryRun,
          warnings);
    } catch (ZipException e) {
      throw new InvalidInputException("package", "is not a readable zip file");
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof ZipException) {
        throw new InvalidInputException("package", "is not a readable zip file");
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Largest datapackage.json read: the descriptor of three tables is a few kilobytes. */
  static final long MAX_DESCRIPTOR = 1 << 20;

  /**
   * Refuses a package with too many entries (413) or with an entry whose path leads outside it
   * (400): such a zip was not exported by this service.
   */
  private void checkEntries(ZipFile zip) {
    if (zip.size() > config.importing().maxPackageEntries()) {
      throw new TooLargeException(
          "The package has "
              + zip.size()
              + " entries; a data package has a handful (at most "
              + config.importing().maxPackageEntries()
              + ", tracker.import.max-package-entries).");
    }
    zip.stream()
        .map(ZipEntry::getName)
        .filter(
            name ->
                name.startsWith("/")
                    || name.contains("\\")
                    || name.contains(":")
                    || Arrays.asList(name.split("/")).contains(".."))
        .findFirst()
        .ifPresent(
            name -> {
              throw new InvalidInputException(
                  new FieldError(
                      "package", "has an entry whose path leads outside the package", name));
            });
  }

  /** An entry's content, stopped with a 413 as soon as it expands beyond what a table is. */
  private InputStream open(ZipFile zip, ZipEntry entry, long limit) throws IOException {
    return new BoundedEntry(
        zip.getInputStream(entry), entry.getName(), limit, entry.getCompressedSize());
  }

  private ImportFile file(ZipFile zip, Optional<ZipEntry> entry, String name) {
    long limit = config.importing().maxExpandedSize().asLongValue();
    return entry.map(e -> new ImportFile(name, () -> open(zip, e, limit))).orElse(null);
  }

  private static Optional<ZipEntry> find(ZipFile zip, String name) {
    return zip.stream()
        .filter(e -> !e.isDirectory() && baseName(e.getName()).equals(name))
        .map(e -> (ZipEntry) e)
        .findFirst();
  }

  private static String baseName(String entryName) {
    return entryName.substring(entryName.lastIndexOf('/') + 1);
  }

  private Map<String, String> recordedHashes(ZipFile zip, List<String> warnings) {
    Map<String, String> hashes = new LinkedHashMap<>();
    Optional<ZipEntry> descriptor = find(zip, "datapackage.json");
    if (descriptor.isEmpty()) {
      return hashes;
    }
    try (InputStream in = open(zip, descriptor.get(), MAX_DESCRIPTOR)) {
      JsonNode root = json.readTree(in);
      for (JsonNode resource : root.path("resources")) {
        String hash = resource.path("hash").asText("");
        if (hash.startsWith("sha256:")) {
          hashes.put(baseName(resource.path("path").asText("")), hash.substring(7));
        }
      }
    } catch (IOException e) {
      warnings.add("datapackage.json cannot be read; file digests were not checked");
    }
    return hashes;
  }

  private static String sha256Of(ZipEntry entry, InputStream content) throws IOException {
    MessageDigest sha256 = DataPackages.sha256();
    try (InputStream in = new DigestInputStream(content, sha256)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha256.digest());
  }
}
