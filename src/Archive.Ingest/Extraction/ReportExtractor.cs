using System.Collections.Frozen;
using Archive.Core.Agencies;
using Archive.Core.Metrics;
using Archive.Core.Regions;
using Archive.Core.Reports;
using Archive.Ingest.Metadata;
using Archive.Ingest.Pipeline;
using Archive.Ingest.Validation;

namespace Archive.Ingest.Extraction;

/// <summary>
/// Reads what a report says as data (metric-dictionary.md): metadata, every standard-table cell, qualifying prose
/// figures, and quality flags. Works on the decoded text; metric offsets index into it. Stateless after construction:
/// thread-safe, no I/O; construct once and reuse.
/// </summary>
public sealed class ReportExtractor : IReportExtractor
{
    private static readonly string[] Table2Headings = ["二、主动公开政府信息情况"];
    private static readonly string[] Table3Headings = ["三、收到和处理政府信息公开申请情况"];
    private static readonly string[] Table4Headings = ["四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议,行政诉讼情况"];

    // §13: metrics in the report's template order (tables 二, 三 row by row, 四), then legacy keys in §6 order.
    private static readonly FrozenDictionary<string, FrozenDictionary<string, int>> OrderByTemplate =
        ReportTemplates.All.ToFrozenDictionary(t => t, BuildOrder, StringComparer.Ordinal);

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
        var lines = TextLine.Split(decodedText);
        var compact = CompactText.Build(decodedText);
        var metadata = _metadata.Read(decodedText, lines, compact);

        var readings = new List<TableReading>();
        var tableTemplate = ReadStandardTables(decodedText, lines, readings);
        var legacy = ReadLegacyTable(decodedText, lines);
        if (legacy is not null)
        {
            readings.Add(legacy);
        }

        var template = tableTemplate ?? metadata.Year switch
        {
            >= 2021 => ReportTemplates.V2021,
            >= 2019 => ReportTemplates.V2019,
            _ => ReportTemplates.Pre2019,
        };

        var metrics = new Dictionary<string, ExtractedMetric>(StringComparer.Ordinal);
        foreach (var cell in readings.SelectMany(r => r.Cells))
        {
            var line = lines[cell.Line];
            metrics.TryAdd(cell.Key, new ExtractedMetric(cell.Key, cell.Value, cell.Unit, MetricOrigins.Table, line.Of(decodedText), line.Start, line.End));
        }

        foreach (var figure in ProseFigureReader.Read(compact))
        {
            // One metric per key: a table cell beats a prose figure.
            metrics.TryAdd(figure.Key, new ExtractedMetric(figure.Key, figure.Value, figure.Unit, MetricOrigins.Prose, decodedText[figure.Start..figure.End], figure.Start, figure.End));
        }

        var order = OrderByTemplate[template];
        var ordered = metrics.Values.OrderBy(m => order.TryGetValue(m.Key, out var index) ? index : order.Count + MetricDictionary.OrderOf(m.Key)).ToList();
        var flags = ReportValidator.Validate(metadata, ordered);
        foreach (var reading in readings.Where(r => r.MissingKeys.Count > 0))
        {
            flags.Add(new ReportFlag(FlagKinds.TableIncomplete, $"{reading.TableName}: cells without value: {string.Join(", ", reading.MissingKeys)}"));
        }

