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
              .replaceAll(TITLE_BEFORE_SHAPE, "<$2 $3><title>$1</title></$2>");
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
