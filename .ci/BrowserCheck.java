import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders HTML files in headless Chromium through ChromeDriver (the Debian packages chromium and
 * chromium-driver) and fails on any console error, uncaught exception or failed resource, keeping a
 * full-page screenshot of each file.
 *
 * <p>A single-file Java program with no dependency (JDK 17+: {@code java .ci/BrowserCheck.java}):
 * it speaks the W3C WebDriver protocol to a chromedriver it starts on a free local port, with the
 * browser and performance logs enabled ({@code goog:loggingPrefs}); every SEVERE entry of the
 * browser log is a failure (console.error, uncaught exceptions, "Failed to load resource", blocked
 * content). Because reports must be self-contained, any request the page makes besides its own
 * document (seen as {@code Network.requestWillBeSent} in the performance log, which covers
 * {@code file:} URLs too, unlike the Resource Timing API) is a failure as well, even when it loads;
 * {@code data:} URLs are part of the page and allowed.
 *
 * <pre>
 * java .ci/BrowserCheck.java [--out DIR] FILE.html...
 * </pre>
 * Exit status: 0 when every file is clean, 1 when any is not, 2 on a usage or browser problem.
 */
public final class BrowserCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private String session;

    private BrowserCheck(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("target", "browser-check");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                out = Path.of(args[++i]);
            } else if (args[i].startsWith("-")) {
                usage("unknown option " + args[i]);
            } else {
                files.add(Path.of(args[i]).toAbsolutePath().normalize());
            }
        }
        if (files.isEmpty()) {
            usage("no HTML file given");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                usage("no such file: " + file);
            }
        }
        Files.createDirectories(out);
        System.exit(run(files, out));
    }

    private static void usage(String problem) {
        System.err.println("browser-check: " + problem);
        System.err.println("usage: java .ci/BrowserCheck.java [--out DIR] FILE.html...");
        System.exit(2);
    }

    private static int run(List<Path> files, Path out) throws Exception {
        String driver = System.getenv().getOrDefault("CHROMEDRIVER", "chromedriver");
        String browser = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path driverLog = out.resolve("chromedriver.log");
        Process process = new ProcessBuilder(driver, "--port=" + port, "--log-path=" + driverLog).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.resolve("chromedriver.out").toFile())).start();
        BrowserCheck check = new BrowserCheck(port);
        int failed = 0;
        try {
            check.awaitReady(process);
            check.startSession(browser);
            Set<String> shots = new HashSet<>();
            for (Path file : files) {
                String shot = shotName(file.getFileName().toString());
                for (int n = 2; !shots.add(shot); n++) {
                    shot = shotName(file.getFileName().toString()).replace(".png", "-" + n + ".png");
                }
                List<String> problems = check.render(file, out.resolve(shot));
                if (problems.isEmpty()) {
                    System.out.println("browser-check: ok   " + file + " (screenshot " + out.resolve(shot) + ")");
                } else {
                    failed++;
                    System.out.println("browser-check: FAIL " + file + " (screenshot " + out.resolve(shot) + ")");
                    problems.forEach(p -> System.out.println("    " + p));
                }
            }
        } catch (IOException | IllegalStateException e) {
            System.err.println("browser-check: the browser could not be driven: " + e.getMessage());
            System.err.println("browser-check: see " + driverLog);
            return 2;
        } finally {
            check.endSession();
            process.destroy();
        }
        System.out.println("browser-check: " + (files.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    private static String shotName(String htmlName) {
        return htmlName.replaceAll("\\.html?$", "") + ".png";
    }

    private void awaitReady(Process process) throws IOException, InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("chromedriver exited with status " + process.exitValue());
            }
            try {
                Object status = Json.parse(send("GET", "/status", null));
                if (Boolean.TRUE.equals(path(status, "value", "ready"))) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("chromedriver did not become ready in 10 s");
    }

    private void startSession(String browser) throws IOException, InterruptedException {
        String capabilities = "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\","
                + "\"goog:chromeOptions\":{\"binary\":" + Json.quote(browser) + ",\"args\":[\"--headless=new\","
                + "\"--no-sandbox\",\"--disable-gpu\",\"--disable-dev-shm-usage\",\"--window-size=1280,1024\","
                + "\"--lang=en-US\"]},\"goog:loggingPrefs\":{\"browser\":\"ALL\",\"performance\":\"ALL\"}}}}";
        Object created = Json.parse(send("POST", "/session", capabilities));
        Object id = path(created, "value", "sessionId");
        if (!(id instanceof String)) {
            throw new IllegalStateException("no session: " + created);
        }
        session = (String) id;
    }

    private void endSession() {
        if (session != null) {
            try {
                send("DELETE", "/session/" + session, null);
            } catch (IOException | InterruptedException e) {
                // the driver goes down next
            }
        }
    }

    /** Loads one file, returns its problems, and keeps a full-page screenshot in {@code shot}. */
    private List<String> render(Path file, Path shot) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        log("browser"); // drop what an earlier page left
        log("performance");
        String page = file.toUri().toString();
        command("/url", "{\"url\":" + Json.quote(page) + "}");
        for (int i = 0; i < 50 && !"complete".equals(script("return document.readyState")); i++) {
            Thread.sleep(100);
        }
        for (String url : requests(log("performance"))) {
            if (!url.equals(page) && !url.startsWith("data:")) {
                problems.add("fetched " + url + " (a report must be self-contained)");
            }
        }
        Object entries = log("browser");
        if (entries instanceof List<?> list) {
            for (Object entry : list) {
                Object level = path(entry, "level");
                if ("SEVERE".equals(level)) {
                    problems.add("console " + level + ": " + path(entry, "message"));
                } else if ("WARNING".equals(level)) {
                    System.out.println("    (console warning, not a failure: " + path(entry, "message") + ")");
                }
            }
        }
        Object text = script("return document.body ? document.body.innerText.trim().length : 0");
        if (text instanceof Number n && n.intValue() == 0) {
            problems.add("the page shows no text");
        }
        Object metrics = command("/goog/cdp/execute", "{\"cmd\":\"Page.getLayoutMetrics\",\"params\":{}}");
        Object width = path(metrics, "value", "cssContentSize", "width");
        Object height = path(metrics, "value", "cssContentSize", "height");
        String clip = width instanceof Number w && height instanceof Number h
                ? ",\"clip\":{\"x\":0,\"y\":0,\"width\":" + Math.ceil(w.doubleValue()) + ",\"height\":"
                        + Math.min(Math.ceil(h.doubleValue()), 16000) + ",\"scale\":1}"
                : "";
        Object captured = command("/goog/cdp/execute", "{\"cmd\":\"Page.captureScreenshot\",\"params\":{\"format\":\"png\","
                + "\"captureBeyondViewport\":true" + clip + "}}");
        Object data = path(captured, "value", "data");
        if (data instanceof String png) {
            Files.write(shot, Base64.getDecoder().decode(png));
        } else {
            problems.add("no screenshot: " + captured);
        }
        return problems;
    }

    private Object log(String type) throws IOException, InterruptedException {
        return path(command("/se/log", "{\"type\":" + Json.quote(type) + "}"), "value");
    }

    /** The URL of every request in performance log entries (each a DevTools event as JSON text), in order. */
    private static Set<String> requests(Object entries) {
        Set<String> urls = new LinkedHashSet<>();
        if (entries instanceof List<?> list) {
            for (Object entry : list) {
                Object message = path(entry, "message");
                if (message instanceof String text) {
                    Object event = path(Json.parse(text), "message");
                    if ("Network.requestWillBeSent".equals(path(event, "method"))
                            && path(event, "params", "request", "url") instanceof String url) {
                        urls.add(url);
                    }
                }
            }
        }
        return urls;
    }

    private Object script(String script) throws IOException, InterruptedException {
        return path(command("/execute/sync", "{\"script\":" + Json.quote(script) + ",\"args\":[]}"), "value");
    }

    private Object command(String path, String body) throws IOException, InterruptedException {
        Object reply = Json.parse(send("POST", "/session/" + session + path, body));
        Object error = path(reply, "value", "error");
        if (error != null) {
            throw new IllegalStateException(path + ": " + error + ": " + path(reply, "value", "message"));
        }
        return reply;
    }

    private String send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Follows object keys; null when a key is missing. */
    private static Object path(Object node, String... keys) {
        Object at = node;
        for (String key : keys) {
            if (!(at instanceof Map<?, ?> map)) {
                return null;
            }
            at = map.get(key);
        }
        return at;
    }

    /** Just enough JSON for WebDriver replies: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.i != text.length()) {
                throw new IllegalStateException("trailing content in JSON at " + json.i);
            }
            return value;
        }

        static String quote(String text) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    b.append('\\').append(c);
                } else if (c < 0x20) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            return b.append('"').toString();
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            space();
            if (i >= s.length()) {
                throw new IllegalStateException("unexpected end of JSON");
            }
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                i++;
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return map;
                }
                while (true) {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    map.put(key, value());
                    space();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect('}');
                        return map;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    space();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect(']');
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw new IllegalStateException("unexpected '" + c + "' in JSON at " + i);
            }
            return Double.parseDouble(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n': b.append('\n'); break;
                        case 't': b.append('\t'); break;
                        case 'r': b.append('\r'); break;
                        case 'b': b.append('\b'); break;
                        case 'f': b.append('\f'); break;
                        case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                        default: b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            i++;
            return b.toString();
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw new IllegalStateException("expected '" + c + "' in JSON at " + i);
            }
            i++;
        }
    }
}
