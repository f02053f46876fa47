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
  static final double DETAIL = 1.0;

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
          g.clip(MapProjection.globe());
          // the borders are drawn once, as one outline over every shape, after the fills
          Path2D borders = new Path2D.Double(Path2D.WIND_EVEN_ODD);
          for (Path2D other : all.others()) {
            fill(g, other, Pictures.OUTSIDE, null, null);
            borders.append(other, false);
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
              borders.append(shape.outline(), false);
            }
            if (shape.marker() != null) {
              markers.add(shape);
            }
          }
          g.setColor(Color.WHITE);
          g.draw(borders);
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
            g.setColor(Color.WHITE);
            g.draw(dot);
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
    double[] scale = MapProjection.doubles(topology.path("transform").path("scale"));
    double[] translate = MapProjection.doubles(topology.path("transform").path("translate"));
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
          rings.addAll(MapProjection.ring(ring, arcs));
        }
      }
      // islands too small to see are left out, unless they are all there is
      List<double[]> largest = null;
      for (List<double[]> ring : rings) {
        if (largest == null || MapProjection.extent(ring) > MapProjection.extent(largest)) {
          largest = ring;
        }
        if (MapProjection.extent(ring) >= DETAIL) {
          MapProjection.trace(path, ring);
        }
      }
      if (path.getCurrentPoint() == null && largest != null) {
        MapProjection.trace(path, largest);
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
          double[] p = MapProjection.project(at[0], at[1]);
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
}
