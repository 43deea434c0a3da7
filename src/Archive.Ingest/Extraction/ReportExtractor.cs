using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Archive.Core.Agencies;
using Archive.Core.Metrics;
using Archive.Core.Regions;
using Archive.Core.Reports;
using Archive.Core.Text;
using Archive.Core.Vocabulary;
using Archive.Ingest.Metadata;
using Archive.Ingest.Normalization;
using Archive.Ingest.Pipeline;
using Archive.Ingest.Validation;

namespace Archive.Ingest.Extraction;

/// <summary>
/// Reads what a report says as data (metric-dictionary.md): metadata, every standard-table cell, qualifying prose
/// figures, and quality flags. Works on the decoded text; metric offsets index into it. Stateless after construction:
/// thread-safe, no I/O; construct once and reuse.
/// </summary>
public sealed partial class ReportExtractor : IReportExtractor
{
    // §13: metrics in the report's template order (tables 二, 三 row by row, 四), then legacy keys in §6 order.
    private static readonly FrozenDictionary<ReportTemplate, FrozenDictionary<string, int>> OrderByTemplate =
        StableIds.All<ReportTemplate>().ToFrozenDictionary(t => t, BuildOrder);

    private readonly MetadataReader _metadata;

    public ReportExtractor()
        : this(RegionGazetteer.Default)
    {
    }

    public ReportExtractor(RegionGazetteer gazetteer)
    {
        _metadata = new MetadataReader(gazetteer);
    }

