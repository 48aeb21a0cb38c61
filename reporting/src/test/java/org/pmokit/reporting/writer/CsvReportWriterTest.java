package org.pmokit.reporting.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmokit.reporting.Documents;
import org.pmokit.reporting.Fixtures;
import org.pmokit.reporting.PortfolioReport;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportLanguage;

/** The CSV tables of the CRM report: findings, activities, risks, and the portfolio's rows. */
class CsvReportWriterTest {

    private static final ProjectReport CRM = Fixtures.crmReport();

    @Test
    void findings_oneRowPerFinding() {
        List<List<String>> rows = Documents.csv(ReportWriters.csv(ReportLanguage.ENGLISH).toString(CRM, CsvTable.FINDINGS));
        assertThat(rows.get(0)).containsExactly("Severity", "Rule", "Area", "Subject", "Measured", "Threshold", "Message",
                "Remedy");
        assertThat(rows).hasSize(1 + CRM.findings().size());
        assertThat(rows.get(1)).startsWith("Error", "EVM-002", "Schedule", "project", "0.827", "0.92");
        // "<= 2026-03-05" is not a formula; a threshold such as ">= 1" neither
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("<= 2026-03-05"));
        assertThat(ReportWriters.csv(ReportLanguage.ENGLISH).toString(CRM))
                .isEqualTo(ReportWriters.csv(ReportLanguage.ENGLISH).toString(CRM, CsvTable.FINDINGS));
    }

    @Test
    void activities_withScheduleAndNumbersASpreadsheetReads() {
        List<List<String>> rows = Documents.csv(ReportWriters.csv(ReportLanguage.ENGLISH).toString(CRM, CsvTable.ACTIVITIES));
        assertThat(rows.get(0)).contains("Budget (CNY)", "Total float", "Critical");
        assertThat(rows).hasSize(15);
        assertThat(rows.get(13)).containsExactly("A13", "Staff training", "5.3", "Deployment", "15", "300000.00",
                "Not started", "2026-08-12", "2026-09-01", "2026-09-09", "2026-09-29", "20", "20", "no", "2026-07-30",
                "2026-08-19", "9");
    }

    @Test
    void risks_inChinese_withNegativeEmvAsANumber() {
        List<List<String>> rows = Documents.csv(ReportWriters.csv(ReportLanguage.SIMPLIFIED_CHINESE)
                .toString(CRM, CsvTable.RISKS));
        assertThat(rows.get(0)).startsWith("编号", "标题", "类别", "类型", "状态", "发生概率");
        assertThat(rows.get(0)).contains("预期货币价值 (CNY)");
        assertThat(rows.get(1)).containsExactly("RK1", "Customer data lost or corrupted during migration", "技术风险", "威胁",
                "未关闭", "0.3", "2", "4", "8", "中", "-150000.00", "Data migration lead", "减轻",
                "Dual-run old and new systems; reconcile row counts daily");
        assertThat(rows.get(5)).startsWith("OP1").contains("60000.00", "开拓");
    }

    @Test
    void portfolio_oneRowPerProject() {
        List<List<String>> rows = Documents.csv(ReportWriters.csv(ReportLanguage.ENGLISH)
                .toString(PortfolioReport.of(List.of(CRM))));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith("CRM-2026", "CRM upgrade 2026", "Information technology department", "CNY",
                "2026-04-30", "red").contains("8000000.00", "0.936324", "2026-09-29", "-485000.00");
    }

    @Test
    void writeFiles_oneFilePerTable_withAByteOrderMarkWhenAsked(@TempDir Path dir) throws Exception {
        List<Path> files = ReportWriters.csv(ReportLanguage.SIMPLIFIED_CHINESE).withByteOrderMark(true)
                .writeFiles(CRM, dir, "crm");
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("crm-findings.csv", "crm-activities.csv", "crm-risks.csv");
        byte[] bytes = Files.readAllBytes(files.get(2));
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("技术风险");
        assertThat(ReportWriters.csv(ReportLanguage.ENGLISH).toString(CRM)).doesNotStartWith("\uFEFF");
    }
}
