package org.signatorytracker.web;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signatorytracker.reports.ReportBasis;

/**
 * What a world map colours: its legend's categories in order, each with the states it stands for (a
 * state in none is drawn as having no record).
 */
final class MapLegend {

  private final Map<String, WorldMap.Category> categoryOf = new LinkedHashMap<>();
  private final List<WorldMap.Category> legend = new ArrayList<>();

  /** Adds a category to the legend and colours these states with it. */
  MapLegend add(String label, Color colour, Collection<String> states) {
    WorldMap.Category category = new WorldMap.Category(label, colour);
    legend.add(category);
    states.forEach(iso3 -> categoryOf.put(iso3, category));
    return this;
  }

  /** The map, its subtitle followed by how the data is known, its source line below. */
  Pictures.Picture draw(WorldMap world, String title, String subtitle, ReportBasis basis) {
    return world.draw(
        title,
        subtitle + ChartLabels.known(basis),
        categoryOf,
        List.copyOf(legend),
        ChartLabels.sourceLine(basis));
  }
}
