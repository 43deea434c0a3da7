using System.Globalization;
using System.Text;

namespace Archive.Samples.Generation;

/// <summary>
/// series.tsv, written beside the reports in series mode: one line per report — file, body, body's current name,
/// previous report's file (empty when none), and its faults as kind:subject:amount separated by ';'.
/// </summary>
public static class SeriesTruthFile
{
    public const string FileName = "series.tsv";

    /// <param name="reports">Reports <paramref name="firstIndex"/>, <paramref name="firstIndex"/> + 1, … in order.</param>
    public static string Format(IReadOnlyList<(string File, SeriesTruth Truth)> reports, int firstIndex)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var text = new StringBuilder("file\tbody\tbody_name\tprevious\tfaults\n");
        foreach (var (file, truth) in reports)
        {
            var previous = truth.PreviousIndex is { } p && p - firstIndex >= 0 ? reports[p - firstIndex].File : null;
            text.Append(file).Append('\t').Append(truth.Body.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(truth.BodyName).Append('\t')
                .Append(previous ?? string.Empty).Append('\t')
                .AppendJoin(';', truth.Faults.Select(f => $"{f.Kind}:{f.Subject}:{f.Amount.ToString(CultureInfo.InvariantCulture)}")).Append('\n');
        }

        return text.ToString();
    }
}
