package org.signatorytracker.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/** The world map's projection: TopoJSON rings decoded, projected onto the picture and traced. */
final class MapProjection {

  private MapProjection() {}

  /**
   * One ring, projected. A ring that crosses the antimeridian (Russia's Chukotka, Fiji) is
   * unwrapped into longitudes beyond ±180 and comes a second time a world away; the map is clipped
   * to the globe's outline, so each copy shows where it belongs.
   */
  static List<List<double[]>> ring(JsonNode ring, List<double[][]> arcs) {
    List<double[]> points = new ArrayList<>();
    for (JsonNode index : ring) {
      int i = index.asInt();
      double[][] arc = arcs.get(i < 0 ? ~i : i);
      int n = arc.length;
      // each arc after the first starts where the last one ended
      for (int k = points.isEmpty() ? 0 : 1; k < n; k++) {
        double[] p = arc[i < 0 ? n - 1 - k : k];
        double lon = p[0];
        if (!points.isEmpty()) {
          double previous = points.get(points.size() - 1)[0];
          while (lon - previous > 180) {
            lon -= 360;
          }
          while (previous - lon > 180) {
            lon += 360;
          }
        }
        points.add(new double[] {lon, p[1]});
      }
    }
    double min = points.stream().mapToDouble(p -> p[0]).min().orElse(0);
    double max = points.stream().mapToDouble(p -> p[0]).max().orElse(0);
    List<List<double[]>> copies = new ArrayList<>();
    copies.add(projected(points, 0));
    if (max > 180) {
      copies.add(projected(points, -360));
    }
    if (min < -180) {
      copies.add(projected(points, 360));
    }
    return copies;
  }

  /**
   * A ring in pixels, without the points closer than {@link #WorldMap.DETAIL} to the last one kept:
   * the 1:50m shapes hold far more points than a 960 px map shows, and each costs time and bytes.
   */
  static List<double[]> projected(List<double[]> points, double shift) {
    List<double[]> kept = new ArrayList<>();
    for (int k = 0; k < points.size(); k++) {
      double[] p = project(points.get(k)[0] + shift, points.get(k)[1]);
      double[] last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (last == null
          || k == points.size() - 1
          || Math.hypot(p[0] - last[0], p[1] - last[1]) >= WorldMap.DETAIL) {
        kept.add(p);
      }
    }
    return kept;
  }

  /** The larger side of a ring's bounding box, in pixels. */
  static double extent(List<double[]> ring) {
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (double[] p : ring) {
      minX = Math.min(minX, p[0]);
      maxX = Math.max(maxX, p[0]);
      minY = Math.min(minY, p[1]);
      maxY = Math.max(maxY, p[1]);
    }
    return Math.max(maxX - minX, maxY - minY);
  }

  /**
   * Traces a ring (in pixels), simplified to what the drawn size shows: a point that lies within
   * {@link #TOLERANCE} of the line between the points kept around it is left out (Douglas and
   * Peucker's rule), and the rest fall on whole pixels: at the drawn size the outline looks the
   * same, with a fraction of Natural Earth's points.
   */
  static void trace(Path2D path, List<double[]> ring) {
    traceAll(path, simplified(ring, TOLERANCE));
  }

  /** How far, in pixels, a simplified outline may stray from the original. */
  static final double TOLERANCE = 0.75;

