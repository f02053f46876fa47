package org.signatorytracker.web;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a picture once, in Java2D, and hands it out as SVG (for papers and the pages) or PNG (for
 * slides): the two show the same thing because they are the same drawing. Colours are the Okabe–Ito
 * set, told apart with every common colour-vision deficiency.
 */
public final class Pictures {

  private Pictures() {}

  public static final String SVG = "image/svg+xml";
  public static final String PNG = "image/png";

  /** Okabe–Ito: blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow. */
  public static final List<Color> PALETTE =
      List.of(
          new Color(0x0072B2),
          new Color(0xD55E00),
          new Color(0x009E73),
          new Color(0xE69F00),
          new Color(0xCC79A7),
          new Color(0x56B4E9),
          new Color(0xF0E442));

  /**
   * Colours beyond the seven of Okabe–Ito (an issue may have ten sides, and abstain and both), from
   * Paul Tol's muted set: indigo, green, olive, wine, purple.
   */
  private static final List<Color> MORE =
      List.of(
          new Color(0x332288),
          new Color(0x117733),
          new Color(0x999933),
          new Color(0x882255),
          new Color(0xAA4499));

  /** The {@code i}th colour of a picture's categories: Okabe–Ito first, then Tol's. */
  public static Color colour(int i) {
    int n = PALETTE.size() + MORE.size();
    int k = Math.floorMod(i, n);
    return k < PALETTE.size() ? PALETTE.get(k) : MORE.get(k - PALETTE.size());
  }

  /** States with nothing to show, and shapes of territories outside the reference table. */
  public static final Color NO_RECORD = new Color(0xD9D9D9);

  public static final Color OUTSIDE = new Color(0xF2F2F2);
  public static final Color INK = new Color(0x1B1B1B);
  public static final Color MUTED = new Color(0x545454);

  public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
  public static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  public static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  /**
   * JFreeSVG writes a shape's title just before its group; SVG shows a title as the tooltip of its
   * parent, so it is moved inside.
   */
  private static final String TITLE_BEFORE_GROUP = "<title>([^<]*)</title>(<g id='[^']*'[^>]*>)";

  private static final String TITLE_BEFORE_SHAPE =
      "<title>([^<]*)</title><(\\w+) (id='[^']*'[^>]*?)/>";

  private static final java.util.regex.Pattern PATH_DATA =
      java.util.regex.Pattern.compile(" d='([MLZ0-9.,-]+)'");

  private static final java.util.regex.Pattern STEP =
      java.util.regex.Pattern.compile("([MLZ])(?:(-?[0-9.]+),(-?[0-9.]+))?");

  /**
   * Path data of straight lines written relative to the point before, in tenths ({@code
   * M757,513.1L757.1,513.1} becomes {@code M757,513.1l.1,0}), one command letter for a run of
   * lines: the same shapes in about half the characters, which is most of a world map.
   */
  static String relativePaths(String svg) {
    java.util.regex.Matcher path = PATH_DATA.matcher(svg);
    StringBuilder out = new StringBuilder(svg.length());
    while (path.find()) {
      path.appendReplacement(out, "");
      out.append(" d='").append(relative(path.group(1))).append('\'');
    }
    path.appendTail(out);
    return out.toString();
  }

  private static String relative(String data) {
    StringBuilder out = new StringBuilder(data.length());
    java.util.regex.Matcher step = STEP.matcher(data);
    long x = 0;
    long y = 0;
    long startX = 0;
    long startY = 0;
    char last = ' ';
    int at = 0;
    while (step.find()) {
      if (step.start() != at) {
        return data; // not only M, L and Z: left as it is
      }
      at = step.end();
      char command = step.group(1).charAt(0);
      if (command == 'Z') {
        out.append('z');
        last = 'z';
        // a closed path's point is where it started
        x = startX;
        y = startY;
        continue;
      }
      long nx = Math.round(Double.parseDouble(step.group(2)) * 10);
      long ny = Math.round(Double.parseDouble(step.group(3)) * 10);
      if (command == 'M') {
        out.append('M').append(tenths(nx / 10.0)).append(',').append(tenths(ny / 10.0));
        last = 'M';
        startX = nx;
        startY = ny;
      } else {
        String dx = tenths((nx - x) / 10.0);
        String dy = tenths((ny - y) / 10.0);
        if (last != 'l') {
          out.append('l');
        } else if (!dx.startsWith("-")) {
          out.append(' ');
        }
        out.append(dx);
        if (!dy.startsWith("-")) {
          out.append(',');
        }
        out.append(dy);
        last = 'l';
      }
      x = nx;
      y = ny;
    }
    return at == data.length() ? out.toString() : data;
  }

  /** A coordinate to a tenth, written without a trailing ".0". */
  static String tenths(double value) {
    long tenths = Math.round(value * 10);
    long whole = tenths / 10;
    long fraction = Math.abs(tenths % 10);
    String sign = tenths < 0 && whole == 0 ? "-" : "";
    return fraction == 0 ? sign + whole : sign + whole + "." + fraction;
  }

  /** Text as XML character data. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A white page with the picture's title and, below it, what it shows. */
  public static void heading(Graphics2D g, int width, int height, String title, String subtitle) {
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(INK);
    g.setFont(TITLE);
    g.drawString(title, 10, 24);
    g.setFont(TEXT);
    g.setColor(MUTED);
    g.drawString(subtitle, 10, 44);
  }

  /** A picture of a given size, drawn by {@code draw}. */
  public record Picture(int width, int height, String title, Consumer<Graphics2D> draw) {

    public String svg() {
      SVGGraphics2D g = new SVGGraphics2D(width, height);
      g.setDefsKeyPrefix("st");
      // a tenth of a pixel is finer than any screen or print shows
      g.setGeomDoubleConverter(Pictures::tenths);
      draw.accept(g);
      String element = g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
      int open = element.indexOf('>') + 1;
      // the picture's title, for screen readers and file browsers
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + element.substring(0, open)
          + "<title>"
          + escape(title)
          + "</title>"
          + element
              .substring(open)
              .replaceAll(TITLE_BEFORE_GROUP, "$2<title>$1</title>")
              .replaceAll(TITLE_BEFORE_SHAPE, "<$2 $3><title>$1</title></$2>")
              .transform(Pictures::relativePaths);
    }

    public byte[] png() {
      // twice the size, so that slides stay sharp
      BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(2, 2);
      draw.accept(g);
      g.dispose();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        ImageIO.write(image, "png", out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }
  }
}