    public ExtractedReport Extract(string decodedText, string fileName)
    {
        ArgumentNullException.ThrowIfNull(decodedText);

        var printed = decodedText;
        var glossed = ReadableWithGlosses(decodedText);
        decodedText = WithoutPinyinGlosses(glossed);
        var lines = TextLine.Split(decodedText);
        var compact = CompactText.Build(decodedText);
        var metadata = _metadata.Read(decodedText, lines, compact, GlossesDropped(glossed));
        var (template, readings, tableLines) = ReadTables(decodedText, lines, metadata.Year);

        var metrics = new Dictionary<string, ExtractedMetric>(StringComparer.Ordinal);
        foreach (var cell in readings.Where(r => !r.Unreadable).SelectMany(r => r.Cells).Where(c => c.State == CellState.Printed))
        {
            var line = tableLines[cell.Line];
            metrics.TryAdd(cell.Key, new ExtractedMetric(cell.Key, cell.Value, cell.Unit, MetricOrigin.Table, line.Of(printed), line.Start, line.End));
        }

        // A key whose table cell is read blank or not applicable is not a prose figure either: the table says it.
        var tableStated = readings.Where(r => !r.Unreadable).SelectMany(r => r.Cells).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        // With table 三 printed, the 统计表 wordings of application results in prose (同意公开答复 9 件) restate its cells;
        // 收到申请 N 件 stays a metric of its own (metric-dictionary §8). Likewise with table 四 printed, 行政复议 / 行政诉讼
        // counts in prose (涉及的行政诉讼数为0件, a real 2024 report's). Printed is enough: where the table could not be
        // read (a PDF's text that lost its order), its cells are still the figures and the prose only repeats one of them
        // (信息公开类行政复议 7 件, a real city office's).
        var applicationsPrinted = readings.Any(r => r.TableName == StandardTables.ApplicationsTableId);
        // A table 四 whose cells a crawler ran together (get_text('') of a real 2019 page: …未经复议直接起诉复议后起诉结果维持…)
        // reads as no table, but its column label still says it is printed. Not the same words counting suits in prose
        // (行政诉讼7件(未经复议直接起诉6件,…), a real commission's page): a label has no count after it.
        var reviewsPrinted = readings.Any(r => r.TableName == StandardTables.ReviewsTableId)
            || ReviewsColumnLabel().IsMatch(compact.Text);
        var agencyKind = metadata.Agency is null ? (AgencyKind?)null : AgencyKinds.Classify(metadata.Agency);
        var governmentsOwn = agencyKind is AgencyKind.PeopleGovernment or AgencyKind.GovernmentOffice or AgencyKind.Township
            || (metadata.Agency is null && MetadataReader.IsUnnamedGovernmentOffices(compact.Text));
        foreach (var figure in ProseFigureReader.Read(compact, metadata.Year, governmentsOwn, metadata.Agency))
        {
            // One metric per key: a table cell beats a prose figure.
            if (!tableStated.Contains(figure.Key)
                && !(RestatedByTable.TryGetValue(figure.Key, out var cellKeys) && cellKeys.Any(tableStated.Contains))
                && !(applicationsPrinted && figure.Key.StartsWith("legacy.apply.", StringComparison.Ordinal) && figure.Key != "legacy.apply.received")
                && !(reviewsPrinted && (figure.Key.StartsWith("legacy.review.", StringComparison.Ordinal) || figure.Key.StartsWith("legacy.litigation.", StringComparison.Ordinal))))
            {
                metrics.TryAdd(figure.Key, new ExtractedMetric(figure.Key, figure.Value, figure.Unit, MetricOrigin.Prose, printed[figure.Start..figure.End], figure.Start, figure.End));
            }
        }

        var order = OrderByTemplate[template];
        var ordered = metrics.Values.OrderBy(m => order.TryGetValue(m.Key, out var index) ? index : order.Count + MetricDictionary.OrderOf(m.Key)).ToList();
        var flags = ReportValidator.Validate(metadata, ordered);
        foreach (var reading in readings)
        {
            if (reading.Unreadable)
            {
                flags.Add(new ReportFlag(FlagKind.TableUnreadable, $"{reading.TableName}: {reading.Note ?? "cells run together"}; no cell of it is read"));
            }
            else if (reading.MissingKeys.Count > 0)
            {
                // A cell printed in words (减11) is named with its words: the reader sees what was left out and why.
                var worded = reading.Cells.Where(c => c.State == CellState.Text).Select(c => $"{c.Key} ({c.Printed})").ToList();
                flags.Add(new ReportFlag(
                    FlagKind.TableIncomplete,
                    $"{reading.TableName}: cells without value: {string.Join(", ", reading.MissingKeys)}"
                    + (worded.Count > 0 ? $"; printed in words, not read: {string.Join(", ", worded)}" : string.Empty)));
            }
        }

        return new ExtractedReport
        {
            File = fileName,
            Title = metadata.Title,
            Agency = metadata.Agency,
            AgencyKind = agencyKind,
            Region = metadata.Region,
            Year = metadata.Year,
            // §11: published is a whole YYYY-MM-DD; a month without its day (2017年3月) states no date to store.
            Published = metadata.Published is { Day: not null } date ? date.Iso : null,
            Template = template,
            Metrics = ordered,
            Flags = flags,
            Cells = TemplateCells(template, readings),
            Notes = $"region: {metadata.RegionEvidence.Evidence} (confidence {metadata.RegionEvidence.Confidence:0.0}); year from {metadata.YearSource ?? "nothing"}"
                + string.Concat(metadata.Evidence.Select(e => "; " + e)),
        };
    }

    /// <summary>
    /// The text as a reader reads it (人⺠政府 is 人民政府, 公開 is 公开, a converted copy's 資訊 is 信息): one character for one, so every offset holds
    /// in the text as printed, which metrics quote.
    /// </summary>
    private static string Readable(string decodedText) => WithoutPinyinGlosses(ReadableWithGlosses(decodedText));

    private static string ReadableWithGlosses(string decodedText) =>
        WithoutHeadingMarks(WithoutEscapedBlanks(WithBoxDrawingAsBars(SimplifiedForms.MapDocument(RadicalIdeographs.MapAll(decodedText)))));

    /// <summary>
    /// The readable text with a mirror's pinyin glosses left out altogether (發(fā)布時(shí)間 as 发布时间), for reading a page
    /// flattened onto one line by its pieces: there a blanked gloss would split a word (您现      在所在的位置, 报      告) as a
    /// gap between pieces does, so a breadcrumb's label, a date label or a title broke into pieces none of which reads. Null
    /// where the text has no gloss. Line breaks are kept, so its lines are the readable text's lines.
    /// </summary>
    private static string? GlossesDropped(string text) =>
        text.AsSpan().IndexOfAny(ToneMarked) < 0 || !PinyinGloss().IsMatch(text) ? null : PinyinGloss().Replace(text, string.Empty);

