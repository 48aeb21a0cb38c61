package org.pmokit.reporting.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.pmokit.reporting.Fixtures;
import org.pmokit.reporting.PortfolioReport;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportLanguage;

/** The Markdown report: every section as headings, facts and pipe tables, in both languages; and its escaping. */
class MarkdownReportWriterTest {

    private static final ProjectReport CRM = Fixtures.crmReport();

    @Test
    void english_sectionsAndFigures() {
        String md = ReportWriters.markdown(ReportLanguage.ENGLISH).toString(CRM);
        assertThat(md.lines().filter(l -> l.startsWith("## "))).containsExactly("## Status", "## Findings", "## Goals",
                "## Milestones", "## Schedule", "## Earned value", "## Risks", "## Change requests",
                "## Budget and investment");
        assertThat(md).startsWith("# Project status report: CRM upgrade 2026\n\n")
                .contains("| Overall | red | EVM-002 | project | SPI is 0.827 at 2026-04-30")
                .contains("| G4 | 提升客户服务体验 | Customer service |  | not met: Specific, Measurable, Relevant, Time-bound |")
                .contains("| M3 | Customer data platform ready for integration testing | Deliverable milestone | 2026-05-19 |"
                        + "  | 2026-05-19 | 2026-05-28 | 7 working days | Forecast late | Vendor delivery lead |")
                .contains("- **Critical path**: A7 → A8 → A9 → A10 → A11 → A12 → A14\n")
                .contains("| EAC (CPI) | CNY 8,544,049.46 |")
                .contains("| EAC (bottom-up) | undefined: no estimates to complete given |")
                .contains("- **EMV of open risks**: CNY -485,000.00\n")
                .contains("**Risk heat map: threats**\n\n| Probability \\\\ Impact | 1 | 2 | 3 | 4 | 5 |")
                .contains("| 3 | 0 | 0 | 1 | 1 | 0 |")
                .contains("| Contingency reserve / BAC | 17.5% |")
                .doesNotContain("<svg").doesNotContain("\r");
    }

    @Test
    void chinese_sectionsAndTerms() {
        String md = ReportWriters.markdown(ReportLanguage.SIMPLIFIED_CHINESE).toString(CRM);
        assertThat(md.lines().filter(l -> l.startsWith("## "))).containsExactly("## 状态", "## 检查结果", "## 目标",
                "## 里程碑", "## 进度", "## 挣值管理", "## 风险", "## 变更请求", "## 预算与投资");
        assertThat(md).contains("| 总体 | 红 | EVM-002 |").contains("| 目标 | 红 | " + CRM.areas().get(0).decidingRule().orElseThrow() + " |")
                .contains("不满足：具体的、可衡量的、相关的、有时限的")
                .contains("| M3 | Customer data platform ready for integration testing | 交付物里程碑 |")
                .contains("预测延期").contains("7 个工作日").contains("- **关键路径**: A7 → A8")
                .contains("| 完工估算（自下而上） | 无法计算：未提供完工尚需估算 |")
                .contains("| RK1 | Customer data lost or corrupted during migration | 技术风险 | 威胁 | 未关闭 |")
                .contains("需由变更控制委员会审批").contains("由 PMO Kit 生成");
    }

    @Test
    void portfolio_oneRowPerProject_andTotals() {
        String md = ReportWriters.markdown(ReportLanguage.ENGLISH).toString(PortfolioReport.of(List.of(CRM, CRM)));
        assertThat(md).contains("- **Projects**: 2\n").contains("- **Red**: 2\n")
                .contains("| CRM-2026 | CRM upgrade 2026 | Information technology department | 2026-04-30 | red |")
                .contains("| CNY | 2 | 2 | CNY 16,000,000.00 | CNY 7,820,000.00 | CNY 6,470,000.00 | CNY 6,910,000.00 |"
                        + " 0.936 | 0.827 | CNY -970,000.00 | CNY 1,090,000.00 |");
    }

    @Test
    void escape_examples() {
        assertThat(MarkdownReportWriter.escape("a|b *c* _d_ [e](f) `g` \\ ~h~ !i"))
                .isEqualTo("a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` \\\\ \\~h\\~ \\!i");
        assertThat(MarkdownReportWriter.escape("<b>&amp;</b>")).isEqualTo("&lt;b&gt;&amp;amp;&lt;/b&gt;");
        assertThat(MarkdownReportWriter.escape("one\r\ntwo\nthree")).isEqualTo("one  two three");
        assertThat(MarkdownReportWriter.escape("提升客户服务体验 2026-04-30")).isEqualTo("提升客户服务体验 2026-04-30");
    }

    /** Whatever the text, no tag, entity, line break or unescaped pipe comes through. */
    @Property
    void escape_leavesNoMarkupAndNoBreak(@ForAll String text) {
        String e = MarkdownReportWriter.escape(text);
        assertThat(e).doesNotContain("<").doesNotContain(">").doesNotContain("\n").doesNotContain("\r");
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '\\') {
                i++;
            } else {
                assertThat("|*_[]`~".indexOf(c)).as("unescaped %s in %s", c, e).isNegative();
                if (c == '&') {
                    assertThat(e.substring(i)).matches("(?s)&(amp|lt|gt);.*");
                }
            }
        }
    }
}
