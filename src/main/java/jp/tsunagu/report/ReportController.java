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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagu.access.AccessScope;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.identity.Names;

/**
 * /reports/case-collection?from=2022-04&amp;to=2024-03 or ?fiscalYear=2023 [&amp;region=tsugaru]
 * (活動事例集, printable on A4), the same as PDF at /reports/case-collection.pdf?…, and
 * /reports/activities.csv?from=2023-04-01&amp;to=2024-03-31 (one row per activity, and per
 * consultation 随時相談). Parameters
 * are read as text so that a bad one is answered with a Japanese sentence naming it.
 */
@Controller
public class ReportController {

    private final CaseCollection collection;
    private final CaseCollectionPdf pdf;
    private final ActivityQueries activities;
    private final ReportAccess access;
    private final AdviceRows adviceRows;
    private final Names names;

    public ReportController(CaseCollection collection, CaseCollectionPdf pdf, ActivityQueries activities,
            ReportAccess access, AdviceRows adviceRows, Names names) {
        this.collection = collection;
        this.pdf = pdf;
        this.activities = activities;
        this.access = access;
        this.adviceRows = adviceRows;
        this.names = names;
    }

    @GetMapping("/reports/case-collection")
    public String caseCollection(@RequestParam(required = false) String fiscalYear, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String region, Model model) {
        AccessScope scope = access.requireSomeScope();
        model.addAttribute("page", page(fiscalYear, from, to, region, scope));
        model.addAttribute("pdf", false);
        model.addAttribute("mayEdit", access.mayEditCollection());
        return "report/case-collection";
    }

    @GetMapping("/reports/case-collection.pdf")
    public ResponseEntity<byte[]> caseCollectionPdf(@RequestParam(required = false) String fiscalYear,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String region) {
        AccessScope scope = access.requireSomeScope();
        CaseCollection.Page page = page(fiscalYear, from, to, region, scope);
        String name = "活動事例集_" + page.period().from() + "_" + page.period().to() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(pdf.render(page));
    }

    /** fiscalYear=2023 (the original form, with its own messages) or from=2022-04&amp;to=2024-03, not both. */
    private CaseCollection.Page page(String fiscalYear, String from, String to, String region, AccessScope scope) {
        Optional<String> regionId = Optional.ofNullable(region).map(String::strip).filter(id -> !id.isEmpty());
        return periodOf(fiscalYear, from, to)
                .map(period -> collection.of(period, regionId, scope))
                .orElseGet(() -> collection.of(FiscalYear.parse(fiscalYear), regionId, scope));
    }

    /** The months asked for, or empty when the request names a fiscal year (or nothing: FiscalYear says what to write). */
    static Optional<CollectionPeriod> periodOf(String fiscalYear, String from, String to) {
        boolean months = from != null || to != null;
        if (months && fiscalYear != null) {
            throw new InvalidInputException("年度（fiscalYear）と期間（from・to）は、どちらか一方だけを指定してください。");
        }
        return months ? Optional.of(CollectionPeriod.parse(from, to)) : Optional.empty();
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
        ActivitiesCsv csv = ActivitiesCsv.start(writer, names::person);
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
