package org.rt2kb.practice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Natural Earth's 1:110m countries (TopoJSON, {@code src/map}) into the outlines the world map draws: projected
 * with the Equal Earth projection (equal areas, so shading compares fairly), simplified arc by arc (so neighbours
 * keep one shared border) and written as SVG path data, one country per line, keyed by ISO alpha-2 code. Antarctica
 * is left out: no practice comes from it, and it would take a fifth of the height.
 */
final class NaturalEarthOutlines {

    static final Path SOURCE = Path.of("src/map/countries-110m.json");
    static final Path CODES = Path.of("src/map/iso-3166-numeric.tsv");
    static final Path OUTPUT = Path.of("src/main/resources/map/world.txt");

    private static final double WIDTH = 1000;
    /** How far, in map units (a thousandth of the width), a simplified border may stray from the original. */
    private static final double TOLERANCE = 0.6;
    /** Islands and enclaves smaller than this (square map units) are dropped, except a country's largest part. */
    private static final double SMALLEST_PART = 1.5;

    private static final String ANTARCTICA = "010";
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /**
     * Which way a ring crossing the 180th meridian is unwrapped: Russia's and Fiji's are drawn twice, once with their
     * western longitudes moved east and once the other way, each copy cut to the map's outline.
     */
    private enum Unwrap {
        NONE,
        EAST,
        WEST;

        double longitude(double longitude) {
            return switch (this) {
                case NONE -> longitude;
                case EAST -> longitude < 0 ? longitude + 360 : longitude;
                case WEST -> longitude > 0 ? longitude - 360 : longitude;
            };
        }
    }

    private final List<double[][]> arcs;
    private final double[] bounds;
    private final double scale;
    private final Map<String, double[][]> simplified = new HashMap<>();

    private NaturalEarthOutlines(List<double[][]> arcs, List<JsonNode> countries) {
        this.arcs = arcs;
        this.bounds = bounds(arcs, countries);
        this.scale = WIDTH / (bounds[2] - bounds[0]);
    }

    /** The outlines file's text. */
    static String generate() throws IOException {
        JsonNode topology = JsonMapper.builder().build().readTree(SOURCE.toFile());
        Map<String, String> alpha2 = numericToAlpha2();
        List<JsonNode> countries = new ArrayList<>();
        topology.path("objects").path("countries").path("geometries").forEach(countries::add);
        countries.removeIf(c -> ANTARCTICA.equals(c.path("id").asString("")));
        NaturalEarthOutlines outlines = new NaturalEarthOutlines(arcs(topology), countries);

        Map<String, String> paths = new TreeMap<>();
        for (JsonNode country : countries) {
            String code = alpha2.get(country.path("id").asString(""));
            if (code != null) {
                paths.put(code, outlines.path(polygons(country)));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(
                "# Natural Earth 1:110m countries (public domain), through world-atlas 2.0.2; made by NaturalEarthOutlines (src/test).\n");
        out.append(String.format(
                Locale.ROOT,
                "viewBox\t0 0 %.0f %.0f%n",
                WIDTH,
                Math.ceil((outlines.bounds[3] - outlines.bounds[1]) * outlines.scale)));
        paths.forEach((code, d) -> out.append(code).append('\t').append(d).append('\n'));
        return out.toString();
    }

    private static Map<String, String> numericToAlpha2() throws IOException {
        Map<String, String> codes = new HashMap<>();
        for (String line : Files.readAllLines(CODES)) {
            if (!line.startsWith("#")) {
                String[] columns = line.split("\t");
                codes.put(columns[0], columns[1]);
            }
        }
        return codes;
    }

    /** The topology's arcs as longitudes and latitudes (TopoJSON stores them quantized and delta-encoded). */
    private static List<double[][]> arcs(JsonNode topology) {
        JsonNode transform = topology.path("transform");
        double sx = transform.path("scale").get(0).asDouble();
        double sy = transform.path("scale").get(1).asDouble();
        double tx = transform.path("translate").get(0).asDouble();
        double ty = transform.path("translate").get(1).asDouble();
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            double[][] points = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                points[i] = new double[] {x * sx + tx, y * sy + ty};
            }
            arcs.add(points);
        }
        return arcs;
    }

