package org.signatorytracker.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.svg.SVGHints;
import org.signatorytracker.states.StateDirectory;
import org.signatorytracker.states.StateNames;
import org.signatorytracker.states.StateView;

/**
 * The world in the Equal Earth projection (areas true to size), from Natural Earth's shapes, one
 * shape per state of the reference table: a map colours each state by a category and says in a
 * legend how many states each colour stands for. States too small to see at this scale, and states
 * without a shape, get a ringed marker so that a Pacific island's signature is not lost.
 */
@ApplicationScoped
public class WorldMap {

  public static final int WIDTH = 960;
  public static final int HEIGHT = 600;

  static final String SHAPES = "/world/countries-50m.json";

  /** Top of the map area, below the title. */
  static final double TOP = 58;

  /** Scale of the projection, in pixels per unit: the whole world fits the width. */
  static final double SCALE = (WIDTH - 20) / (2 * 2.7207);

  /** The finest detail drawn, in pixels. */
  static final double DETAIL = 0.8;

  /** Shapes smaller than this (in pixels, either side) are shown with a marker too. */
  static final double SMALL = 8;

  /** States of the reference table without a shape at this scale: longitude, latitude. */
  static final Map<String, double[]> WITHOUT_SHAPE = Map.of("TUV", new double[] {179.2, -8.5});

  @Inject StateDirectory states;
  @Inject ObjectMapper json;

  /** The outline of one state (null when it has none) and where its marker goes (if small). */
  record Shape(String iso3, String name, Path2D outline, Point2D marker) {}

  private volatile Outlines outlines;

  /** The states' shapes and the shapes of places outside the reference table. */
  record Outlines(List<Shape> states, List<Path2D> others) {}

  /** One colour of a map's legend, the states it stands for and the label they count under. */
  public record Category(String label, Color colour) {}

  /**
   * A map titled {@code title} that colours each state by {@code categoryOf} (null: no record) and
   * lists the categories in {@code legend}, with their counts.
   */
  public Pictures.Picture draw(
      String title,
      String subtitle,
      Map<String, Category> categoryOf,
      List<Category> legend,
      String sourceLine) {
    Outlines all = outlines();
    return new Pictures.Picture(
        WIDTH,
        HEIGHT,
        title + " — " + subtitle,
        g -> {
          Pictures.heading(g, WIDTH, HEIGHT, title, subtitle);
          g.setStroke(new BasicStroke(0.4f));
          java.awt.Shape unclipped = g.getClip();
          g.clip(globe());
          for (Path2D other : all.others()) {
            fill(g, other, Pictures.OUTSIDE, null, null);
          }
          Map<Category, Integer> counts = new LinkedHashMap<>();
          legend.forEach(c -> counts.put(c, 0));
          Category none = new Category("No record", Pictures.NO_RECORD);
          counts.putIfAbsent(none, 0);
          List<Shape> markers = new ArrayList<>();
          for (Shape shape : all.states()) {
            Category category = categoryOf.getOrDefault(shape.iso3(), none);
            counts.merge(category, 1, Integer::sum);
            if (shape.outline() != null) {
              fill(
                  g,
                  shape.outline(),
                  category.colour(),
                  "st-" + shape.iso3(),
                  shape.name() + ": " + category.label());
            }
            if (shape.marker() != null) {
              markers.add(shape);
            }
          }
          g.setClip(unclipped);
          for (Shape shape : markers) {
            Category category = categoryOf.getOrDefault(shape.iso3(), none);
            // a state with something to show gets a marker that stands out
            double r = category == none ? 2.5 : 4.5;
            Ellipse2D dot =
                new Ellipse2D.Double(
                    shape.marker().getX() - r, shape.marker().getY() - r, 2 * r, 2 * r);
            g.setStroke(new BasicStroke(1.2f));
            fill(
                g,
                dot,
                category.colour(),
                "mk-" + shape.iso3(),
                shape.name() + ": " + category.label());
          }
          drawLegend(g, counts);
          g.setFont(Pictures.SMALL);
          g.setColor(Pictures.MUTED);
          g.drawString(sourceLine, 10, HEIGHT - 8);
        });
  }

