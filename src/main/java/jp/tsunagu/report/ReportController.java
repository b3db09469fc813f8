package jp.tsunagu.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagu.access.AccessScope;

/**
 * /reports/case-collection?fiscalYear=2023[&amp;region=tsugaru] (活動事例集, printable on A4) and
 * /reports/activities.csv?from=2023-04-01&amp;to=2024-03-31 (one row per activity, and per
 * consultation 随時相談). Parameters
 * are read as text so that a bad one is answered with a Japanese sentence naming it.
 */
@Controller
public class ReportController {

    private final CaseCollection collection;
    private final ActivityQueries activities;
    private final ReportAccess access;
    private final AdviceRows adviceRows;

    public ReportController(CaseCollection collection, ActivityQueries activities, ReportAccess access,
            AdviceRows adviceRows) {
        this.collection = collection;
        this.activities = activities;
        this.access = access;
        this.adviceRows = adviceRows;
    }

    @GetMapping("/reports/case-collection")
    public String caseCollection(@RequestParam(required = false) String fiscalYear,
            @RequestParam(required = false) String region, Model model) {
        AccessScope scope = access.requireSomeScope();
        FiscalYear year = FiscalYear.parse(fiscalYear);
        Optional<String> regionId = Optional.ofNullable(region).map(String::strip).filter(id -> !id.isEmpty());
        model.addAttribute("page", collection.of(year, regionId, scope));
        return "report/case-collection";
    }

    @GetMapping("/reports/activities.csv")
    public void activitiesCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletResponse response) throws IOException {
        AccessScope scope = access.requireSomeScope();
        Period period = Period.parse(from, to);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("活動記録_" + period.from() + "_" + period.to() + ".csv", StandardCharsets.UTF_8).build().toString());
        Writer writer = response.getWriter();
        ActivitiesCsv csv = ActivitiesCsv.start(writer);
        // the period's consultations (few) go in among the activity records (many, streamed) by date
        Deque<AdviceRow> advice = new ArrayDeque<>(adviceRows.of(period, scope));
        activities.forEach(period, scope, row -> {
            while (!advice.isEmpty() && !advice.peek().date().isAfter(row.date())) {
                csv.advice(advice.poll());
            }
            csv.row(row);
        });
        advice.forEach(csv::advice);
        writer.flush();
    }
}
