package dev.tiercel.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code summarize_stats --html}: the page parses as XML, fetches nothing, and every chart bar's data equals the stats
 * file's numbers; when Debian's {@code chromium} is installed it renders the page headless to a non-blank screenshot.
 */
class StatsPageTest {
    private static final Path DATA = SummarizeStatsTest.DATA;

    /** A bar: which chart, run and series it belongs to, its label and value. */
    record Bar(String chart, String run, String series, String label, long value) {}

    static Path page(String... inputs) throws Exception {
        Path out = Files.createTempFile("stats", ".html");
        List<String> args = new ArrayList<>(List.of("-m", "summarize_stats", "--html", out.toString()));
        args.addAll(List.of(inputs));
        Images.Result r = Images.tiercel(SummarizeStatsTest.IMAGE, DATA, Map.of(), args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        return out;
    }

    static List<Bar> bars(Path page) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        Document doc = f.newDocumentBuilder().parse(page.toFile());
        NodeList rects = doc.getElementsByTagName("rect");
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element e = (Element) rects.item(i);
            bars.add(new Bar(e.getAttribute("data-chart"), e.getAttribute("data-run"), e.getAttribute("data-series"),
                    e.getAttribute("data-label"), Long.parseLong(e.getAttribute("data-value"))));
        }
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        return bars;
    }

    static List<Bar> of(List<Bar> bars, String chart) {
        return bars.stream().filter(b -> b.chart().equals(chart)).toList();
    }

    @Test
    void everyChartShowsTheStatsFilesNumbers() throws Exception {
        for (String example : List.of("src.pystats.txt", "calls.pystats.txt", "globals_rebind.pystats.txt")) {
            Path page = page(example);
            try {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                assertThat(html).doesNotContain("http://", "https://", "src=", "href=").contains("<svg");
                Map<String, Long> stats = StatsReport.readStats(DATA.resolve(example));
                check(bars(page), stats, "head", true);
            } finally {
                Files.deleteIfExists(page);
            }
        }
    }

    @Test
    void twoRunsAreDrawnSideBySide() throws Exception {
        Path page = page("--compare", "sum_loop.pystats.txt", "src.pystats.txt");
        try {
            List<Bar> bars = bars(page);
            check(bars, StatsReport.readStats(DATA.resolve("sum_loop.pystats.txt")), "base", false);
            check(bars, StatsReport.readStats(DATA.resolve("src.pystats.txt")), "head", false);
        } finally {
            Files.deleteIfExists(page);
        }
    }

    /** With two runs the hottest are chosen over both, so {@code oneRun} says whether they are this run's top. */
    static void check(List<Bar> all, Map<String, Long> stats, String run, boolean oneRun) {
        List<Bar> bars = all.stream().filter(b -> b.run().equals(run)).toList();
        top(of(bars, "hot-instructions"), named(stats, "opcode[", "].execution_count"), 20, oneRun);
        top(of(bars, "hot-uops"), named(stats, "uops[", "].execution_count"), 20, oneRun);
        Set<String> families = new HashSet<>();
        for (Bar b : of(bars, "specialization")) {
            assertThat(b.value()).as(b.toString())
                    .isEqualTo(stats.getOrDefault("opcode[" + b.label() + "].specialization." + b.series(), 0L));
            families.add(b.label());
        }
        for (var e : named(stats, "opcode[", "].specialization.hit").entrySet()) {
            if (stats.getOrDefault("opcode[" + e.getKey() + "].specializable", 0L) != 0
                    && stats.getOrDefault("opcode[" + e.getKey() + "].execution_count", 0L) != 0) {
                assertThat(families).as("family with hits drawn").contains(e.getKey());
            }
        }
        histogram(of(bars, "hist-trace-length"), stats, "Trace length");
        histogram(of(bars, "hist-optimized-trace-length"), stats, "Optimized trace length");
        histogram(of(bars, "hist-trace-run-length"), stats, "Trace run length");
        List<Bar> executors = of(bars, "executors");
        assertThat(executors).extracting(Bar::label, Bar::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("traces created", stats.get("Optimization traces created")),
                org.assertj.core.groups.Tuple.tuple("executors invalidated", stats.get("Executors invalidated")));
    }

    static Map<String, Long> named(Map<String, Long> stats, String prefix, String suffix) {
        Map<String, Long> m = new LinkedHashMap<>();
        stats.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.endsWith(suffix) && v != 0) {
                String name = k.substring(prefix.length(), k.length() - suffix.length());
                if (!name.contains("[") && !name.contains("]")) {
                    m.put(name, v);
                }
            }
        });
        return m;
    }

    /** The bars are the {@code limit} largest values (ties at the edge either way), each equal to the file's. */
    static void top(List<Bar> bars, Map<String, Long> all, int limit, boolean oneRun) {
        if (!oneRun) {
            assertThat(bars.size()).isLessThanOrEqualTo(limit);
            for (Bar b : bars) {
                assertThat(b.value()).as(b.label()).isEqualTo(all.getOrDefault(b.label(), 0L));
            }
            return;
        }
        assertThat(bars).hasSize(Math.min(limit, all.size()));
        long smallest = Long.MAX_VALUE;
        Set<String> drawn = new HashSet<>();
        for (Bar b : bars) {
            assertThat(b.value()).as(b.label()).isEqualTo(all.get(b.label()));
            smallest = Math.min(smallest, b.value());
            drawn.add(b.label());
        }
        for (var e : all.entrySet()) {
            if (!drawn.contains(e.getKey())) {
                assertThat(e.getValue()).as(e.getKey()).isLessThanOrEqualTo(smallest);
            }
        }
    }

    static void histogram(List<Bar> bars, Map<String, Long> stats, String key) {
        assertThat(bars).as(key).isNotEmpty();
        Pattern p = Pattern.compile("<= (\\d+)");
        for (Bar b : bars) {
            Matcher m = p.matcher(b.label());
            assertThat(m.matches()).as(b.label()).isTrue();
            assertThat(b.value()).as(key + " " + b.label()).isEqualTo(stats.get(key + "[" + m.group(1) + "]"));
        }
        long drawn = bars.stream().mapToLong(Bar::value).sum();
        long total = stats.entrySet().stream().filter(e -> e.getKey().startsWith(key + "["))
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(drawn).as(key + " total").isEqualTo(total);
    }

    @Test
    void rendersInHeadlessChromium() throws Exception {
        Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(chromium != null,
                "Chromium is missing (apt-get install chromium): the page was checked structurally only");
        Path page = page("src.pystats.txt");
        Path shot = Files.createTempFile("stats", ".png");
        try {
            Images.Result r = Images.run(Path.of(".").toAbsolutePath(), Map.of(), null, List.of(chromium.toString(),
                    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1200,2400",
                    "--screenshot=" + shot, page.toUri().toString()));
            assertThat(r.exitCode()).as(r.stderr()).isZero();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(shot)));
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isEqualTo(1200);
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 7) {
                for (int x = 0; x < image.getWidth(); x += 7) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertThat(colours.size()).as("distinct colours in the screenshot").isGreaterThan(5);
            // the bars are drawn: the chart blue appears
            assertThat(colours).contains(0xff2f6fb3);
        } finally {
            Files.deleteIfExists(page);
            Files.deleteIfExists(shot);
        }
    }
}
