package be.openpas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.openpas.distribution.Payer;
import be.openpas.distribution.PayerAmount;
import be.openpas.event.EventView;
import be.openpas.passholder.PassholderId;
import be.openpas.passholder.PassholderView;
import be.openpas.passholder.Passholders;
import be.openpas.support.ApiTest;
import be.openpas.support.Fixtures;
import be.openpas.support.MutableClock;
import be.openpas.support.MutableClockConfiguration;
import be.openpas.support.SaleFixtures;
import be.openpas.support.Tokens;
import be.openpas.ticketing.TicketSale;
import be.openpas.ticketing.TicketSaleId;
import be.openpas.ticketing.TicketSales;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The zip of a financial report reconciles to the cent with the stored sales: per paying party (each municipality
 * and funder) the spreadsheet and the CSV list exactly the sales that party pays part of, cancelled sales left out,
 * with the amounts stored at sale time; their sums are the totals to be reimbursed; and no passholder is named.
 */
@ApiTest
@Import({ReportWorld.class, MutableClockConfiguration.class})
class ReportContentsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    SaleFixtures saleFixtures;

    @Autowired
    TicketSales ticketSales;

    @Autowired
    Passholders passholders;

    @Autowired
    Reports reports;

    @Autowired
    JsonMapper json;

    @Autowired
    ReportWorld world;

    Fixtures.Region region;
    RequestPostProcessor counter;
    List<PassholderView> holders = new ArrayList<>();
    List<TicketSale> kept = new ArrayList<>();
    List<TicketSale> cancelled = new ArrayList<>();

    @BeforeEach
    void setUp() {
        clock.setBrussels("2026-06-01T09:00");
        region = world.region();
        String client = saleFixtures.clientFor(region.counterId());
        counter = Tokens.as(mvc, client, Fixtures.secretOf(client));
        LocalDate end = LocalDate.of(2027, 4, 30);
        PassholderView an = world.passholder(region, "9000", "Gent", end);
        PassholderView bart = world.passholder(region, "9030", "Mariakerke", end);
        PassholderView chris = world.passholder(region, "9900", "Eeklo", end);
        PassholderView dina = world.passholder(region, "9900", "Eeklo", end);
        holders.addAll(List.of(an, bart, chris, dina));
        EventView concert = world.event(region, "18.00");
        EventView theatre = world.event(region, "9.99");

        clock.setBrussels("2026-06-03T20:00");
        kept.add(world.sell(concert, an, "18.00"));
        kept.add(world.sell(concert, bart, "6.00", "-26 jaar"));
        kept.add(world.sell(concert, chris, "18.00"));
        clock.setBrussels("2026-06-14T15:30");
        kept.add(world.sell(theatre, an, "9.99"));
        kept.add(world.sell(theatre, dina, "9.99"));
        TicketSale abandoned = world.sell(theatre, chris, "9.99");
        ticketSales.cancel(TicketSaleId.of(abandoned.id()), "report-tests").orElseThrow();
        cancelled.add(abandoned);
        clock.setBrussels("2026-06-30T23:45");
        kept.add(world.sell(theatre, bart, "9.99"));
        TicketSale refunded = world.sell(concert, dina, "18.00");
        ticketSales.cancel(TicketSaleId.of(refunded.id()), "report-tests").orElseThrow();
        cancelled.add(refunded);
        // outside the period: the first minute of July in Brussels (still 30 June in UTC)
        clock.setBrussels("2026-07-01T00:00");
        world.sell(concert, an, "18.00");
        clock.setBrussels("2026-07-02T10:00");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    byte[] report(String start, String end) throws Exception {
        String body = mvc.perform(post("/organizers/{id}/financial-reports", region.counterId())
                        .with(counter)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"startDate\": \"%s\", \"endDate\": \"%s\"}".formatted(start, end)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("STARTED"))
                .andExpect(jsonPath("$.period.startDate").value(start))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(body).path("id").asLong();
        assertThat(world.finished(id).status()).isEqualTo(ReportStatus.AVAILABLE);
        mvc.perform(get("/organizers/{id}/financial-reports/{reportId}", region.counterId(), id)
                        .with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AVAILABLE"))
                .andExpect(jsonPath("$.message").doesNotExist());
        return mvc.perform(get("/organizers/{id}/financial-reports/{reportId}.zip", region.counterId(), id)
                        .with(counter))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/x-zip-compressed"))
                .andExpect(header().string(
                                "Content-Disposition", org.hamcrest.Matchers.containsString("financialOverview_")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** What each party pays of the kept sales, from the stored shares (never recomputed). */
    Map<String, BigDecimal> expectedPerParty() {
        Map<String, BigDecimal> expected = new HashMap<>();
        for (TicketSale sale : kept) {
            for (PayerAmount share :
                    ticketSales.find(TicketSaleId.of(sale.id())).orElseThrow().shares()) {
                String party = switch (share.payer()) {
                    case MUNICIPALITY -> "gemeente-" + share.name().toLowerCase();
                    case FUNDER -> share.name().toLowerCase().replace(' ', '-');
                    default -> null;
                };
                if (party != null) {
                    expected.merge(party, share.amount(), BigDecimal::add);
                }
            }
        }
        return expected;
    }

    Set<Long> salesPaidBy(Payer payer, String name) {
        Set<Long> ids = new HashSet<>();
        for (TicketSale sale : kept) {
            if (sale.shares().stream().anyMatch(s -> s.payer() == payer && name.equals(s.name()))) {
                ids.add(sale.id());
            }
        }
        return ids;
    }

    @Test
    void everyPayingPartyGetsASpreadsheetAndACsvThatReconcileToTheCentWithTheStoredSales() throws Exception {
        Map<String, byte[]> files = ReportWorld.unzip(report("2026-06-01", "2026-06-30"));

        Map<String, BigDecimal> expected = expectedPerParty();
        assertThat(expected)
                .containsOnlyKeys(
                        "gemeente-gent", "gemeente-eeklo", "provincie-oost-vlaanderen", "fonds-cultuurparticipatie");
        List<String> names = new ArrayList<>();
        expected.keySet().forEach(party -> names.addAll(List.of(party + ".xlsx", party + ".csv")));
        names.addAll(List.of("overzicht.xlsx", "overzicht.csv"));
        assertThat(files).containsOnlyKeys(names);

        // municipality files: the sales of passholders of that municipality (Mariakerke is part of Gent)
        checkParty(files, "gemeente-gent", "Deel gemeente", salesPaidBy(Payer.MUNICIPALITY, "Gent"), expected);
        checkParty(files, "gemeente-eeklo", "Deel gemeente", salesPaidBy(Payer.MUNICIPALITY, "Eeklo"), expected);
        // funders pay part of every sale
        Set<Long> all = new HashSet<>();
        kept.forEach(sale -> all.add(sale.id()));
        checkParty(files, "provincie-oost-vlaanderen", "Deel " + ReportWorld.PROVINCE, all, expected);
        checkParty(files, "fonds-cultuurparticipatie", "Deel " + ReportWorld.FUND, all, expected);

        // the summary of all parties
        List<CSVRecord> summary = csv(files.get("overzicht.csv"));
        Map<String, BigDecimal> summaryAmounts = new HashMap<>();
        for (CSVRecord row : summary) {
            summaryAmounts.put(row.get("Betaler"), new BigDecimal(row.get("Te betalen door betaler")));
        }
        assertThat(summaryAmounts.get("Gemeente Gent")).isEqualByComparingTo(expected.get("gemeente-gent"));
        assertThat(summaryAmounts.get(ReportWorld.FUND))
                .isEqualByComparingTo(expected.get("fonds-cultuurparticipatie"));
        CSVRecord total = summary.getLast();
        assertThat(total.get("Soort betaler")).isEqualTo("Totaal");
        assertThat(Integer.parseInt(total.get("Aantal tickets"))).isEqualTo(kept.size());
        BigDecimal regular = kept.stream().map(TicketSale::regularPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = kept.stream().map(TicketSale::price).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(total.get("Normale prijs"))).isEqualByComparingTo(regular);
        assertThat(new BigDecimal(total.get("Deel pashouders"))).isEqualByComparingTo(paid);
        BigDecimal reimbursed = expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(total.get("Te betalen door betaler"))).isEqualByComparingTo(reimbursed);
        assertThat(new BigDecimal(total.get("Deel pashouders"))
                        .add(new BigDecimal(total.get("Deel organisator")))
                        .add(reimbursed))
                .isEqualByComparingTo(regular);
    }

    void checkParty(
            Map<String, byte[]> files,
            String party,
            String partyColumn,
            Set<Long> expectedSales,
            Map<String, BigDecimal> expected)
            throws Exception {
        // the CSV
        List<CSVRecord> rows = csv(files.get(party + ".csv"));
        Set<Long> ids = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (CSVRecord row : rows) {
            long id = Long.parseLong(row.get("Verkoop-id"));
            ids.add(id);
            TicketSale stored = ticketSales.find(TicketSaleId.of(id)).orElseThrow();
            assertThat(new BigDecimal(row.get("Normale prijs"))).isEqualByComparingTo(stored.regularPrice());
            assertThat(new BigDecimal(row.get("Deel pashouder"))).isEqualByComparingTo(stored.price());
            // every payer's share is in the row and they add up to the regular price
            BigDecimal shares = new BigDecimal(row.get("Deel pashouder"))
                    .add(new BigDecimal(row.get("Deel organisator")))
                    .add(new BigDecimal(row.get("Deel gemeente")))
                    .add(new BigDecimal(row.get("Deel " + ReportWorld.PROVINCE)))
                    .add(new BigDecimal(row.get("Deel " + ReportWorld.FUND)));
            assertThat(shares).isEqualByComparingTo(stored.regularPrice());
            assertThat(row.get("Pashouder (referentie)")).matches("P-[0-9a-f]{12}");
            sum = sum.add(new BigDecimal(row.get(partyColumn)));
        }
        assertThat(ids).as(party + " CSV").isEqualTo(expectedSales);
        assertThat(sum).as(party + " CSV total").isEqualByComparingTo(expected.get(party));
        cancelled.forEach(sale -> assertThat(ids).doesNotContain(sale.id()));

        // the spreadsheet, read back with Apache POI
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.get(party + ".xlsx")))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Overzicht");
            Sheet sales = workbook.getSheet("Verkopen");
            Map<String, Integer> columns = new HashMap<>();
            for (Cell cell : sales.getRow(0)) {
                columns.put(cell.getStringCellValue(), cell.getColumnIndex());
            }
            Set<Long> sheetIds = new HashSet<>();
            BigDecimal sheetSum = BigDecimal.ZERO;
            for (Row row : sales) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                sheetIds.add((long) row.getCell(columns.get("Verkoop-id")).getNumericCellValue());
                sheetSum = sheetSum.add(amount(row.getCell(columns.get(partyColumn))));
                assertThat(row.getCell(columns.get("Datum"))
                                .getLocalDateTimeCellValue()
                                .getMonthValue())
                        .isEqualTo(6);
            }
            assertThat(sheetIds).as(party + " sheet").isEqualTo(expectedSales);
            assertThat(sheetSum).as(party + " sheet total").isEqualByComparingTo(expected.get(party));

            Sheet overview = workbook.getSheet("Overzicht");
            BigDecimal toPay = null;
            for (Row row : overview) {
                Cell label = row.getCell(0);
                if (label != null
                        && label.getCellType() == CellType.STRING
                        && label.getStringCellValue().startsWith("Te betalen door")) {
                    toPay = amount(row.getCell(1));
                    break;
                }
            }
            assertThat(toPay).as(party + " summary").isEqualByComparingTo(expected.get(party));
        }
    }

    static BigDecimal amount(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }

    static List<CSVRecord> csv(byte[] content) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
            return parser.getRecords();
        }
    }

    @Test
    void theFilesNameNoPassholder() throws Exception {
        Map<String, byte[]> files = ReportWorld.unzip(report("2026-06-01", "2026-06-30"));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = file.getKey().endsWith(".csv")
                    ? new String(file.getValue(), StandardCharsets.UTF_8)
                    : xlsxText(file.getValue());
            for (PassholderView holder : holders) {
                PassholderView full =
                        passholders.find(PassholderId.of(holder.id())).orElseThrow();
                assertThat(text)
                        .as(file.getKey())
                        .doesNotContain(full.name())
                        .doesNotContain(full.uitpasNumber().orElseThrow())
                        .doesNotContain(holder.id().toString());
                if (full.inszNumber() != null) {
                    assertThat(text).doesNotContain(full.inszNumber());
                }
            }
        }
    }

    static String xlsxText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('|');
                    }
                }
            }
        }
        return text.toString();
    }

    @Test
    void theSamePassholderHasTheSameReferenceInEveryRow() throws Exception {
        Map<String, byte[]> files = ReportWorld.unzip(report("2026-06-01", "2026-06-30"));
        Map<Long, String> references = new HashMap<>();
        for (CSVRecord row : csv(files.get("provincie-oost-vlaanderen.csv"))) {
            references.put(Long.parseLong(row.get("Verkoop-id")), row.get("Pashouder (referentie)"));
        }
        Map<java.util.UUID, Set<String>> perHolder = new HashMap<>();
        for (TicketSale sale : kept) {
            perHolder.computeIfAbsent(sale.holderId(), h -> new HashSet<>()).add(references.get(sale.id()));
        }
        perHolder.values().forEach(refs -> assertThat(refs).hasSize(1));
        assertThat(perHolder.values().stream()
                        .map(refs -> refs.iterator().next())
                        .distinct())
                .hasSize(perHolder.size());
    }

    @Test
    void theSettlementOfTheCardSystemAddsUpTheSameStoredShares() throws Exception {
        JsonNode settlement =
                json.readTree(mvc.perform(get("/admin/card-systems/{id}/settlement", region.cardSystemId())
                                .param("startDate", "2026-06-01")
                                .param("endDate", "2026-06-30")
                                .with(Tokens.asAdmin(mvc)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        Map<String, BigDecimal> expected = expectedPerParty();
        assertThat(settlement.path("sales").asLong()).isEqualTo(kept.size());
        Map<String, BigDecimal> actual = new HashMap<>();
        for (JsonNode payer : settlement.path("payers")) {
            String key = payer.path("payer").asString().equals("MUNICIPALITY")
                    ? "gemeente-" + payer.path("name").asString().toLowerCase()
                    : payer.path("name").asString().toLowerCase().replace(' ', '-');
            actual.put(key, payer.path("amount").decimalValue());
            assertThat(payer.path("organizers").path(0).path("organizerId").asString())
                    .isEqualTo(region.counterId().toString());
        }
        assertThat(actual).hasSameSizeAs(expected);
        expected.forEach((party, amount) -> assertThat(actual.get(party)).isEqualByComparingTo(amount));
        BigDecimal regular = kept.stream().map(TicketSale::regularPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(settlement.path("regularPrice").decimalValue()).isEqualByComparingTo(regular);
        assertThat(settlement
                        .path("passholders")
                        .decimalValue()
                        .add(settlement.path("organizers").decimalValue())
                        .add(settlement.path("reimbursed").decimalValue()))
                .isEqualByComparingTo(regular);
    }

    @Test
    void aRegionReportListsTheOrganizerOfEverySale() throws Exception {
        String body = mvc.perform(post("/admin/card-systems/{id}/financial-reports", region.cardSystemId())
                        .with(Tokens.asAdmin(mvc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"startDate\": \"2026-06-01\", \"endDate\": \"2026-06-30\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(body).path("id").asLong();
        assertThat(world.finished(id).status()).isEqualTo(ReportStatus.AVAILABLE);
        byte[] zip = mvc.perform(get("/admin/card-systems/{cs}/financial-reports/{id}.zip", region.cardSystemId(), id)
                        .with(Tokens.asAdmin(mvc)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, byte[]> files = ReportWorld.unzip(zip);
        List<CSVRecord> rows = csv(files.get("gemeente-gent.csv"));
        assertThat(rows)
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("Organisator")).startsWith("Balie"));
        BigDecimal sum = rows.stream()
                .map(row -> new BigDecimal(row.get("Deel gemeente")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(expectedPerParty().get("gemeente-gent"));
    }
}
