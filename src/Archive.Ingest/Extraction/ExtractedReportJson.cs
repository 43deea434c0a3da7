using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;

namespace Archive.Ingest.Extraction;

/// <summary>The truth-file JSON shape of metric-dictionary.md §13: pretty printed, Chinese unescaped, integral values as integers.</summary>
public static class ExtractedReportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ExtractedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("file", report.File);
            writer.WriteString("title", report.Title);
            writer.WriteString("agency", report.Agency);
            writer.WriteString("agencyKind", report.AgencyKind?.StableId());
            if (report.Region is { } region)
            {
                writer.WriteStartObject("region");
                writer.WriteString("code", region.Code);
                writer.WriteString("name", region.Name);
                writer.WriteStartArray("path");
                foreach (var name in region.Path)
                {
                    writer.WriteStringValue(name);
                }

                writer.WriteEndArray();
                writer.WriteString("level", region.Level.StableId());
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("region");
            }

            if (report.Year is { } year)
            {
                writer.WriteNumber("year", year);
            }
            else
            {
                writer.WriteNull("year");
            }

            writer.WriteString("published", report.Published);
            writer.WriteString("template", report.Template.StableId());
            writer.WriteStartArray("metrics");
            foreach (var metric in report.Metrics)
            {
                writer.WriteStartObject();
                writer.WriteString("key", metric.Key);
                writer.WritePropertyName("value");
                if (metric.Value == decimal.Truncate(metric.Value) && Math.Abs(metric.Value) < long.MaxValue)
                {
                    writer.WriteNumberValue((long)metric.Value);
                }
                else
                {
                    writer.WriteNumberValue(metric.Value);
                }

                writer.WriteString("unit", metric.Unit);
                writer.WriteString("origin", metric.Origin.StableId());
                writer.WriteString("source", metric.Source);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("flags");
            foreach (var flag in report.Flags)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", flag.Kind.StableId());
                writer.WriteString("detail", flag.Detail);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("notes", report.Notes);

            // Every template cell with its state (issue 19): a blank cell is listed, never a metric of value 0.
            writer.WriteStartArray("cells");
            foreach (var cell in report.Cells)
            {
                writer.WriteStartObject();
                writer.WriteString("key", cell.Key);
                writer.WriteString("state", StateName(cell.State));
                if (cell.Value is { } value)
                {
                    writer.WriteNumber("value", value);
                }

                if (cell.Printed is { } printed)
                {
                    writer.WriteString("printed", printed);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The JSON name of a cell state (snake case, as flag kinds).</summary>
    public static string StateName(CellState state) => state switch
    {
        CellState.Printed => "printed",
        CellState.Blank => "blank",
        CellState.NotApplicable => "not_applicable",
        CellState.Text => "text",
        _ => "unread",
    };
}
