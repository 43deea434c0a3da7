using System.Text.Encodings.Web;
using System.Text.Json;
using Archive.Core.Reports;

namespace Archive.Ingest.Generation;

/// <summary>
/// Writes a truth file in the shape of metric-dictionary.md §13 (UTF-8, pretty printed, Chinese unescaped),
/// with the writer settings fixed so the bytes are the same on every machine.
/// </summary>
public static class TruthJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static byte[] Serialize(ExtractedReport report)
    {
        using var stream = new MemoryStream(4096);
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            Write(writer, report);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, ExtractedReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("file", report.File);
        writer.WriteString("title", report.Title);
        writer.WriteString("agency", report.Agency);
        writer.WriteString("agencyKind", report.AgencyKind);
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
            writer.WriteString("level", region.Level);
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
        writer.WriteString("template", report.Template);
        writer.WriteStartArray("metrics");
        foreach (var metric in report.Metrics)
        {
            writer.WriteStartObject();
            writer.WriteString("key", metric.Key);
            writer.WriteNumber("value", metric.Value);
            writer.WriteString("unit", metric.Unit);
            writer.WriteString("origin", metric.Origin);
            writer.WriteString("source", metric.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("flags");
        foreach (var flag in report.Flags)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", flag.Kind);
            writer.WriteString("detail", flag.Detail);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (report.Notes is not null)
        {
            writer.WriteString("notes", report.Notes);
        }

        writer.WriteEndObject();
    }
}