  private static void fill(
      Graphics2D g, java.awt.Shape shape, Color colour, String id, String title) {
    if (id != null) {
      g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, id);
      g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title);
    }
    g.setColor(colour);
    g.fill(shape);
    g.setColor(Color.WHITE);
    g.draw(shape);
  }

  private static void drawLegend(Graphics2D g, Map<Category, Integer> counts) {
    int x = 10;
    int y = HEIGHT - 44;
    g.setFont(Pictures.TEXT);
    for (Map.Entry<Category, Integer> entry : counts.entrySet()) {
      String label = entry.getKey().label() + ": " + entry.getValue();
      g.setColor(entry.getKey().colour());
      g.fillRect(x, y - 11, 14, 14);
      g.setColor(Pictures.MUTED);
      g.drawRect(x, y - 11, 14, 14);
      g.setColor(Pictures.INK);
      g.drawString(label, x + 20, y);
      x += 30 + g.getFontMetrics().stringWidth(label);
      if (x > WIDTH - 160) {
        x = 10;
        y += 18;
      }
    }
  }

  private Outlines outlines() {
    Outlines read = outlines;
    if (read == null) {
      synchronized (this) {
        if (outlines == null) {
          outlines = read();
        }
        read = outlines;
      }
    }
    return read;
  }

  /** Reads the TopoJSON once: decodes its arcs, projects them and matches shapes to states. */
  private Outlines read() {
    JsonNode topology;
    try (InputStream in = WorldMap.class.getResourceAsStream(SHAPES)) {
      topology = json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double[] scale = doubles(topology.path("transform").path("scale"));
    double[] translate = doubles(topology.path("transform").path("translate"));
    List<double[][]> arcs = new ArrayList<>();
    for (JsonNode arc : topology.path("arcs")) {
      double[][] points = new double[arc.size()][];
      long x = 0;
      long y = 0;
      for (int i = 0; i < arc.size(); i++) {
        x += arc.get(i).get(0).asLong();
        y += arc.get(i).get(1).asLong();
        points[i] = new double[] {x * scale[0] + translate[0], y * scale[1] + translate[1]};
      }
      arcs.add(points);
    }
    Map<Integer, StateView> byM49 = new LinkedHashMap<>();
    Map<String, StateView> byName = new LinkedHashMap<>();
    for (StateView state : states.all()) {
      if (state.m49() != null && !state.m49().isBlank()) {
        byM49.put(Integer.parseInt(state.m49().strip()), state);
      } else {
        byName.put(StateNames.key(state.name()), state);
        state.aliases().forEach(a -> byName.put(StateNames.key(a), state));
      }
    }
    Map<String, Path2D> outlineOf = new LinkedHashMap<>();
    List<Path2D> others = new ArrayList<>();
    for (JsonNode geometry : topology.path("objects").path("countries").path("geometries")) {
      Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
      JsonNode polygons =
          geometry.path("type").asText().equals("Polygon")
              ? json.createArrayNode().add(geometry.path("arcs"))
              : geometry.path("arcs");
      List<List<double[]>> rings = new ArrayList<>();
      for (JsonNode polygon : polygons) {
        for (JsonNode ring : polygon) {
          rings.addAll(ring(ring, arcs));
        }
      }
      // islands too small to see are left out, unless they are all there is
      List<double[]> largest = null;
      for (List<double[]> ring : rings) {
        if (largest == null || extent(ring) > extent(largest)) {
          largest = ring;
        }
        if (extent(ring) >= DETAIL) {
          trace(path, ring);
        }
      }
      if (path.getCurrentPoint() == null && largest != null) {
        trace(path, largest);
      }
      StateView state = null;
      String id = geometry.path("id").asText("");
      if (!id.isEmpty() && id.chars().allMatch(Character::isDigit)) {
        state = byM49.get(Integer.parseInt(id));
      }
      if (state == null) {
        state = byName.get(StateNames.key(geometry.path("properties").path("name").asText("")));
      }
      if (state == null) {
        others.add(path);
      } else {
        outlineOf.merge(
            state.iso3(),
            path,
            (a, b) -> {
              a.append(b, false);
              return a;
            });
      }
    }
    List<Shape> shapes = new ArrayList<>();
    for (StateView state : states.all()) {
      Path2D outline = outlineOf.get(state.iso3());
      Point2D marker = null;
      if (outline == null) {
        double[] at = WITHOUT_SHAPE.get(state.iso3());
        if (at != null) {
          double[] p = project(at[0], at[1]);
          marker = new Point2D.Double(p[0], p[1]);
        }
      } else {
        Rectangle2D box = outline.getBounds2D();
        if (box.getWidth() < SMALL && box.getHeight() < SMALL) {
          marker = new Point2D.Double(box.getCenterX(), box.getCenterY());
        }
      }
      shapes.add(new Shape(state.iso3(), state.name(), outline, marker));
    }
    return new Outlines(shapes, others);
  }

  /**
   * One ring, projected. A ring that crosses the antimeridian (Russia's Chukotka, Fiji) is
   * unwrapped into longitudes beyond ±180 and comes a second time a world away; the map is clipped
   * to the globe's outline, so each copy shows where it belongs.
   */
  private static List<List<double[]>> ring(JsonNode ring, List<double[][]> arcs) {
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
   * A ring in pixels, without the points closer than {@link #DETAIL} to the last one kept: the
   * 1:50m shapes hold far more points than a 960 px map shows, and each costs time and bytes.
   */
  private static List<double[]> projected(List<double[]> points, double shift) {
    List<double[]> kept = new ArrayList<>();
    for (int k = 0; k < points.size(); k++) {
      double[] p = project(points.get(k)[0] + shift, points.get(k)[1]);
      double[] last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (last == null
          || k == points.size() - 1
          || Math.hypot(p[0] - last[0], p[1] - last[1]) >= DETAIL) {
        kept.add(p);
      }
    }
    return kept;
  }

  /** The larger side of a ring's bounding box, in pixels. */
  private static double extent(List<double[]> ring) {
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

  private static void trace(Path2D path, List<double[]> ring) {
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
    return new double[] {WIDTH / 2.0 + x * SCALE, TOP + 1.3173 * SCALE - y * SCALE};
  }

  private static double[] doubles(JsonNode pair) {
    return new double[] {pair.get(0).asDouble(), pair.get(1).asDouble()};
  }
}