        return new ExtractedReport
        {
            File = fileName,
            Title = metadata.Title,
            Agency = metadata.Agency,
            AgencyKind = metadata.Agency is null ? null : AgencyKinds.Classify(metadata.Agency),
            Region = metadata.Region,
            Year = metadata.Year,
            Published = metadata.Published?.Iso,
            Template = template,
            Metrics = ordered,
            Flags = flags,
            Notes = $"region: {metadata.RegionEvidence.Evidence} (confidence {metadata.RegionEvidence.Confidence:0.0}); year from {metadata.YearSource ?? "nothing"}"
                + string.Concat(metadata.Evidence.Select(e => "; " + e)),
        };
    }

    /// <summary>Reads tables 二–四 when their headings are present; returns the template the tables show, or null.</summary>
    private static string? ReadStandardTables(string text, List<TextLine> lines, List<TableReading> readings)
    {
        var h2 = FindHeading(text, lines, Table2Headings, 0);
        var h3 = FindHeading(text, lines, Table3Headings, Math.Max(h2, 0));
        var h4 = FindHeading(text, lines, Table4Headings, Math.Max(h3, 0));
        var h5 = h4 < 0 ? -1 : FindNextSection(text, lines, h4 + 1);

        string? template = null;
        if (h2 >= 0)
        {
            var end = h3 >= 0 ? h3 : h4 >= 0 ? h4 : Math.Min(lines.Count, h2 + 60);
            var region = Normalised(text, lines, h2, end);
            template = region.Contains("本年制发件数", StringComparison.Ordinal) || region.Contains("现行有效件数", StringComparison.Ordinal)
                ? ReportTemplates.V2021
                : region.Contains("本年新制作数量", StringComparison.Ordinal) || region.Contains("对外公开总数量", StringComparison.Ordinal)
                    ? ReportTemplates.V2019
                    : null;
            if (template is not null)
            {
                var table = template == ReportTemplates.V2021 ? StandardTables.Active2021 : StandardTables.Active2019;
                readings.Add(StandardTableReader.Read(text, table, TableTokenizer.Tokenize(text, lines, h2 + 1, end)));
            }
        }

        if (h3 >= 0)
        {
            var end = h4 >= 0 ? h4 : Math.Min(lines.Count, h3 + 80);
            var region = Normalised(text, lines, h3, end);
            var isTable = region.Contains("自然人", StringComparison.Ordinal) && region.Contains("予以公开", StringComparison.Ordinal);
            if (isTable)
            {
                var split = region.Contains("逾期不补正", StringComparison.Ordinal) || region.Contains("逾期未按收费通知", StringComparison.Ordinal);
                var tableTemplate = split ? ReportTemplates.V2021 : template ?? ReportTemplates.V2019;
                template ??= tableTemplate;
                var table = tableTemplate == ReportTemplates.V2021 ? StandardTables.Applications2021 : StandardTables.Applications2019;
                readings.Add(StandardTableReader.Read(text, table, TableTokenizer.Tokenize(text, lines, h3 + 1, end)));
            }
        }

        if (h4 >= 0)
        {
            var end = h5 >= 0 ? h5 : Math.Min(lines.Count, h4 + 30);
            var region = Normalised(text, lines, h4, end);
            if (region.Contains("结果维持", StringComparison.Ordinal) && region.Contains("尚未审结", StringComparison.Ordinal))
            {
                template ??= ReportTemplates.V2019;
                var table = template == ReportTemplates.V2021 ? StandardTables.Reviews2021 : StandardTables.Reviews2019;
                readings.Add(StandardTableReader.Read(text, table, TableTokenizer.Tokenize(text, lines, h4 + 1, end)));
            }
        }

        return template;
    }

    private static FrozenDictionary<string, int> BuildOrder(string template)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in StandardTables.ForTemplate(template).SelectMany(t => t.Keys())
            .Concat(StandardTables.LegacyStatistics.Where(r => r.Key is not null).Select(r => r.Key!)))
        {
            order.TryAdd(key, order.Count);
        }

        return order.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static TableReading? ReadLegacyTable(string text, List<TextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var content = TextShapes.Norm(lines[i].Of(text));
            if (content.StartsWith("统计指标", StringComparison.Ordinal) || (content.Contains("政府信息公开情况统计表", StringComparison.Ordinal) && content.Length <= 30))
            {
                var tokens = TableTokenizer.Tokenize(text, lines, i, lines.Count);
                var reading = LegacyTableReader.Read(tokens);
                return reading.Cells.Count > 0 ? reading : new TableReading(StandardTables.LegacyStatisticsTableId, [], reading.MissingKeys, null);
            }
        }

        return null;
    }

    private static int FindHeading(string text, List<TextLine> lines, string[] headings, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            var content = TextShapes.Norm(lines[i].Of(text));
            if (content.Length <= 40 && headings.Any(h => content.StartsWith(TextShapes.Norm(h), StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
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

    private static string Normalised(string text, List<TextLine> lines, int from, int to) =>
        string.Concat(lines.Skip(from).Take(to - from).Select(l => TextShapes.Norm(l.Of(text))));
}