    /// <summary>
    /// A table drawn with box-drawing characters (│ ├──┼──┤, a text browser's dump of a page: w3m) as a pipe table: its
    /// vertical lines, corners and crossings as bars, its horizontal lines as dashes, so a rule between rows reads as a
    /// markdown rule (|---|---|) and a row as a pipe row; the text keeps its length.
    /// </summary>
    private static string WithBoxDrawingAsBars(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u2500', '\u257F') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u2500' and <= '\u257F')
            {
                chars[i] = chars[i] is '─' or '━' or '═' or '┄' or '┅' or '┈' or '┉' or '╌' or '╍' or '╴' or '╶' or '╸' or '╺' ? '-' : '|';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// A backslash standing alone between blanks (rst's escaped empty cell, pandoc -t rst: \  信息内容  本年制发件数) as a
    /// space, so the row starts with its label; the text keeps its length.
    /// </summary>
    private static string WithoutEscapedBlanks(string text) =>
        text.Contains('\\', StringComparison.Ordinal) ? EscapedBlank().Replace(text, " ") : text;

    /// <summary>
    /// A mirror's pinyin glosses after characters (統(tǒng)計局, 發(fā)布) as spaces, which readers of the text skip (compact
    /// text, titles): a parenthesis of at most seven Latin letters, one of them tone-marked, right after a hanzi.
    /// </summary>
    private static string WithoutPinyinGlosses(string text)
    {
        if (text.AsSpan().IndexOfAny(ToneMarked) < 0)
        {
            return text;
        }

        char[]? chars = null;
        foreach (Match gloss in PinyinGloss().Matches(text))
        {
            chars ??= text.ToCharArray();
            chars.AsSpan(gloss.Index, gloss.Length).Fill(' ');
        }

        return chars is null ? text : new string(chars);
    }

    private static readonly System.Buffers.SearchValues<char> ToneMarked = System.Buffers.SearchValues.Create("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ");

    /// <summary>
    /// A markdown heading's marks (## 二、主动公开政府信息情况, a PDF converted to markdown) and the emphasis marks wrapping a
    /// whole line (**二、主动公开政府信息情况**, *三、收到和处理…* — a page's bold heading through pandoc's markdown, rst, org,
    /// asciidoc or textile writers) as spaces, so the heading starts its line as printed on the page; the text keeps its length.
    /// </summary>
    private static string WithoutHeadingMarks(string text)
    {
        if (text.AsSpan().IndexOfAny("#*_") < 0)
        {
            return text;
        }

        char[]? chars = null;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start);
            var first = start + (line.Length - line.TrimStart().Length);
            var trimmed = line.Trim();
            var marks = trimmed.Length - trimmed.TrimStart('#').Length;
            if (marks is >= 1 and <= 6 && marks < trimmed.Length && trimmed[marks] is ' ' or '\t')
            {
                chars ??= text.ToCharArray();
                chars.AsSpan(first, marks).Fill(' ');
            }
            else if (trimmed.Length > 0 && trimmed[0] is '*' or '_')
            {
                var mark = trimmed[0];
                var opening = trimmed.Length - trimmed.TrimStart(mark).Length;
                var closing = trimmed.Length - trimmed.TrimEnd(mark).Length;
                if (opening is 1 or 2 && closing == opening && trimmed.Length > 2 * opening)
                {
                    chars ??= text.ToCharArray();
                    chars.AsSpan(first, opening).Fill(' ');
                    chars.AsSpan(first + trimmed.Length - closing, closing).Fill(' ');
                }
            }

            start = end + 1;
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>How each table of a text was read (archive extract --explain).</summary>
    public IReadOnlyList<TableExplanation> Explain(string decodedText)
    {
        ArgumentNullException.ThrowIfNull(decodedText);
        var glossed = ReadableWithGlosses(decodedText);
        decodedText = WithoutPinyinGlosses(glossed);
        var lines = TextLine.Split(decodedText);
        var metadata = _metadata.Read(decodedText, lines, CompactText.Build(decodedText), GlossesDropped(glossed));
        var (template, readings, _) = ReadTables(decodedText, lines, metadata.Year);
        var cells = TemplateCells(template, readings);
        var explanations = new List<TableExplanation>();
        foreach (var reading in readings)
        {
            var keys = TableKeys(template, reading.TableName).ToHashSet(StringComparer.Ordinal);
            var own = cells.Where(c => keys.Contains(c.Key)).ToList();
            explanations.Add(new TableExplanation(
                reading.TableName,
                template,
                reading.Shape.ToString(),
                reading.Rows,
                reading.Columns,
                own.Count,
                own.Count(c => c.State == CellState.Printed),
                own.Count(c => c.State == CellState.Blank),
                own.Count(c => c.State == CellState.NotApplicable),
                own.Count(c => c.State == CellState.Unread),
                reading.Unreadable,
                reading.Note));
        }

        return explanations;
    }

    /// <summary>Every template cell of the report's tables with its state; cells of tables not found are unread.</summary>
    private static List<TableCell> TemplateCells(ReportTemplate template, List<TableReading> readings)
    {
        var byKey = new Dictionary<string, ReadCell>(StringComparer.Ordinal);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reading in readings)
        {
            if (reading.Unreadable)
            {
                unreadable.UnionWith(TableKeys(template, reading.TableName));
                continue;
            }

            foreach (var cell in reading.Cells)
            {
                byKey.TryAdd(cell.Key, cell);
            }
        }

        var result = new List<TableCell>();
        foreach (var key in AllTableKeys(template))
        {
            if (!unreadable.Contains(key) && byKey.TryGetValue(key, out var cell))
            {
                result.Add(new TableCell(key, cell.State, cell.State == CellState.Printed ? cell.Value : null, cell.State is CellState.Printed or CellState.NotApplicable or CellState.Text ? cell.Printed : null, cell.Start, cell.End));
            }
            else
            {
                result.Add(new TableCell(key, CellState.Unread, null, null, -1, -1));
            }
        }

        return result;
    }

