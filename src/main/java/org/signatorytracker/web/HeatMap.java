package org.signatorytracker.web;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.svg.SVGHints;

/**
 * A matrix of agreement indices (0 to 1) as a heat map: viridis colours, readable in grey and with
 * every common colour-vision deficiency, each cell's value written in it while the cells are large
 * enough to hold it.
 */
final class HeatMap {

  private HeatMap() {}

  private static final Color[] VIRIDIS = {
    new Color(0x440154),
    new Color(0x3B528B),
    new Color(0x21918C),
    new Color(0x5EC962),
    new Color(0xFDE725)
  };

  /** The matrix's side in pixels at most: more states get smaller cells, never a bigger canvas. */
  static final double GRID = 720;

  static final double LARGEST_CELL = 44;

  /** The smallest label font; with cells smaller than it, every second (third…) state is named. */
  static final float SMALLEST_FONT = 6;

  static Pictures.Picture draw(
      String title,
      String subtitle,
      List<String> labels,
      List<List<Double>> values,
      String source) {
    int n = labels.size();
    double cell = Math.min(LARGEST_CELL, GRID / Math.max(1, n));
    int grid = (int) Math.ceil(n * cell);
    int left = 70;
    int top = 110;
    int width = Math.max(640, left + grid + 40);
    int height = top + grid + 90;
    boolean writeValues = cell >= 30;
    // a gap between cells while they are large enough to spare a pixel
    double side = cell >= 6 ? cell - 1 : cell;
    float fontSize = (float) Math.max(SMALLEST_FONT, Math.min(12, cell - 3));
    int every = (int) Math.ceil((fontSize + 1) / cell);
    return new Pictures.Picture(
        width,
        height,
        title + " — " + subtitle,
        g -> {
          Pictures.heading(g, width, height, title, subtitle);
          Font small = Pictures.SMALL.deriveFont(fontSize);
          g.setFont(small);
          FontMetrics metrics = g.getFontMetrics();
          for (int i = 0; i < n; i++) {
            double y = top + i * cell;
            if (i % every == 0) {
              g.setColor(Pictures.INK);
              String label = labels.get(i);
              float baseline = (float) (y + cell / 2 + fontSize / 3);
              g.drawString(label, left - 6 - metrics.stringWidth(label), baseline);
              AffineTransform saved = g.getTransform();
              g.translate(left + i * cell + cell / 2 + fontSize / 3, top - 6);
              g.rotate(-Math.PI / 2);
              g.drawString(label, 0, 0);
              g.setTransform(saved);
            }
            for (int j = 0; j < n; j++) {
              Double v = values.get(i).get(j);
              Color colour = v == null ? Pictures.NO_RECORD : colour(v);
              g.setRenderingHint(
                  SVGHints.KEY_ELEMENT_ID, "cell-" + labels.get(i) + "-" + labels.get(j));
              g.setRenderingHint(
                  SVGHints.KEY_ELEMENT_TITLE,
                  labels.get(i)
                      + " and "
                      + labels.get(j)
                      + ": "
                      + (v == null ? "no shared occasion" : format(v)));
              g.setColor(colour);
              g.fill(new Rectangle2D.Double(left + j * cell, y, side, side));
              if (writeValues && v != null) {
                g.setColor(v > 0.6 ? Pictures.INK : Color.WHITE);
                String text = format(v);
                g.drawString(
                    text,
                    (float) (left + j * cell + (cell - metrics.stringWidth(text)) / 2),
                    (float) (y + cell / 2 + 4));
              }
            }
          }
          // the scale
          int y = top + grid + 24;
          g.setFont(Pictures.SMALL);
          for (int k = 0; k <= 100; k++) {
            g.setColor(colour(k / 100.0));
            g.fillRect(left + k * 2, y, 2, 12);
          }
          g.setColor(Pictures.INK);
          g.drawString("0 (never agree)", left, y + 26);
          g.drawString("1 (always agree)", left + 150, y + 26);
          g.setColor(Pictures.MUTED);
          g.drawString(source, 10, height - 8);
        });
  }

  static String format(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Viridis, interpolated between five stops. */
  static Color colour(double v) {
    double x = Math.max(0, Math.min(1, v)) * (VIRIDIS.length - 1);
    int i = Math.min(VIRIDIS.length - 2, (int) Math.floor(x));
    double t = x - i;
    Color a = VIRIDIS[i];
    Color b = VIRIDIS[i + 1];
    return new Color(
        (int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
        (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
        (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
  }
}