    private static boolean crossesTheAntimeridian(double[][] arc) {
        for (int i = 1; i < arc.length; i++) {
            if (Math.abs(arc[i][0] - arc[i - 1][0]) > 180) {
                return true;
            }
        }
        return false;
    }

    /** The Equal Earth projection (Šavrič, Patterson and Jenny, 2018), y pointing up. */
    static double[] equalEarth(double longitude, double latitude) {
        double a1 = 1.340264;
        double a2 = -0.081106;
        double a3 = 0.000893;
        double a4 = 0.003796;
        double lambda = Math.toRadians(longitude);
        double theta = Math.asin(Math.sqrt(3) / 2 * Math.sin(Math.toRadians(latitude)));
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        double x =
                2 * Math.sqrt(3) * lambda * Math.cos(theta) / (3 * (9 * a4 * t6 * t2 + 7 * a3 * t6 + 3 * a2 * t2 + a1));
        double y = theta * (a4 * t6 * t2 + a3 * t6 + a2 * t2 + a1);
        return new double[] {x, y};
    }

    /** minX, minY, maxX, maxY, projected: the whole width of the world, and the height the countries take. */
    private static double[] bounds(List<double[][]> arcs, List<JsonNode> countries) {
        double edge = equalEarth(180, 0)[0];
        double[] b = {-edge, Double.MAX_VALUE, edge, -Double.MAX_VALUE};
        for (JsonNode country : countries) {
            for (List<List<Integer>> polygon : polygons(country)) {
                for (List<Integer> ring : polygon) {
                    for (int index : ring) {
                        for (double[] p : arcs.get(index < 0 ? ~index : index)) {
                            double y = equalEarth(p[0], p[1])[1];
                            b[1] = Math.min(b[1], y);
                            b[3] = Math.max(b[3], y);
                        }
                    }
                }
            }
        }
        return b;
    }

    /** The arcs of a Polygon or MultiPolygon, as polygons of rings of arc indices. */
    private static List<List<List<Integer>>> polygons(JsonNode geometry) {
        JsonNode arcs = geometry.path("arcs");
        List<List<List<Integer>>> polygons = new ArrayList<>();
        if ("Polygon".equals(geometry.path("type").asString())) {
            polygons.add(rings(arcs));
        } else {
            arcs.forEach(polygon -> polygons.add(rings(polygon)));
        }
        return polygons;
    }

    private static List<List<Integer>> rings(JsonNode polygon) {
        List<List<Integer>> rings = new ArrayList<>();
        for (JsonNode ring : polygon) {
            List<Integer> indices = new ArrayList<>();
            ring.forEach(i -> indices.add(i.asInt()));
            rings.add(indices);
        }
        return rings;
    }

    /** An arc projected into map units (x from the left edge, y down from the top, as SVG draws) and simplified. */
    private double[][] arc(int index, Unwrap unwrap) {
        return simplified.computeIfAbsent(index + " " + unwrap, key -> {
            double[][] arc = arcs.get(index);
            Coordinate[] coordinates = new Coordinate[arc.length];
            for (int i = 0; i < arc.length; i++) {
                coordinates[i] = mapPoint(unwrap.longitude(arc[i][0]), arc[i][1]);
            }
            if (arc.length < 3) {
                return points(coordinates);
            }
            LineString line = GEOMETRY.createLineString(coordinates);
            return points(DouglasPeuckerSimplifier.simplify(line, TOLERANCE).getCoordinates());
        });
    }

    private static double[][] points(Coordinate[] coordinates) {
        double[][] points = new double[coordinates.length][];
        for (int i = 0; i < coordinates.length; i++) {
            points[i] = new double[] {coordinates[i].x, coordinates[i].y};
        }
        return points;
    }