    private static IEnumerable<string> AllTableKeys(ReportTemplate template) => template == ReportTemplate.Pre2019
        ? StandardTables.LegacyStatistics.Where(r => r.Key is not null).Select(r => r.Key!)
        : StandardTables.ForTemplate(template).SelectMany(t => t.Keys());

    private static IEnumerable<string> TableKeys(ReportTemplate template, string tableId) => tableId == StandardTables.LegacyStatisticsTableId
        ? StandardTables.LegacyStatistics.Where(r => r.Key is not null).Select(r => r.Key!)
        : StandardTables.ForTemplate(template == ReportTemplate.Pre2019 ? ReportTemplate.V2021 : template).Where(t => t.Id == tableId).SelectMany(t => t.Keys());

    /// <summary>Reads the standard tables or the 统计表; the template the tables show, else the year's.</summary>
    private static (ReportTemplate Template, List<TableReading> Readings, List<TextLine> Lines) ReadTables(string text, List<TextLine> lines, int? year)
    {
        var tableLines = TableLines.Split(text, lines, out var cutLines);
        var readings = new List<TableReading>();
        var yearTemplate = year switch
        {
            >= 2021 => ReportTemplate.V2021,
            >= 2019 => ReportTemplate.V2019,
            _ => ReportTemplate.Pre2019,
        };
        var tableTemplate = ReadStandardTables(text, tableLines, cutLines, readings, yearTemplate);
        var legacy = ReadLegacyTable(text, tableLines, cutLines);
        if (legacy is not null)
        {
            readings.Add(legacy);
        }

        var template = tableTemplate ?? yearTemplate;

        return (template, readings, tableLines);
    }