  /** The ring with the points that matter at this tolerance, its first and last kept. */
  static List<double[]> simplified(List<double[]> ring, double tolerance) {
    int n = ring.size();
    if (n <= 4) {
      return ring;
    }
    boolean[] keep = new boolean[n];
    keep[0] = true;
    keep[n - 1] = true;
    // a closed ring's first and last points coincide: split it at its farthest point as well
    int far = farthest(ring, 0, n - 1);
    keep[far] = true;
    java.util.ArrayDeque<int[]> spans = new java.util.ArrayDeque<>();
    spans.push(new int[] {0, far});
    spans.push(new int[] {far, n - 1});
    double squared = tolerance * tolerance;
    while (!spans.isEmpty()) {
      int[] span = spans.pop();
      if (span[1] - span[0] < 2) {
        continue;
      }
      int worst = -1;
      double worstDistance = squared;
      for (int k = span[0] + 1; k < span[1]; k++) {
        double d = squaredDistance(ring.get(k), ring.get(span[0]), ring.get(span[1]));
        if (d > worstDistance) {
          worstDistance = d;
          worst = k;
        }
      }
      if (worst >= 0) {
        keep[worst] = true;
        spans.push(new int[] {span[0], worst});
        spans.push(new int[] {worst, span[1]});
      }
    }
    // then each point to the pixel it falls on, a point on the same pixel as the one before left
    // out: the map is drawn 960 pixels wide, and a finer coordinate shows nothing more
    List<double[]> kept = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      if (keep[k]) {
        double[] pixel = {Math.rint(ring.get(k)[0]), Math.rint(ring.get(k)[1])};
        double[] last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
        if (last == null || last[0] != pixel[0] || last[1] != pixel[1]) {
          kept.add(pixel);
        }
      }
    }
    return kept.size() >= 4 ? kept : ring;
  }

  private static int farthest(List<double[]> ring, int from, int to) {
    int far = (from + to) / 2;
    double best = -1;
    for (int k = from + 1; k < to; k++) {
      double dx = ring.get(k)[0] - ring.get(from)[0];
      double dy = ring.get(k)[1] - ring.get(from)[1];
      if (dx * dx + dy * dy > best) {
        best = dx * dx + dy * dy;
        far = k;
      }
    }
    return far;
  }

  /** The squared distance from p to the segment from a to b. */
  private static double squaredDistance(double[] p, double[] a, double[] b) {
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double length = dx * dx + dy * dy;
    double t = length == 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length;
    t = Math.max(0, Math.min(1, t));
    double x = a[0] + t * dx - p[0];
    double y = a[1] + t * dy - p[1];
    return x * x + y * y;
  }

  /** Traces every point of the ring, closed. */
  private static void traceAll(Path2D path, List<double[]> ring) {
    for (int k = 0; k < ring.size(); k++) {
      if (k == 0) {
        path.moveTo(ring.get(k)[0], ring.get(k)[1]);
      } else {
        path.lineTo(ring.get(k)[0], ring.get(k)[1]);
      }
    }
    path.closePath();
  }

  /** The globe's outline: the meridians ±180 from pole to pole. */
  static Path2D globe() {
    Path2D outline = new Path2D.Double();
    for (int lat = -90; lat <= 90; lat++) {
      double[] p = project(180, lat);
      if (lat == -90) {
        outline.moveTo(p[0], p[1]);
      } else {
        outline.lineTo(p[0], p[1]);
      }
    }
    for (int lat = 90; lat >= -90; lat--) {
      double[] p = project(-180, lat);
      outline.lineTo(p[0], p[1]);
    }
    outline.closePath();
    return outline;
  }

  /** Equal Earth (Šavrič, Patterson and Jenny, 2018), to pixels of the map area. */
  static double[] project(double longitude, double latitude) {
    final double a1 = 1.340264;
    final double a2 = -0.081106;
    final double a3 = 0.000893;
    final double a4 = 0.003796;
    final double m = Math.sqrt(3) / 2;
    double lambda = Math.toRadians(longitude);
    double theta = Math.asin(m * Math.sin(Math.toRadians(latitude)));
    double t2 = theta * theta;
    double t6 = t2 * t2 * t2;
    double x = lambda * Math.cos(theta) / (m * (a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2)));
    double y = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2));
    return new double[] {
      WorldMap.WIDTH / 2.0 + x * WorldMap.SCALE,
      WorldMap.TOP + 1.3173 * WorldMap.SCALE - y * WorldMap.SCALE
    };
  }

  static double[] doubles(JsonNode pair) {
    return new double[] {pair.get(0).asDouble(), pair.get(1).asDouble()};
  }
}