    /** A country's path: its rings joined from arcs, small parts dropped, coordinates to a tenth of a unit. */
    private String path(List<List<List<Integer>>> polygons) {
        List<List<double[]>> rings = new ArrayList<>();
        for (List<List<Integer>> polygon : polygons) {
            for (List<Integer> ring : polygon) {
                boolean crosses = ring.stream().anyMatch(i -> crossesTheAntimeridian(arcs.get(i < 0 ? ~i : i)));
                if (crosses) {
                    rings.addAll(insideTheMap(ring(ring, Unwrap.EAST)));
                    rings.addAll(insideTheMap(ring(ring, Unwrap.WEST)));
                } else {
                    rings.add(ring(ring, Unwrap.NONE));
                }
            }
        }
        List<double[]> largest = rings.stream()
                .max((a, b) -> Double.compare(Math.abs(area(a)), Math.abs(area(b))))
                .orElseThrow();
        StringBuilder d = new StringBuilder();
        for (List<double[]> ring : rings) {
            if (ring == largest || (ring.size() > 3 && Math.abs(area(ring)) >= SMALLEST_PART)) {
                appendRing(d, ring);
            }
        }
        return d.toString();
    }

    /** The parts of an unwrapped ring that fall inside the map's outline, the meridians of 180° east and west. */
    private List<List<double[]>> insideTheMap(List<double[]> ring) {
        Coordinate[] coordinates = new Coordinate[ring.size() + 1];
        for (int i = 0; i < ring.size(); i++) {
            coordinates[i] = new Coordinate(ring.get(i)[0], ring.get(i)[1]);
        }
        coordinates[ring.size()] = coordinates[0];
        Geometry inside = GEOMETRY.createPolygon(coordinates).intersection(outline());
        List<List<double[]>> parts = new ArrayList<>();
        for (int i = 0; i < inside.getNumGeometries(); i++) {
            if (inside.getGeometryN(i) instanceof Polygon part) {
                Coordinate[] exterior = part.getExteriorRing().getCoordinates();
                parts.add(List.of(points(Arrays.copyOf(exterior, exterior.length - 1))));
            }
        }
        return parts;
    }

    private Polygon outline() {
        List<Coordinate> edge = new ArrayList<>();
        for (int latitude = -90; latitude <= 90; latitude++) {
            edge.add(mapPoint(180, latitude));
        }
        for (int latitude = 90; latitude >= -90; latitude--) {
            edge.add(mapPoint(-180, latitude));
        }
        edge.add(edge.get(0));
        return GEOMETRY.createPolygon(edge.toArray(Coordinate[]::new));
    }

    private Coordinate mapPoint(double longitude, double latitude) {
        double[] p = equalEarth(longitude, latitude);
        return new Coordinate((p[0] - bounds[0]) * scale, (bounds[3] - p[1]) * scale);
    }

    private List<double[]> ring(List<Integer> indices, Unwrap unwrap) {
        List<double[]> points = new ArrayList<>();
        for (int index : indices) {
            List<double[]> part = new ArrayList<>(List.of(arc(index < 0 ? ~index : index, unwrap)));
            if (index < 0) {
                Collections.reverse(part);
            }
            points.addAll(points.isEmpty() ? part : part.subList(1, part.size()));
        }
        return points;
    }

    private static double area(List<double[]> ring) {
        double sum = 0;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            sum += (ring.get(j)[0] + ring.get(i)[0]) * (ring.get(j)[1] - ring.get(i)[1]);
        }
        return sum / 2;
    }

    /** A ring in relative moves, rounded so that the rounding errors do not add up along the ring. */
    private static void appendRing(StringBuilder d, List<double[]> ring) {
        long x = Math.round(ring.get(0)[0] * 10);
        long y = Math.round(ring.get(0)[1] * 10);
        d.append('M').append(tenths(x)).append(' ').append(tenths(y));
        StringBuilder moves = new StringBuilder();
        for (int i = 1; i < ring.size() - 1; i++) {
            long nx = Math.round(ring.get(i)[0] * 10);
            long ny = Math.round(ring.get(i)[1] * 10);
            if (nx != x || ny != y) {
                moves.append(moves.isEmpty() ? "l" : " ")
                        .append(tenths(nx - x))
                        .append(' ')
                        .append(tenths(ny - y));
                x = nx;
                y = ny;
            }
        }
        d.append(moves).append('z');
    }

    private static String tenths(long value) {
        String sign = value < 0 ? "-" : "";
        long abs = Math.abs(value);
        return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
    }
}