    /// <summary>Reads tables 二–四 when their headings are present; returns the template the tables show, or null.</summary>
    private static ReportTemplate? ReadStandardTables(string text, List<TextLine> lines, HashSet<int> cutLines, List<TableReading> readings, ReportTemplate yearTemplate)
    {
        var h2 = FindHeading(text, lines, cutLines, IsTable2Heading, 0);
        // A page that begins table 二 at its first section's label (第二十条第(一)项, its heading left out): the table
        // starts at that label, which the tokens take as a label.
        var h2IsSection = false;
        if (h2 < 0)
        {
            h2 = FindHeading(text, lines, cutLines, content => content.StartsWith("第二十条第(一)项", StringComparison.Ordinal), 0);
            h2IsSection = h2 >= 0;
        }

        var h3 = FindHeading(text, lines, cutLines, IsTable3Heading, Math.Max(h2, 0));

        // A page that begins inside table 三 (a PDF's page, its heading and header on the page before) starts the table
        // at its first row with a template row's whole label: those labels name no other table.
        var h3IsRow = false;
        if (h3 < 0)
        {
            h3 = FindHeading(text, lines, cutLines, IsTable3RowLabel, Math.Max(h2, 0));
            h3IsRow = h3 >= 0;
        }

        var h4 = FindHeading(text, lines, cutLines, IsTable4Heading, Math.Max(h3, 0));
        var h5 = h4 < 0 ? -1 : FindNextSection(text, lines, h4 + 1);

        ReportTemplate? template = null;
        if (h2 >= 0)
        {
            var end = h3 >= 0 ? h3 : h4 >= 0 ? h4 : RegionEnd(text, lines, h2, 60);
            var region = Normalised(text, lines, h2, end);
            // The 2021 columns as printed, also in their variants (本年新制发数量 / 现行有效数量, a real township's page).
            var columns2021 = region.Contains("本年制发", StringComparison.Ordinal) || region.Contains("现行有效", StringComparison.Ordinal);
            // Only 2019's table has 第二十条第（九）项 (政府集中采购): its section label shows the template where a narrow page
            // breaks every column label over lines (本年新 / 制作数量, a PDF's text).
            var columns2019 = region.Contains("本年新制作数量", StringComparison.Ordinal) || region.Contains("对外公开总数量", StringComparison.Ordinal)
                || region.Contains("第二十条第(九)项", StringComparison.Ordinal);

            // A 2021 report that kept the 2019 columns of 第二十条第（一）项 only (a real city bureau's page): its other 栏目
            // show 2021's, as only 2021 counts money in （八） and 2019 counts items (上一年项目数量, 本年增/减) and has
            // （九） 采购. The table is 2021's, and its （一） cells, printed under other columns, are not read.
            // The money column may name the year as 本年度 (本年度收费金额(单位:万元), a district bureau's 2022 page).
            var later2021 = (region.Contains("本年收费金额", StringComparison.Ordinal) || region.Contains("本年度收费金额", StringComparison.Ordinal))
                && !region.Contains("上一年项目数量", StringComparison.Ordinal)
                && !region.Contains("本年增", StringComparison.Ordinal) && !region.Contains("采购", StringComparison.Ordinal);
            template = columns2021 || (columns2019 && later2021) ? ReportTemplate.V2021 : columns2019 ? ReportTemplate.V2019 : null;
            if (template is not null)
            {
                var table = template == ReportTemplate.V2021 ? StandardTables.Active2021 : StandardTables.Active2019;
                if (template == ReportTemplate.V2021 && !columns2021)
                {
                    table = table with { Sections = [.. table.Sections.Where(s => !s.Rows.Any(r => r.KeyPrefix == "active.rules"))] };
                }

                readings.Add(Read(text, table, lines, cutLines, h2, end, h2IsSection));
            }
        }

        if (h3 >= 0)
        {
            var end = h4 >= 0 ? h4 : RegionEnd(text, lines, h3, 80);
            var region = Normalised(text, lines, h3, end);
            // 自然人 may be printed over two lines (自然 / 人, a PDF's text with its layout); 申请人情况 heads the same columns.
            // The first row's label is enough of a table (a page cut after it, a real zone's page). A narrow label column
            // wraps both labels with the row's values between their lines (予以公 20 0 … / 开, 本年新收政府信息 … / 公开申请数量:
            // an office suite's PDF of a Word table without rules), so their opening words are matched; a year in brackets
            // may stand inside them (本年(2021)新收…, a real township's page).
            var isTable = h3IsRow || ((region.Contains("自然人", StringComparison.Ordinal) || region.Contains("申请人情况", StringComparison.Ordinal))
                && (region.Contains("予以公", StringComparison.Ordinal) || region.Contains("本年新收", StringComparison.Ordinal)
                    || region.Contains("新收政府信息公开申请", StringComparison.Ordinal)))
                || HeadlessTable3(text, lines, h3 + 1, end);
            if (isTable)
            {
                // Without the split （六） rows, table 三 shows the 2019 template only where its single （六）其他处理 row is
                // printed before 总计; a page cut before it shows neither, and the year says which (as for table 四).
                var split = region.Contains("逾期不补正", StringComparison.Ordinal) || region.Contains("逾期未按收费", StringComparison.Ordinal);
                var other = region.IndexOf("其他处理", StringComparison.Ordinal);
                var single = other >= 0 && region.IndexOf("总计", other, StringComparison.Ordinal) > other;
                var tableTemplate = split ? ReportTemplate.V2021 : template ?? (single || yearTemplate != ReportTemplate.V2021 ? ReportTemplate.V2019 : ReportTemplate.V2021);
                template ??= tableTemplate;
                var table = tableTemplate == ReportTemplate.V2021 ? StandardTables.Applications2021 : StandardTables.Applications2019;
                readings.Add(Read(text, table, lines, cutLines, h3, end, h3IsRow));
            }
        }

        if (h4 >= 0)
        {
            var end = h5 >= 0 ? h5 : RegionEnd(text, lines, h4, 30);
            var region = Normalised(text, lines, h4, end);
            // The column labels, or the litigation groups' labels when a PDF printed the column labels one character a
            // line (结/果/维/持, a real bureau's page): only a table names both groups. Not as prose counts them (行政诉讼
            // 7件(未经复议直接起诉6件,复议后起诉1件), a real commission's section 四 with no table): a label has no count after it.
            var columns = region.Contains("维持", StringComparison.Ordinal) && region.Contains("审结", StringComparison.Ordinal);
            var groups = LitigationGroupLabel().Matches(region).Select(m => m.Value).Distinct(StringComparer.Ordinal).Count() == 2;
            if (columns || groups)
            {
                // Table 四 is the same in both templates: alone it shows that the report follows one of them, not which
                // (a real 2022 report printing only table 四 was taken for 2019) — the year says which.
                template ??= yearTemplate == ReportTemplate.Pre2019 ? ReportTemplate.V2019 : yearTemplate;
                var table = template == ReportTemplate.V2021 ? StandardTables.Reviews2021 : StandardTables.Reviews2019;
                readings.Add(Read(text, table, lines, cutLines, h4, end));
            }
        }

        return template;
    }

