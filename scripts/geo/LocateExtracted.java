// Locates the closures the extractor finds in a labelled .jsonl file on a road network, and counts them.
// Usage, from the project root after ./newsalert has built the jar:
//   java -cp app/target/newsalert.jar scripts/geo/LocateExtracted.java corpus/dev-traffic.jsonl \
//        consumer/src/test/resources/geo/dev-notices.schematic.geojson
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsalert.consumer.geo.ClosureLocator;
import io.newsalert.consumer.geo.Location;
import io.newsalert.consumer.geo.RoadNetworkReader;
import io.newsalert.schemas.Article;
import io.newsalert.schemas.TrafficClosure;
import io.newsalert.streams.extract.ClosureExtractors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

public class LocateExtracted {
    public static void main(String[] args) throws Exception {
        var locator = new ClosureLocator(RoadNetworkReader.read(Path.of(args[1])));
        var extractor = ClosureExtractors.standard(Optional.empty());
        var json = new ObjectMapper();
        int total = 0, located = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            JsonNode a = json.readTree(line);
            Article article = Article.newBuilder().setId(a.get("id").asText())
                    .setPublished(LocalDate.parse(a.get("published").asText()))
                    .setHeadline(a.get("headline").asText()).setBody(a.get("body").asText()).setSource("dev").build();
            for (TrafficClosure c : extractor.extract(article)) {
                total++;
                Location l = locator.locate(c);
                if (l.located()) located++;
                System.out.println(a.get("id").asText() + " " + c.getRoad() + " | " + c.getFrom() + " | " + c.getTo()
                        + " -> " + (l.located() ? "located" : l.reason()));
            }
        }
        System.out.println("located " + located + " of " + total + " extracted closures");
    }
}
