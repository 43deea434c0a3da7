using Archive.Core.Reports;

namespace Archive.Samples.Generation;

/// <summary>The shape choices behind one generated report (for tests, statistics and notes).</summary>
/// <param name="Template">pre2019 | 2019 | 2021.</param>
/// <param name="Layout">How tables and prose are laid out.</param>
/// <param name="Encoding">"utf-8" or "gb18030": the bytes of the file.</param>
/// <param name="FullWidthDigits">Table values and prose figures printed with full-width digits (０１２).</param>
/// <param name="CrLf">Lines end with CR LF.</param>
/// <param name="WrappedProse">Prose hard-wrapped at a fixed width, as PDF exports do.</param>
/// <param name="DoubleSpaced">A blank line after every wrapped prose line.</param>
/// <param name="SplitLabels">At least one table label is split over two lines.</param>
/// <param name="HasStatisticsTable">A pre2019 report carries the 政府信息公开情况统计表.</param>
/// <param name="DeliberateErrors">Identity errors put in on purpose (empty for a clean report).</param>
/// <param name="Anomalies">Metadata anomalies put in on purpose (flag kinds).</param>
/// <param name="PageChrome">Saved as a web page is: breadcrumb, 索引号/发布机构 rows, page heading, 来源/时间 line, buttons, footer.</param>
public sealed record ReportTraits(
    ReportTemplate Template,
    TextLayout Layout,
    string Encoding,
    bool FullWidthDigits,
    bool CrLf,
    bool WrappedProse,
    bool DoubleSpaced,
    bool SplitLabels,
    bool HasStatisticsTable,
    IReadOnlyList<string> DeliberateErrors,
    IReadOnlyList<FlagKind> Anomalies,
    bool PageChrome = false);