    private static TableReading Read(string text, StandardTable table, List<TextLine> lines, HashSet<int> cutLines, int heading, int end, bool headingIsLabel = false)
    {
        var tokens = TableTokenizer.Tokenize(text, lines, heading + 1, end);

        // The heading line of a page on one line holds the table too.
        if (cutLines.Contains(heading) || headingIsLabel)
        {
            tokens = TableTokenizer.Tokenize(text, lines, heading, end);
        }

        var reading = StandardTableReader.Read(text, table, tokens, cutLines.Contains(heading));
        if (cutLines.Contains(heading) && reading.Shape is TableShape.Spaces or TableShape.CellPerLine)
        {
            reading = reading with { Shape = TableShape.OneLine };
        }

        // Cells run together (规章000行政规范性文件8855698…): nothing of the table can be told apart.
        var cells = table.Keys().Count();
        var printed = reading.Cells.Count(c => c.State == CellState.Printed);
        if (RunTogether.Count(tokens) >= 3 && printed * 2 < cells)
        {
            return reading with { Cells = [], Unreadable = true, Note = "cells run together" };
        }

        return reading;
    }
    private static FrozenDictionary<string, int> BuildOrder(ReportTemplate template)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in StandardTables.ForTemplate(template).SelectMany(t => t.Keys())
            .Concat(StandardTables.LegacyStatistics.Where(r => r.Key is not null).Select(r => r.Key!)))
        {
            order.TryAdd(key, order.Count);
        }

        return order.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static TableReading? ReadLegacyTable(string text, List<TextLine> lines, HashSet<int> cutLines)
    {
        // The older local form first: its title line (…统计表) also opens the national form's search.
        for (var i = 0; i < lines.Count; i++)
        {
            if (ProvincialStatisticsReader.StartsHeader(text, lines, i))
            {
                var tokens = TableTokenizer.Tokenize(text, lines, i, lines.Count);
                var shape = cutLines.Contains(i) ? TableShape.OneLine : TableShapes.Of(tokens);
                return ProvincialStatisticsReader.Read(text, lines, i, lines.Count, shape);
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var content = TextShapes.Norm(lines[i].Of(text)).TrimStart('|');
            if (content.StartsWith("统计指标", StringComparison.Ordinal) || (content.Contains("政府信息公开情况统计表", StringComparison.Ordinal) && content.Length <= 30))
            {
                var tokens = TableTokenizer.Tokenize(text, lines, i, lines.Count);
                var reading = LegacyTableReader.Read(tokens);
                var shape = cutLines.Contains(i) ? TableShape.OneLine : TableShapes.Of(tokens);
                return reading.Cells.Count > 0
                    ? reading with { Shape = shape, Rows = reading.Cells.Count(c => c.State == CellState.Printed), Columns = 1 }
                    : new TableReading(StandardTables.LegacyStatisticsTableId, [], reading.MissingKeys, null, shape);
            }
        }

        return null;
    }

    private static int FindHeading(string text, List<TextLine> lines, HashSet<int> cutLines, Func<string, bool> isHeading, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            // A heading or first label may open a pipe row (| 第二十条第(一)项 | | |: a PDF's ruled cell through a
            // converter, a real bureau's report printing no heading over its table 二).
            var content = TextShapes.Norm(lines[i].Of(text)).TrimStart('|');
            if ((content.Length <= 40 || cutLines.Contains(i)) && isHeading(content))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Section headings by their words, whatever their numbering (reports renumber: 一、主动公开政府信息情况); table 二's
    /// also with 工作 or 的 before 情况 (二、主动公开政府信息工作情况, a real township's page), and with the subject the older
    /// 编写说明 put in front, as table 三's heading has it (二、行政机关主动公开政府信息情况: on a page flattened onto one line the
    /// table's first section label does not start a line there, so without the heading the table was not found).
    /// </summary>
    private static bool IsTable2Heading(string content) => Table2Heading().IsMatch(Unnumbered(content));

    [GeneratedRegex(@"^(?:行政机关|本机关)?主动公开政府信息(?:工作|的)?情况")]
    private static partial Regex Table2Heading();

    /// <summary>
    /// 收到和处理政府信息公开申请情况, also with the subject the older 编写说明 put in front (三、行政机关收到和处理…, a real
    /// county bureau's page): the words after the subject are the heading's own, so the table is the same.
    /// </summary>
    private static bool IsTable3Heading(string content)
    {
        var words = Unnumbered(content);
        return Table3Subjects.Any(subject => words.StartsWith(subject + "收到和处理政府信息公开申请情况", StringComparison.Ordinal));
    }

    private static readonly string[] Table3Subjects = ["", "行政机关", "本机关", "本年度"];

    private static bool IsTable3RowLabel(string content)
    {
        var words = Unnumbered(content);
        return Table3RowLabels.Any(label => words.StartsWith(label, StringComparison.Ordinal));
    }

    // The 统计表's rows that table 二 prints as cells: where the table states the cell, the prose restates it (动态更新发布本年度
    // 制发行政规范性文件62件 beside the cell 62, a real district's 2024 report) or speaks of another year (2022年…共制定规范性
    // 文件0件 in a 2023 report whose cell is 4, a town's), and is no figure of its own.
    private static readonly Dictionary<string, string[]> RestatedByTable = new(StringComparer.Ordinal)
    {
        ["legacy.active.normative_docs_issued"] = ["active.normative_docs.issued", "active.normative_docs.new"],
    };

    private static readonly string[] Table3RowLabels = ["本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "结转下年度继续办理"];

    /// <summary>
    /// Table 三 printed without its head rows (a page that lost them, or printed them as an image): a line under the
    /// heading opening with a row's whole label that names no other table (新收, 上年结转, 结转下年度) and holding the row's
    /// seven values, the seventh their sum.
    /// Then the template's column order places every row that prints all seven (R2); nothing else is certain.
    /// </summary>
    private static bool HeadlessTable3(string text, List<TextLine> lines, int from, int to)
    {
        for (var l = from; l < to && l < lines.Count; l++)
        {
            var content = TextShapes.Norm(lines[l].Of(text)).Trim('|', ' ');
            if (!IsTable3RowLabel(content))
            {
                continue;
            }

            var values = SpacedNumbers().Matches(lines[l].Of(text)).Select(m => decimal.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (values.Count == 7 && values[..6].Sum() == values[6])
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<=[\s|])\d+(?=[\s|]|$)")]
    private static partial Regex SpacedNumbers();

    /// <summary>
    /// 政府信息公开行政复议、行政诉讼情况, typos included (行政法复议), and the older wording 因政府信息公开工作被申请行政复议
    /// 提起行政诉讼情况 (a real bureau's page): 复议 and 诉讼 within a heading's length after its opening words.
    /// </summary>
    private static bool IsTable4Heading(string content)
    {
        var words = Unnumbered(content);
        var opening = Table4Opening().Match(words);
        if (!opening.Success)
        {
            return false;
        }

        var head = words[..Math.Min(words.Length, opening.Length + 16)];
        return head.Contains("复议", StringComparison.Ordinal) && head.Contains("诉讼", StringComparison.Ordinal);
    }

    private static string Unnumbered(string content)
    {
        var at = content.IndexOf('、', StringComparison.Ordinal);
        return at is > 0 and <= 3 && content[..at].All(c => "一二三四五六七八九十".Contains(c, StringComparison.Ordinal)) ? content[(at + 1)..] : content;
    }

    /// <summary>
    /// Where a table ends when the next heading is not printed (a page cut inside the table, a heading worded otherwise):
    /// after <paramref name="rows"/> lines that hold a row's worth of text — a line with a label and its values, as most
    /// exports print a row, or, in a table laid out one cell per line (between bars, a real township's page: 24 rows
    /// take 400 lines), the lines of as many rows' cells.
    /// </summary>
    private static int RegionEnd(string text, List<TextLine> lines, int heading, int rows)
    {
        var content = 0;
        var loneCells = 0;
        var i = heading + 1;
        for (; i < lines.Count && content < rows; i++)
        {
            var line = lines[i].Of(text).AsSpan().Trim();
            if (line.Length == 0 || !line.ContainsAnyExcept("|｜"))
            {
                continue;
            }

            // A cell alone on its line (a number or a short label, with its bars: 0 | ||): eight make one row's worth.
            if (!IsLoneCell(line) || ++loneCells % 8 == 0)
            {
                content++;
            }
        }

        return i;
    }

    private static bool IsLoneCell(ReadOnlySpan<char> line)
    {
        var cell = line.Trim(" \t|｜");
        return cell.Length <= 12 && !cell.ContainsAny(" \t|｜");
    }

    private static int FindNextSection(string text, List<TextLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            var content = TextShapes.Norm(lines[i].Of(text));
            if (content.StartsWith("五、", StringComparison.Ordinal) || content.StartsWith("六、", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A region's text for telling which table it holds, without a converter's cell bars and in-cell line breaks: a PDF's
    /// narrow merged cells as pipe rows split the words the tests look for (一、本 | 年新收政府 | 信息公开申请数量, （一）予以 |
    /// 公开, 逾期不补&lt;br&gt;正: a real city's PDF through a ruled-table converter left its table 三 unread).
    /// </summary>
    private static string Normalised(string text, List<TextLine> lines, int from, int to) =>
        CellSeam().Replace(string.Concat(lines.Skip(from).Take(to - from).Select(l => TextShapes.Norm(l.Of(text)))), string.Empty);

    [GeneratedRegex(@"[|｜]|<br/?>", RegexOptions.IgnoreCase)]
    private static partial Regex CellSeam();

    // Table 四's column label, not followed by a count as prose's 未经复议直接起诉6件 is.
    [GeneratedRegex(@"未经复议直接起诉(?!\s*\d)")]
    private static partial Regex ReviewsColumnLabel();

    [GeneratedRegex(@"(?:直接起诉|复议后起诉)(?!\s*\d)")]
    private static partial Regex LitigationGroupLabel();

    // 政府信息公开行政…, and the older (因)政府信息公开(工作)(被)申请(提起)行政….
    [GeneratedRegex(@"^因?政府信息公开(?:工作)?(?:被?申请(?:提起)?)?行政")]
    private static partial Regex Table4Opening();

    // (tǒng) after 統: the gloss in parentheses (half- or full-width) right after a hanzi; 1–7 letters, one tone-marked.
    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])[(（](?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]")]
    private static partial Regex PinyinGloss();

    [GeneratedRegex(@"(?<=^|[ \t])\\(?=[ \t]|\r?$)", RegexOptions.Multiline)]
    private static partial Regex EscapedBlank();
}
