namespace Archive.Storage;

/// <summary>
/// A metric's printed source is stored as offsets into the report's normalized text; a copy is kept only where the
/// printed characters differ from that cut, so every answer stays the characters as printed.
/// </summary>
public static class MetricSources
{
    /// <summary>What to store in <see cref="Entities.MetricEntity.SourceText"/>: null when the cut of the text gives <paramref name="printed"/>.</summary>
    public static string? CopyToStore(string printed, string normalizedText, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(normalizedText);
        return InText(normalizedText, start, end) && normalizedText.AsSpan(start, end - start).SequenceEqual(printed) ? null : printed;
    }

    /// <summary>The printed source of a stored metric: its copy, else the cut of <paramref name="normalizedText"/> (empty when out of range).</summary>
    public static string Text(string? storedCopy, string? normalizedText, int start, int end) =>
        storedCopy ?? (normalizedText is not null && InText(normalizedText, start, end) ? normalizedText[start..end] : string.Empty);

    private static bool InText(string text, int start, int end) => start >= 0 && end >= start && end <= text.Length;
}
